package nl.kansrijk.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import nl.kansrijk.model.Azc;
import nl.kansrijk.model.Bestemming;
import nl.kansrijk.model.Huishouden;
import nl.kansrijk.model.Huishoudprofiel;
import nl.kansrijk.model.Plaatsingseenheid;
import nl.kansrijk.model.Stralen;
import nl.kansrijk.model.Taakstelling;
import nl.kansrijk.model.Zorglocatie;
import nl.kansrijk.solve.Koppeling;
import nl.kansrijk.solve.PlanContext;

import static nl.kansrijk.rules.Regel.BALANS;
import static nl.kansrijk.rules.Regel.GROEPSGELIJKHEID;

import nl.kansrijk.rules.Regel;
import nl.kansrijk.rules.Woonkans;

/**
 * The Dutch texts (toelichting) of a koppeling: the short sentence a regievoerder reads aloud, and the
 * reasons per rule with their signed score. Facts come from the same precomputed tables the rules use
 * ({@link Huishoudprofiel}); only what applies is mentioned, always in the same order. Stateless.
 */
public final class Toelichting {

    /** The order in which facts are told ({@link Regel#TOELICHTING_VOLGORDE}). */
    public static final List<Regel> VOLGORDE = Regel.TOELICHTING_VOLGORDE;

    private Toelichting() {
    }

    /**
     * The sentence for {@code koppelingen.csv}: for a placed household the facts of its gemeente that apply,
     * for example {@code regioadvies 1 (Groot Amsterdam); sectorvraag bouw 80; 23 km van azc Zeist; binnen 25 km
     * van familie (Utrecht, 11 km)}, prefixed with {@code bestaande koppeling} when pinned; for an unplaced
     * household the reason it was not placed.
     */
    public static String zin(PlanContext ctx, Koppeling k) {
        if (!k.isGeplaatst()) {
            String reden = k.reden() == null ? "" : k.reden();
            return reden.startsWith("niet geplaatst") ? reden : "niet geplaatst: " + reden;
        }
        Bestemming b = ctx.bestemming(k.gemeenteCode());
        Plaatsingseenheid p = ctx.eenheid(k.huishouden());
        List<String> delen = new ArrayList<>();
        if (k.huishouden().isGekoppeld()) {
            delen.add("bestaande koppeling");
        }
        for (Regel r : VOLGORDE) {
            if (!r.isPerGemeente() && !r.isPerGroep()) {
                String f = feit(ctx, p, b, r, 0);
                if (f != null) {
                    delen.add(f);
                }
            }
        }
        return String.join("; ", delen);
    }

    /**
     * The reasons for household {@code p} in gemeente {@code b}, in {@link #VOLGORDE}: every rule with a fact that
     * applies or a score in {@code perRegel}. The taakstelling is always told (places left before {@code p}).
     * {@code niet-geplaatst} is left out: it is the same for every gemeente.
     *
     * @param lastZonder persons linked to {@code b} without {@code p}
     * @param perRegel signed weighted score per rule (as in {@link nl.kansrijk.rules.Bijdragen#perRegel()})
     */
    public static List<Reden> redenen(PlanContext ctx, Plaatsingseenheid p, Bestemming b, long lastZonder,
            Map<Regel, Long> perRegel) {
        List<Reden> out = new ArrayList<>();
        for (Regel r : VOLGORDE) {
            long punten = perRegel.getOrDefault(r, 0L);
            String f = feit(ctx, p, b, r, lastZonder);
            if (f == null && punten != 0) {
                f = r.label();
            }
            if (f != null && ((r != BALANS && r != GROEPSGELIJKHEID) || punten != 0)) {
                out.add(new Reden(r, punten, f));
            }
        }
        return List.copyOf(out);
    }

    /**
     * The fact behind one rule for household {@code p} in gemeente {@code b}, or {@code null} when the rule does
     * not apply to the household. A broken hard rule reads as the refusal, for example
     * {@code medische zorg: 64 km van Umc Cestad, maximaal 30}.
     *
     * @param lastZonder persons linked to {@code b} without {@code p} (used by taakstelling and balans)
     */
    public static String feit(PlanContext ctx, Plaatsingseenheid p, Bestemming b, Regel r, long lastZonder) {
        Huishouden h = p.getHuishouden();
        Huishoudprofiel prof = p.getProfiel();
        Stralen s = prof.stralen();
        int i = b.index();
        return switch (r) {
            case REGIOADVIES -> {
                int rang = prof.regioRang()[b.regioIndex()];
                if (rang > 0) {
                    yield "regioadvies " + rang + " (" + b.arbeidsmarktregio().naam() + ")";
                }
                yield h.regioadvies().isEmpty() ? null : "buiten regioadvies (" + b.arbeidsmarktregio().naam() + ")";
            }
            case SECTORVRAAG -> {
                String vraag = h.sectoren().stream()
                        .filter(sector -> b.arbeidsmarktregio().vraag(sector) > 0)
                        .map(sector -> sector + " " + b.arbeidsmarktregio().vraag(sector))
                        .collect(Collectors.joining(", "));
                yield vraag.isEmpty() ? null : "sectorvraag " + vraag;
            }
            case AZC_NABIJHEID -> prof.azcAfstand() == null ? null
                    : prof.azcAfstand()[i] + " km van " + azcNaam(ctx, h.azcCode());
            case EERSTEGRAADSFAMILIE -> afstandsfeit(ctx, "eerstegraadsfamilie", "familie", h.familieGemeente(),
                    prof.familieAfstand(), prof.familieIndex(), s.familieKm(), i);
            case WERK_OF_OPLEIDING -> afstandsfeit(ctx, "werk of opleiding", "werk of opleiding",
                    h.werkOfOpleidingGemeente(), prof.werkAfstand(), prof.werkIndex(), s.werkKm(), i);
            case MEDISCHE_ZORG -> {
                if (prof.zorgAfstand() == null) {
                    yield null;
                }
                int km = prof.zorgAfstand()[i];
                String naam = zorgNaam(ctx, h.zorgCode());
                yield km <= s.zorgKm() ? km + " km van " + naam + " (medische zorg, maximaal " + s.zorgKm() + ")"
                        : "medische zorg: " + km + " km van " + naam + ", maximaal " + s.zorgKm();
            }
            case NAREIZIGER -> prof.nareizigerIndex() < 0 ? null
                    : prof.nareizigerIndex() == i ? "nareiziger: bij het gezin"
                    : "nareiziger: het gezin woont in " + naam(ctx, h.nareizigerVanGemeente());
            case UITGESLOTEN -> prof.uitgesloten().get(i) ? "uitgesloten gemeente voor dit huishouden" : null;
            case VOORKEUR -> prof.voorkeur().get(i) ? "voorkeursgemeente" : null;
            case NETWERK -> prof.netwerkAfstand() != null && prof.netwerkAfstand()[i] <= s.netwerkKm()
                    ? "binnen " + s.netwerkKm() + " km van netwerk (" + naam(ctx, h.netwerkGemeente()) + ", "
                            + prof.netwerkAfstand()[i] + " km)"
                    : null;
            case UITKOMSTKANS -> prof.uitkomstkans() == null || prof.uitkomstkans()[b.regioIndex()] < 0 ? null
                    : "uitkomstkans " + prof.uitkomstkans()[b.regioIndex()] + "% in " + b.arbeidsmarktregio().naam();
            case WONINGAANBOD -> {
                Integer aandeel = b.gemeente().aandeelEenpersoonswoningen();
                if (aandeel == null) {
                    yield null;
                }
                yield prof.personen() == 1 ? "woningaanbod " + aandeel + "% voor eenpersoonshuishoudens"
                        : "woningaanbod " + (100 - aandeel) + "% voor grotere huishoudens";
            }
            case WONING -> prof.woonkans() == null ? null
                    : prof.woonkans()[i] == 0 ? "woning: geen passende woning verwacht"
                    : "woning: woonkans " + prof.woonkans()[i] + " van " + Woonkans.MAXIMUM + " per persoon";
            case TAAKSTELLING -> {
                long toegestaan = b.toegestaneLast();
                long vrij = toegestaan - lastZonder;
                String plaatsen = "taakstelling: nog " + Math.max(0, vrij) + " van " + toegestaan + " plaatsen";
                yield vrij >= prof.personen() ? plaatsen
                        : plaatsen + ", huishouden telt " + prof.personen() + " personen";
            }
            case BALANS -> {
                Taakstelling t = b.taakstelling();
                yield t.opgave() <= 0 ? "balans: gemeente zonder taakstelling"
                        : "balans: vulgraad " + procent(t.gerealiseerd() + lastZonder, t.opgave()) + " \u2192 "
                                + procent(t.gerealiseerd() + lastZonder + prof.personen(), t.opgave());
            }
            case VOORRANG_GEBONDEN -> "voorrang voor nareizigers: hier wachten nareizigers op een plaats bij hun gezin";
            case GROEPSGELIJKHEID -> !p.heeftGroep() ? null
                    : "groepsgelijkheid: " + groepen(p) + " ("
                            + ctx.config().groepsindeling().kolom() + "), referentie " + p.getGroepReferentie()
                            + " zachte punten per persoon";
            case NIET_GEPLAATST -> null;
        };
    }

    /**
     * The household's groups as the rule counts them: "groep G" for a whole household, else per part its group and
     * its persons ("groepen v 1, m 1").
     */
    private static String groepen(nl.kansrijk.model.Plaatsingseenheid p) {
        java.util.List<nl.kansrijk.model.Groepsdeel> delen = p.getGroepsdelen();
        if (delen.size() == 1 && delen.get(0).personen() == p.getPersonen()) {
            return "groep " + naam(delen.get(0).groep());
        }
        return "groepen " + String.join(", ", delen.stream().map(d -> naam(d.groep()) + " " + d.personen()).toList());
    }

    private static String naam(String groep) {
        return groep.isEmpty() ? "zonder waarde" : groep;
    }

    private static String afstandsfeit(PlanContext ctx, String regel, String wat, String code, int[] afstand,
            int eigenIndex, int straal, int i) {
        if (afstand == null) {
            return null;
        }
        if (eigenIndex == i) {
            return wat + " in deze gemeente";
        }
        int km = afstand[i];
        return km <= straal ? "binnen " + straal + " km van " + wat + " (" + naam(ctx, code) + ", " + km + " km)"
                : regel + ": " + km + " km van " + wat + " in " + naam(ctx, code) + ", maximaal " + straal;
    }

    private static String procent(long teller, long noemer) {
        return Math.round(100.0 * teller / noemer) + "%";
    }

    private static String naam(PlanContext ctx, String gemeenteCode) {
        Bestemming b = ctx.bestemming(gemeenteCode);
        return b == null ? gemeenteCode : b.gemeente().naam();
    }

    private static String azcNaam(PlanContext ctx, String azcCode) {
        String naam = ctx.problem().azcs().stream().filter(a -> a.code().equals(azcCode)).map(Azc::naam)
                .findFirst().orElse(azcCode);
        return naam.toLowerCase(Locale.ROOT).startsWith("azc") ? naam : "azc " + naam;
    }

    private static String zorgNaam(PlanContext ctx, String zorgCode) {
        return ctx.problem().zorglocaties().stream().filter(z -> z.code().equals(zorgCode)).map(Zorglocatie::naam)
                .findFirst().orElse(zorgCode);
    }
}
