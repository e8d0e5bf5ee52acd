package nl.kansrijk.explain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import nl.kansrijk.model.Bestemming;
import nl.kansrijk.model.Huishouden;
import nl.kansrijk.model.Huishoudprofiel;
import nl.kansrijk.model.Plaatsingseenheid;
import nl.kansrijk.rules.Niveau;
import nl.kansrijk.rules.Regel;
import nl.kansrijk.rules.Regels;
import nl.kansrijk.rules.Waarom;
import nl.kansrijk.solve.Koppeling;
import nl.kansrijk.solve.MatchingResult;
import nl.kansrijk.solve.PlanContext;
import nl.kansrijk.solve.Status;

/**
 * A letter (brief) for the household itself about its koppeling, in plain Dutch (taalniveau B1) and in English:
 * which gemeente, the two or three reasons that weighed most, which wishes could not be met and why, that a person
 * (the regievoerder) made the decision, and how to ask for it to be looked at again. No scores, no rule names, and
 * nothing about any other household: only the household's own facts and the gemeenten it is told about.
 * The reasons come from the same per-rule score changes as {@link Uitleg}, so the letter never disagrees with the
 * explanation a regievoerder sees.
 *
 * @param huishoudenId the household
 * @param nederlands the letter in Dutch
 * @param engels the letter in English
 */
public record Brief(String huishoudenId, String nederlands, String engels) {

    /** At most this many reasons are told. */
    public static final int MAX_REDENEN = 3;

    /** Km within which the current azc counts as near enough to be a reason. */
    static final int AZC_DICHTBIJ_KM = 30;

    public Brief {
        Objects.requireNonNull(huishoudenId, "huishoudenId");
        Objects.requireNonNull(nederlands, "nederlands");
        Objects.requireNonNull(engels, "engels");
    }

    /**
     * The letter for {@code huishoudenId} in result {@code r} (from problem {@code ctx.problem()} under
     * {@code ctx.config()}).
     *
     * @param overrule the regievoerder's recorded reason when the koppeling was chosen by hand, or {@code null}
     * @throws IllegalArgumentException when the household is not in the result
     */
    public static Brief voor(PlanContext ctx, MatchingResult r, String huishoudenId, String overrule) {
        Koppeling k = r.koppeling(huishoudenId)
                .orElseThrow(() -> new IllegalArgumentException("household not in the result: " + huishoudenId));
        Adviseur adviseur = Adviseur.van(ctx, r);
        Huishouden h = k.huishouden();
        Plaatsingseenheid p = adviseur.vrijeEenheid(h);
        Bestemming b = k.isGeplaatst() ? ctx.bestemming(k.gemeenteCode()) : null;
        Optie huidig = b == null ? null : adviseur.optie(p, b);
        List<Feit> redenen = b == null ? List.of() : redenen(p, b, huidig);
        List<Wens> wensen = wensen(ctx, adviseur, p, b, huidig);
        return new Brief(h.id(), Tekst.NL.brief(ctx, k, b, redenen, wensen, overrule),
                Tekst.EN.brief(ctx, k, b, redenen, wensen, overrule));
    }

    /** Both letters, Dutch first, separated by a line. */
    public String beide() {
        return nederlands + "\n---\n\n" + engels;
    }

    // ---- what the letter says, before words ----------------------------------------------------------------------

    /** A reason: which rule, with its weight in the score change (for ordering only, never shown). */
    record Feit(Regel regel, long gewicht) {
    }

    /** An unmet wish: the gemeente (or {@code null} for the network wish) and why it was not met. */
    record Wens(Soort soort, Bestemming gemeente, Regel waarom) {
    }

    enum Soort { VOORKEUR, NETWERK, REGIOADVIES }

    /**
     * The hard criteria met in {@code b} that applied to the household (always told first: they decide), then the
     * soft rules that added most to the score of this koppeling; at most {@link #MAX_REDENEN}.
     */
    private static List<Feit> redenen(Plaatsingseenheid p, Bestemming b, Optie huidig) {
        Huishoudprofiel prof = p.getProfiel();
        List<Feit> out = new ArrayList<>();
        boolean[] van = {prof.nareizigerIndex() >= 0, prof.familieAfstand() != null, prof.zorgAfstand() != null,
                prof.werkAfstand() != null};
        Regel[] hard = {Regel.NAREIZIGER, Regel.EERSTEGRAADSFAMILIE, Regel.MEDISCHE_ZORG, Regel.WERK_OF_OPLEIDING};
        for (int i = 0; i < hard.length; i++) {
            if (van[i] && Regels.hard(hard[i], prof, b) == 0) {
                out.add(new Feit(hard[i], Long.MAX_VALUE));
            }
        }
        List<Feit> zacht = new ArrayList<>();
        for (Map.Entry<Regel, Long> e : huidig.perRegel().entrySet()) {
            Regel r = e.getKey();
            if (r.niveau() == Niveau.SOFT && !r.isPerGemeente() && !r.isPerGroep() && e.getValue() > 0) {
                zacht.add(new Feit(r, e.getValue()));
            }
        }
        if (prof.azcAfstand() != null && prof.azcAfstand()[b.index()] <= AZC_DICHTBIJ_KM) {
            zacht.add(new Feit(Regel.AZC_NABIJHEID, 0));
        }
        zacht.sort(Comparator.comparingLong(Feit::gewicht).reversed().thenComparing(Feit::regel));
        out.addAll(zacht);
        return List.copyOf(out.subList(0, Math.min(MAX_REDENEN, out.size())));
    }

    /** The household's wishes that were not met, each with the rule that stood most in the way. */
    private static List<Wens> wensen(PlanContext ctx, Adviseur adviseur, Plaatsingseenheid p, Bestemming b, Optie huidig) {
        Huishouden h = p.getHuishouden();
        Huishoudprofiel prof = p.getProfiel();
        List<Wens> out = new ArrayList<>();
        if (!h.voorkeurGemeenten().isEmpty() && (b == null || !prof.voorkeur().get(b.index()))) {
            for (String code : h.voorkeurGemeenten()) {
                Bestemming w = ctx.bestemming(code);
                out.add(new Wens(Soort.VOORKEUR, w, waarom(adviseur, p, w, huidig)));
            }
        }
        if (h.netwerkGemeente() != null && b != null
                && prof.netwerkAfstand()[b.index()] > prof.stralen().netwerkKm()) {
            Bestemming w = ctx.bestemming(h.netwerkGemeente());
            out.add(new Wens(Soort.NETWERK, w, waarom(adviseur, p, w, huidig)));
        }
        if (!h.regioadvies().isEmpty() && b != null && prof.regioRang()[b.regioIndex()] == 0) {
            out.add(new Wens(Soort.REGIOADVIES, null, waaromNietInRegio(ctx, adviseur, p, huidig)));
        }
        return List.copyOf(out);
    }

    /** The hard rule to tell for a refused option: a rule of the household's own facts before a full gemeente. */
    private static Regel eersteWeigering(Optie o) {
        return o.overtreden().stream().filter(r -> r != Regel.TAAKSTELLING).findFirst().orElse(Regel.TAAKSTELLING);
    }

    /**
     * Why no gemeente of the advised regions was chosen: when none of them is allowed, the hard rule that refuses most
     * of them; else the rule on which the best allowed one loses most against the koppeling made.
     */
    private static Regel waaromNietInRegio(PlanContext ctx, Adviseur adviseur, Plaatsingseenheid p, Optie huidig) {
        Optie beste = null;
        Map<Regel, Integer> geweigerd = new java.util.EnumMap<>(Regel.class);
        for (Bestemming w : ctx.bestemmingen()) {
            if (p.getProfiel().regioRang()[w.regioIndex()] == 0) {
                continue;
            }
            Optie o = adviseur.optie(p, w);
            if (!o.overtreden().isEmpty()) {
                geweigerd.merge(eersteWeigering(o), 1, Integer::sum);
            } else if (beste == null || o.delta().compareTo(beste.delta()) > 0) {
                beste = o;
            }
        }
        if (beste == null) {
            return geweigerd.entrySet().stream().max(Map.Entry.<Regel, Integer>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).map(Map.Entry::getKey).orElse(null);
        }
        return waarom(adviseur, p, ctx.bestemming(beste.gemeenteCode()), huidig);
    }

    /**
     * Why gemeente {@code w} was not chosen: the first hard rule it breaks for this household (no room is
     * {@link Regel#TAAKSTELLING}), or else the rule on which it loses most against the koppeling made.
     */
    private static Regel waarom(Adviseur adviseur, Plaatsingseenheid p, Bestemming w, Optie huidig) {
        Optie o = adviseur.optie(p, w);
        if (!o.overtreden().isEmpty()) {
            return eersteWeigering(o);
        }
        if (huidig == null) {
            return null;
        }
        Regel slechtst = null;
        long verlies = 0;
        for (Regel r : Regel.values()) {
            long d = o.perRegel().getOrDefault(r, 0L) - huidig.perRegel().getOrDefault(r, 0L);
            if (r.niveau() != Niveau.HARD && d < verlies) {
                verlies = d;
                slechtst = r;
            }
        }
        return slechtst;
    }

    // ---- words ---------------------------------------------------------------------------------------------------

    /** The sentences of one language. */
    private enum Tekst {
        NL, EN;

        String brief(PlanContext ctx, Koppeling k, Bestemming b, List<Feit> redenen, List<Wens> wensen, String overrule) {
            Huishouden h = k.huishouden();
            StringBuilder sb = new StringBuilder();
            boolean nl = this == NL;
            sb.append(nl ? "Uw nieuwe gemeente" : "Your new municipality").append("\n\n");
            sb.append(nl ? "Beste bewoner,\n\n" : "Dear resident,\n\n");
            if (b == null) {
                sb.append(nl ? "Er is nog geen gemeente voor u gekozen. Dat komt omdat er nu geen gemeente is die bij uw "
                                + "situatie past en nog plaats heeft. Wij zoeken verder. U hoort van ons als er een plek is.\n"
                        : "No municipality has been chosen for you yet. At the moment there is no municipality that fits "
                                + "your situation and still has room. We keep looking. We will tell you when there is a place.\n");
            } else if (k.status() == Status.VASTGEZET) {
                sb.append(nl ? "U gaat wonen in de gemeente " + naam(b) + ". Dat is eerder al besloten.\n"
                        : "You will live in the municipality of " + naam(b) + ". This was decided earlier.\n");
            } else {
                sb.append(nl ? "U gaat wonen in de gemeente " + naam(b) + " (regio " + b.arbeidsmarktregio().naam() + ").\n"
                        : "You will live in the municipality of " + naam(b) + " (region " + b.arbeidsmarktregio().naam()
                                + ").\n");
            }
            if (!redenen.isEmpty()) {
                sb.append('\n').append(nl ? "Waarom deze gemeente?\n" : "Why this municipality?\n");
                for (Feit f : redenen) {
                    sb.append("- ").append(reden(ctx, h, b, f.regel())).append('\n');
                }
            }
            if (!wensen.isEmpty()) {
                sb.append('\n').append(nl ? "Wat niet gelukt is\n" : "What was not possible\n");
                for (Wens w : wensen) {
                    sb.append("- ").append(wens(w, b)).append('\n');
                }
            }
            sb.append('\n').append(nl ? "Wie heeft dit besloten?\n" : "Who decided this?\n");
            sb.append(nl ? "Een computerprogramma heeft een voorstel gedaan. Een medewerker van het COA (de regievoerder) "
                            + "heeft naar het voorstel gekeken en de beslissing genomen. Het programma beslist dus niet alleen.\n"
                    : "A computer program made a proposal. A COA staff member (the regievoerder) looked at the proposal and "
                            + "made the decision. The program does not decide on its own.\n");
            if (overrule != null && !overrule.isBlank()) {
                sb.append(nl ? "De regievoerder heeft hier zelf een andere keuze gemaakt dan het programma voorstelde.\n"
                        : "Here the regievoerder made a different choice than the program proposed.\n");
            }
            sb.append('\n').append(nl ? "Bent u het niet eens met deze beslissing?\n" : "Do you disagree with this decision?\n");
            sb.append(nl ? "Of klopt er iets niet in uw gegevens? Bijvoorbeeld over uw familie, uw werk, uw school of uw "
                            + "gezondheid? Praat dan met uw contactpersoon van het COA op de plek waar u nu woont. U kunt "
                            + "vragen of de regievoerder er opnieuw naar kijkt. Neem deze brief mee. U mag iemand meenemen "
                            + "die u helpt, bijvoorbeeld een tolk of een medewerker van VluchtelingenWerk.\n"
                    : "Or is something wrong in your information? For example about your family, your job, your school or "
                            + "your health? Then talk to your COA contact person at the place where you live now. You can "
                            + "ask the regievoerder to look at it again. Bring this letter. You may bring someone who helps "
                            + "you, for example an interpreter or someone from VluchtelingenWerk.\n");
            sb.append('\n').append(nl ? "Huishouden " : "Household ").append(h.id()).append('\n');
            return sb.toString();
        }

        private String reden(PlanContext ctx, Huishouden h, Bestemming b, Regel r) {
            boolean nl = this == NL;
            Huishoudprofiel prof = ctx.profiel(h);
            return switch (r) {
                case NAREIZIGER -> nl ? "Uw gezin woont al in deze gemeente. U gaat bij hen wonen."
                        : "Your family already lives in this municipality. You will live with them.";
                case EERSTEGRAADSFAMILIE -> b.index() == prof.familieIndex()
                        ? (nl ? "Uw familie woont in deze gemeente." : "Your family lives in this municipality.")
                        : (nl ? "De gemeente ligt dicht bij uw familie in " + naam(ctx, h.familieGemeente()) + " ("
                                + prof.familieAfstand()[b.index()] + " km)."
                                : "The municipality is close to your family in " + naam(ctx, h.familieGemeente()) + " ("
                                        + prof.familieAfstand()[b.index()] + " km).");
                case MEDISCHE_ZORG -> nl ? "U kunt hier de medische zorg krijgen die u nodig heeft ("
                        + prof.zorgAfstand()[b.index()] + " km naar de zorg)."
                        : "You can get the medical care you need from here (" + prof.zorgAfstand()[b.index()]
                                + " km to the care).";
                case WERK_OF_OPLEIDING -> nl ? "U kunt vanuit deze gemeente naar uw werk of school."
                        : "You can reach your job or school from this municipality.";
                case REGIOADVIES -> nl ? "Bij uw gesprek met het COA is gekeken waar u de beste kansen heeft op werk of "
                        + "een opleiding. Deze gemeente ligt in die regio."
                        : "In your interview with COA, staff looked at where you have the best chance of work or education. "
                                + "This municipality is in that region.";
                case SECTORVRAAG -> (nl ? "In deze regio is veel vraag naar mensen met ervaring in "
                        : "In this region there is a lot of demand for people with experience in ")
                        + sectoren(h, b) + ".";
                case VOORKEUR -> nl ? "U had deze gemeente zelf als wens genoemd." : "You asked for this municipality yourself.";
                case NETWERK -> nl ? "U kent mensen in de buurt, in " + naam(ctx, h.netwerkGemeente()) + "."
                        : "You know people nearby, in " + naam(ctx, h.netwerkGemeente()) + ".";
                case WONINGAANBOD -> nl ? "Deze gemeente heeft relatief veel woningen voor een huishouden van uw grootte."
                        : "This municipality has relatively many homes for a household of your size.";
                case WONING -> nl ? "In deze gemeente komt op tijd een woning vrij die bij uw huishouden past."
                        : "In this municipality a home that fits your household comes free in good time.";
                case UITKOMSTKANS -> nl ? "Uw kans op werk of een opleiding is in deze regio goed."
                        : "Your chance of work or education is good in this region.";
                case AZC_NABIJHEID -> nl ? "De gemeente ligt dicht bij de plek waar u nu woont ("
                        + prof.azcAfstand()[b.index()] + " km)."
                        : "The municipality is close to where you live now (" + prof.azcAfstand()[b.index()] + " km).";
                case TAAKSTELLING, UITGESLOTEN, VOORRANG_GEBONDEN, NIET_GEPLAATST, BALANS, GROEPSGELIJKHEID ->
                        throw new IllegalArgumentException(r + " is not told as a reason");
            };
        }

        private String wens(Wens w, Bestemming b) {
            boolean nl = this == NL;
            String wat = switch (w.soort()) {
                case VOORKEUR -> nl ? "U wilde graag naar " + naam(w.gemeente()) + "." : "You wanted to go to "
                        + naam(w.gemeente()) + ".";
                case NETWERK -> nl ? "U kent mensen in " + naam(w.gemeente()) + ". Uw nieuwe gemeente ligt daar niet dichtbij."
                        : "You know people in " + naam(w.gemeente()) + ". Your new municipality is not close to it.";
                case REGIOADVIES -> nl ? "Uw nieuwe gemeente ligt niet in de regio die voor u het beste leek voor werk of "
                        + "opleiding."
                        : "Your new municipality is not in the region that seemed best for your work or education.";
            };
            if (w.soort() == Soort.REGIOADVIES && w.waarom() != null && w.waarom().niveau() == Niveau.HARD) {
                return wat + " " + (w.waarom() == Regel.TAAKSTELLING
                        ? (nl ? "In die regio was dit half jaar geen plaats meer voor een huishouden van uw grootte."
                                : "In that region there was no more room this half year for a household of your size.")
                        : (nl ? "Geen gemeente in die regio past bij uw situatie, bijvoorbeeld door uw familie, uw werk of "
                                + "uw medische zorg."
                                : "No municipality in that region fits your situation, for example because of your family, "
                                        + "your job or your medical care."));
            }
            return wat + " " + waarom(w.waarom(), b);
        }

        private String waarom(Regel r, Bestemming b) {
            return (r == null ? Waarom.NIET_MOGELIJK : r.waarom()).tekst(this == NL, b == null ? null : naam(b));
        }

        /** English names of the sectors in the sample data; other sectors keep their own name. */
        private static final Map<String, String> SECTOR_EN = Map.ofEntries(Map.entry("ambachten", "crafts"),
                Map.entry("bouw", "construction"), Map.entry("detailhandel", "retail"), Map.entry("horeca", "hospitality"),
                Map.entry("ict", "IT"), Map.entry("landbouw", "agriculture"), Map.entry("logistiek", "logistics"),
                Map.entry("onderwijs", "education"), Map.entry("schoonmaak", "cleaning"), Map.entry("techniek", "technical work"),
                Map.entry("vervoer", "transport"), Map.entry("zorg", "care"));

        private String sectoren(Huishouden h, Bestemming b) {
            List<String> s = h.sectoren().stream().filter(x -> b.arbeidsmarktregio().vraag(x) > 0)
                    .sorted(Comparator.comparingInt((String x) -> -b.arbeidsmarktregio().vraag(x)).thenComparing(x -> x))
                    .limit(2).map(x -> this == EN ? SECTOR_EN.getOrDefault(x, x) : x).toList();
            String en = this == NL ? " en " : " and ";
            return s.size() <= 1 ? String.join("", s) : s.get(0) + en + s.get(1);
        }

        private static String naam(Bestemming b) {
            return b.gemeente().naam();
        }

        private static String naam(PlanContext ctx, String code) {
            Bestemming b = ctx.bestemming(code);
            return b == null ? code : b.gemeente().naam();
        }
    }
}
