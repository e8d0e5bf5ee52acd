package nl.kansrijk.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntFunction;

import nl.kansrijk.model.Arbeidsmarktregio;
import nl.kansrijk.model.Azc;
import nl.kansrijk.model.Bestemming;
import nl.kansrijk.model.Gemeente;
import nl.kansrijk.model.Huishouden;
import nl.kansrijk.model.Opleidingsniveau;
import nl.kansrijk.model.Zorglocatie;
import nl.kansrijk.rules.Afstand;
import nl.kansrijk.solve.PlanContext;

/**
 * Draws the synthetic households of a demo problem against its gemeenten, regions and capacities (from a
 * {@link PlanContext} without households). Frequencies: regioadvies ~75% (1–3 regions, near the azc or where
 * their sectors are in demand), voorkeur ~20% (mostly big cities), netwerk ~15%, familie ~8%, nareiziger ~4%,
 * zorg ~3%, werk of opleiding ~3%, uitgesloten ~2%. A household whose hard criteria leave no gemeente with
 * room is redrawn; nareizigers and pinned households only go where capacity is left. Only when asked
 * ({@link DemoSettings#onplaatsbaar()}) are some households made unplaceable on purpose. One instance per
 * generation: it tracks the room left per gemeente, so it is not thread-safe.
 */
final class HouseholdSampler {

    private static final int POGINGEN = 20;
    /** Room the allowed gemeenten of a household with hard criteria must have together, in times its persons. */
    private static final int MARGE = 3;
    private static final List<String> NATIONALITEITEN = List.of("Syrië", "Turkije", "Eritrea", "Afghanistan",
            "Jemen", "Irak", "Iran", "Somalië", "Ethiopië", "Soedan", "overig");
    private static final WeightedChoice NATIONALITEIT =
            new WeightedChoice(new double[] {34, 14, 12, 9, 8, 5, 4, 4, 3, 3, 4});
    private static final WeightedChoice OPLEIDING = new WeightedChoice(new double[] {35, 30, 15, 20});
    private static final Opleidingsniveau[] NIVEAUS =
            {Opleidingsniveau.LAAG, Opleidingsniveau.MIDDEN, Opleidingsniveau.HOOG, Opleidingsniveau.ONBEKEND};
    private static final WeightedChoice AANTAL_SECTOREN = new WeightedChoice(new double[] {20, 40, 30, 10});
    /** Popularity of each sector in work experience, in {@link DemoDataGenerator#SECTOREN} order. */
    private static final WeightedChoice SECTOR =
            new WeightedChoice(new double[] {14, 14, 12, 10, 9, 6, 8, 7, 5, 7, 5, 3});
    private static final WeightedChoice AANTAL_REGIOS = new WeightedChoice(new double[] {50, 30, 20});

    private final PlanContext ctx;
    private final SplittableRandom rng;
    /** Random stream of the period's shape (arrival waves, which households are unplaceable, and how). */
    private final SplittableRandom vorm;
    private final double voorkeurAandeel;
    private final Aankomst aankomst;
    private final double onplaatsbaarAandeel;
    private final List<Bestemming> bestemmingen;
    private final List<Arbeidsmarktregio> regios;
    private final List<Azc> azcs;
    private final List<Zorglocatie> zorglocaties;
    private final List<Zorglocatie> umcs;
    /** Persons each gemeente can still take beyond the pinned and nareiziger households drawn so far. */
    private final long[] ruimte;
    private final WeightedChoice perInwoner;
    private final WeightedChoice grooteStad;
    private final WeightedChoice netwerk;
    private final WeightedChoice azcKeuze;
    private final double[] regioLat;
    private final double[] regioLon;
    private final double[] regioGrootte;

    HouseholdSampler(PlanContext ctx, SplittableRandom rng) {
        this(ctx, rng, DemoSettings.of(1, 0), null);
    }

    /** A sampler with the shape settings of {@code s} (preferences, arrivals, unplaceable share), drawn from {@code vorm}. */
    HouseholdSampler(PlanContext ctx, SplittableRandom rng, DemoSettings s, SplittableRandom vorm) {
        this.ctx = ctx;
        this.rng = rng;
        this.vorm = vorm;
        this.voorkeurAandeel = s.voorkeur();
        this.aankomst = s.aankomst();
        this.onplaatsbaarAandeel = s.onplaatsbaar();
        this.bestemmingen = ctx.bestemmingen();
        this.regios = ctx.problem().arbeidsmarktregios();
        this.azcs = ctx.problem().azcs();
        this.zorglocaties = ctx.problem().zorglocaties();
        this.umcs = zorglocaties.stream().filter(z -> "umc".equals(z.soort())).toList();
        int n = bestemmingen.size();
        ruimte = new long[n];
        double[] inw = new double[n];
        double[] stad = new double[n];
        double[] net = new double[n];
        for (Bestemming b : bestemmingen) {
            ruimte[b.index()] = Math.max(0, b.capaciteit());
            inw[b.index()] = b.gemeente().inwoners();
            stad[b.index()] = StrictMath.pow(b.gemeente().inwoners(), 1.5);
            net[b.index()] = StrictMath.pow(b.gemeente().inwoners(), 1.2);
        }
        perInwoner = new WeightedChoice(inw);
        grooteStad = new WeightedChoice(stad);
        netwerk = new WeightedChoice(net);
        // many azcs in the north-east, few in the south-west
        azcKeuze = new WeightedChoice(azcs.stream()
                .mapToDouble(a -> StrictMath.exp(0.8 * (a.lat() - 52.0) + 0.5 * (a.lon() - 5.3))).toArray());
        regioLat = new double[regios.size()];
        regioLon = new double[regios.size()];
        regioGrootte = new double[regios.size()];
        for (Bestemming b : bestemmingen) {
            Gemeente g = b.gemeente();
            int r = b.regioIndex();
            regioLat[r] += g.lat() * g.inwoners();
            regioLon[r] += g.lon() * g.inwoners();
            regioGrootte[r] += g.inwoners();
        }
        for (int r = 0; r < regios.size(); r++) {
            regioLat[r] /= regioGrootte[r];
            regioLon[r] /= regioGrootte[r];
        }
    }

    /**
     * One household per make-up, ids {@code H00001…} in order of permit date; the first
     * round(fractie × n) get an existing koppeling where a feasible gemeente has room.
     */
    List<Huishouden> draw(List<Samenstelling> samenstellingen, double gekoppeldFractie) {
        int n = samenstellingen.size();
        LocalDate[] data = new PermitCalendar(ctx.periode(), rng.split(), aankomst, vorm).draw(n, rng.split());
        int breedte = Math.max(5, String.valueOf(n).length());
        long gekoppeld = Math.round(gekoppeldFractie * n);
        boolean[] onplaatsbaar = kiesOnplaatsbaar(n, (int) gekoppeld);
        List<Huishouden> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String id = "H" + "0".repeat(breedte - String.valueOf(i + 1).length()) + (i + 1);
            Huishouden b = basis(id, samenstellingen.get(i), data[i]);
            Huishouden h = onplaatsbaar[i] ? onplaatsbaar(b) : metHardeCriteria(b);
            out.add(i < gekoppeld ? koppel(h) : h);
        }
        return out;
    }

    private Huishouden basis(String id, Samenstelling s, LocalDate datum) {
        List<String> sectoren = distinct(SECTOR, AANTAL_SECTOREN.pick(rng), DemoDataGenerator.SECTOREN::get);
        Azc azc = azcs.get(azcKeuze.pick(rng));
        Huishouden.Builder b = Huishouden.builder(id, s.volwassenen(), s.kinderen())
                .vergunningdatum(datum)
                .azcCode(azc.code())
                .sectoren(sectoren)
                .opleidingsniveau(NIVEAUS[OPLEIDING.pick(rng)])
                .kenmerk("geslacht_hoofdaanvrager", geslacht(s.soort()))
                .kenmerk("nationaliteit", NATIONALITEITEN.get(NATIONALITEIT.pick(rng)));
        if (WeightedChoice.chance(rng, 0.75)) {
            b.regioadvies(regioadvies(azc, sectoren));
        }
        if (WeightedChoice.chance(rng, voorkeurAandeel)) {
            b.voorkeurGemeenten(distinct(grooteStad, 1 + WeightedChoice.uniform(rng, 3), this::code));
        }
        if (WeightedChoice.chance(rng, 0.15)) {
            b.netwerkGemeente(code(netwerk.pick(rng)));
        }
        return b.build();
    }

    private String geslacht(Samenstelling.Soort soort) {
        double man = switch (soort) {
            case ALLEENSTAAND -> 0.75;
            case EENOUDER -> 0.20;
            default -> 0.60;
        };
        return WeightedChoice.chance(rng, man) ? "m" : "v";
    }

    /** 1–3 regions: about half near the azc, the rest where the household's sectors are most in demand (larger regions weigh more). */
    private List<String> regioadvies(Azc azc, List<String> sectoren) {
        int n = regios.size();
        Integer[] opAfstand = new Integer[n];
        double[] km = new double[n];
        double[] vraag = new double[n];
        for (int r = 0; r < n; r++) {
            opAfstand[r] = r;
            km[r] = Afstand.km(azc.lat(), azc.lon(), regioLat[r], regioLon[r]);
            int som = 0;
            for (String s : sectoren) {
                som += regios.get(r).vraag(s);
            }
            // COA advises where the household's sectors are most in demand: 10 points more demand weighs e-fold more
            double sector = sectoren.isEmpty() ? 1.0 : StrictMath.exp((som / (double) sectoren.size() - 60) / 10.0);
            vraag[r] = sector * StrictMath.sqrt(regioGrootte[r] / 100_000.0);
        }
        Arrays.sort(opAfstand, (a, b) -> km[a] != km[b] ? Double.compare(km[a], km[b]) : Integer.compare(a, b));
        double[] nabij = new double[n];
        double[] rang = {4, 2, 1, 1};
        for (int k = 0; k < rang.length && k < n; k++) {
            nabij[opAfstand[k]] = rang[k];
        }
        WeightedChoice dichtbij = new WeightedChoice(nabij);
        WeightedChoice gevraagd = new WeightedChoice(vraag);
        int aantal = 1 + AANTAL_REGIOS.pick(rng);
        List<String> out = new ArrayList<>(aantal);
        for (int poging = 0; out.size() < aantal && poging < 50; poging++) {
            WeightedChoice c = WeightedChoice.chance(rng, 0.45) ? dichtbij : gevraagd;
            String code = regios.get(c.pick(rng)).code();
            if (!out.contains(code)) {
                out.add(code);
            }
        }
        return out;
    }

    /**
     * The household with its hard criteria: a nareiziger (joining family in a gemeente with room), or any of
     * familie, zorg, werk of opleiding and uitgesloten; redrawn until the gemeenten passing all of them have ample
     * room for the household ({@link #ruimVoldoende}), else left without them.
     */
    private Huishouden metHardeCriteria(Huishouden basis) {
        int personen = basis.personen();
        if (WeightedChoice.chance(rng, 0.04)) {
            double[] w = new double[ruimte.length];
            boolean any = false;
            for (int i = 0; i < ruimte.length; i++) {
                w[i] = ruimte[i] >= personen ? ruimte[i] : 0;
                any |= w[i] > 0;
            }
            if (any) {
                int i = new WeightedChoice(w).pick(rng);
                ruimte[i] -= personen;
                return basis.toBuilder().nareizigerVanGemeente(code(i)).build();
            }
            return basis;
        }
        boolean familie = WeightedChoice.chance(rng, 0.08);
        boolean zorg = WeightedChoice.chance(rng, 0.03);
        boolean werk = WeightedChoice.chance(rng, 0.03);
        boolean uitgesloten = WeightedChoice.chance(rng, 0.02);
        if (!(familie || zorg || werk || uitgesloten)) {
            return basis;
        }
        for (int poging = 0; poging < POGINGEN; poging++) {
            Huishouden.Builder b = basis.toBuilder();
            if (familie) {
                b.familieGemeente(code(perInwoner.pick(rng)));
            }
            if (zorg) {
                List<Zorglocatie> uit = umcs.isEmpty() || WeightedChoice.chance(rng, 0.4) ? zorglocaties : umcs;
                b.zorgCode(uit.get(WeightedChoice.uniform(rng, uit.size())).code());
            }
            if (werk) {
                b.werkOfOpleidingGemeente(code(netwerk.pick(rng)));
            }
            if (uitgesloten) {
                b.uitgeslotenGemeenten(distinct(perInwoner, WeightedChoice.chance(rng, 0.7) ? 1 : 2, this::code));
            }
            Huishouden h = b.build();
            if (ruimVoldoende(h)) {
                return h;
            }
        }
        return basis;
    }

    /**
     * Whether the gemeenten passing the household's hard rules leave it ample room: those with room for it
     * together have room for at least {@value #MARGE} times its persons, so households competing for the same
     * few gemeenten still fit.
     */
    private boolean ruimVoldoende(Huishouden h) {
        long som = 0;
        for (Bestemming g : ctx.eenheid(h).getToegestaan()) {
            if (ruimte[g.index()] >= h.personen()) {
                som += ruimte[g.index()];
            }
        }
        return som >= (long) MARGE * h.personen();
    }

    /**
     * The household pinned to a plausible gemeente that passes its hard rules and has room (a nareiziger to its
     * family's gemeente): advised regions and nearness to the azc weigh most. Unchanged when none has room.
     */
    private Huishouden koppel(Huishouden h) {
        if (h.isNareiziger()) {
            return h.metGekoppeldGemeente(h.nareizigerVanGemeente());
        }
        List<Bestemming> toegestaan = ctx.eenheid(h).getToegestaan();
        double[] w = new double[toegestaan.size()];
        boolean any = false;
        for (int i = 0; i < w.length; i++) {
            Bestemming b = toegestaan.get(i);
            if (ruimte[b.index()] >= h.personen()) {
                int rang = h.regioadvies().indexOf(b.arbeidsmarktregio().code());
                double advies = 1 + 2 * (rang < 0 ? 0 : 3 - rang);
                int km = Math.max(0, ctx.azcAfstand(h.azcCode(), b));
                w[i] = advies / (1 + km / 30.0) * StrictMath.sqrt(ruimte[b.index()]);
                any = true;
            }
        }
        if (!any) {
            return h;
        }
        Bestemming b = toegestaan.get(new WeightedChoice(w).pick(rng));
        ruimte[b.index()] -= h.personen();
        return h.metGekoppeldGemeente(b.code());
    }

    /**
     * Which households to make unplaceable: round(share × n) of those not pinned (at most all of them), drawn
     * uniformly from the shape stream; none (and nothing drawn) at share 0.
     */
    private boolean[] kiesOnplaatsbaar(int n, int gekoppeld) {
        boolean[] out = new boolean[n];
        if (onplaatsbaarAandeel <= 0) {
            return out;
        }
        int vrij = n - Math.min(n, gekoppeld);
        int k = (int) Math.min(vrij, Math.round(onplaatsbaarAandeel * n));
        for (int gekozen = 0; gekozen < k; ) {
            int i = n - vrij + WeightedChoice.uniform(vorm, vrij);
            if (!out[i]) {
                out[i] = true;
                gekozen++;
            }
        }
        return out;
    }

    /**
     * The household made unplaceable under the hard rules, as real periods have some. Drawn from the shape stream, in
     * this order of preference (a random first choice, falling through to the next when impossible):
     * <ol>
     * <li>a first-degree family tie with a gemeente all of whose allowed neighbours (within the family radius) have
     *     no room left for it after the pinned and nareiziger households drawn so far (room only shrinks later);</li>
     * <li>a family tie and a required zorglocatie so far apart that no gemeente is within both radii;</li>
     * <li>a nareiziger whose family's gemeente is among its excluded gemeenten (always possible).</li>
     * </ol>
     * Its other fields are those of {@code basis}; the household takes no room.
     */
    private Huishouden onplaatsbaar(Huishouden basis) {
        int eerste = WeightedChoice.uniform(vorm, 3);
        if (eerste == 0) {
            List<Integer> vol = new ArrayList<>();
            for (Bestemming f : bestemmingen) {
                Huishouden h = basis.toBuilder().familieGemeente(f.code()).build();
                if (zonderRuimte(h)) {
                    vol.add(f.index());
                }
            }
            if (!vol.isEmpty()) {
                return basis.toBuilder().familieGemeente(code(vol.get(WeightedChoice.uniform(vorm, vol.size())))).build();
            }
        }
        if (eerste <= 1 && !zorglocaties.isEmpty()) {
            for (int poging = 0; poging < 40; poging++) {
                Huishouden h = basis.toBuilder()
                        .familieGemeente(code(WeightedChoice.uniform(vorm, bestemmingen.size())))
                        .zorgCode(zorglocaties.get(WeightedChoice.uniform(vorm, zorglocaties.size())).code())
                        .build();
                if (ctx.eenheid(h).getToegestaan().isEmpty()) {
                    return h;
                }
            }
        }
        String familie = code(WeightedChoice.uniform(vorm, bestemmingen.size()));
        return basis.toBuilder().nareizigerVanGemeente(familie).uitgeslotenGemeenten(List.of(familie)).build();
    }

    /** Whether no gemeente the household's hard rules allow has room left for it (and at least one is allowed). */
    private boolean zonderRuimte(Huishouden h) {
        List<Bestemming> toegestaan = ctx.eenheid(h).getToegestaan();
        for (Bestemming g : toegestaan) {
            if (ruimte[g.index()] >= h.personen()) {
                return false;
            }
        }
        return !toegestaan.isEmpty();
    }

    private String code(int gemeenteIndex) {
        return bestemmingen.get(gemeenteIndex).code();
    }

    /** Up to {@code k} distinct values drawn by weight (fewer only if the weights leave too few). */
    private List<String> distinct(WeightedChoice choice, int k, IntFunction<String> naam) {
        List<String> out = new ArrayList<>(k);
        for (int poging = 0; out.size() < k && poging < 20 * (k + 1); poging++) {
            String v = naam.apply(choice.pick(rng));
            if (!out.contains(v)) {
                out.add(v);
            }
        }
        return out;
    }
}
