package nl.kansrijk.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import nl.kansrijk.model.Arbeidsmarktregio;
import nl.kansrijk.model.Gemeente;
import nl.kansrijk.model.Huishouden;
import nl.kansrijk.model.MatchingProblem;
import nl.kansrijk.model.Taakstelling;
import nl.kansrijk.solve.MatchingConfig;
import nl.kansrijk.solve.PlanContext;

/**
 * Generates a realistic, seeded demo problem (in the spirit of the Timefold quickstarts' demo data): the 342 real
 * gemeenten with their real arbeidsmarktregio, centroid and inhabitants, the real azc places and hospitals,
 * and synthetic parts where no public data exists: each gemeente's share of one-person housing, sector demand
 * per region, taakstellingen proportional to inhabitants, and the households.
 * <p>
 * The same {@link DemoSettings} always give the identical problem: all randomness comes from one
 * {@link SplittableRandom} seeded with the settings' seed (split per part), and only {@code nextDouble} and
 * {@link StrictMath} are used, so the result is the same on every JDK. Every household passes its hard rules
 * in at least one gemeente, and pinned and nareiziger households never exceed a gemeente's capacity.
 */
public final class DemoDataGenerator {

    /** The sectors of the 2017 letter plus four common ones; their demand per region is synthetic. */
    public static final List<String> SECTOREN = List.of("techniek", "bouw", "horeca", "ambachten", "zorg", "onderwijs",
            "detailhandel", "vervoer", "ict", "logistiek", "schoonmaak", "landbouw");

    /** Base demand (0–100) per sector, in {@link #SECTOREN} order. */
    private static final int[] BASISVRAAG = {65, 60, 55, 50, 65, 50, 40, 50, 45, 50, 40, 35};
    /** How much more (or less) a sector is in demand in urban regions, in {@link #SECTOREN} order. */
    private static final int[] STEDELIJK = {-5, 0, 15, -5, 5, 5, 5, 0, 35, -5, 10, -40};
    /** Gemeenten from this many inhabitants count as urban for sector demand. */
    private static final int STAD = 100_000;

    private DemoDataGenerator() {
    }

    /** A new demo problem for the settings; the same settings give an identical (equal) problem. */
    public static MatchingProblem genereer(DemoSettings s) {
        ReferenceData ref = ReferenceData.get();
        SplittableRandom root = new SplittableRandom(s.seed());
        SplittableRandom woningRng = root.split();
        SplittableRandom sectorRng = root.split();
        SplittableRandom omvangRng = root.split();
        SplittableRandom taakRng = root.split();
        SplittableRandom huishoudenRng = root.split();
        SplittableRandom aankondigingRng = root.split();

        List<Gemeente> gemeenten = metWoningaanbod(ref.gemeenten(), woningRng);
        List<Arbeidsmarktregio> regios = metSectorvraag(ref.regios(), gemeenten, sectorRng);
        List<Samenstelling> samenstellingen = new ArrayList<>(s.huishoudens());
        long personen = 0;
        for (int i = 0; i < s.huishoudens(); i++) {
            Samenstelling x = Samenstelling.draw(omvangRng);
            samenstellingen.add(x);
            personen += x.personen();
        }
        List<Taakstelling> taakstellingen = taakstellingen(gemeenten, personen, s.periode(), taakRng);
        MatchingProblem zonderHuishoudens = new MatchingProblem(s.periode(), gemeenten, regios, taakstellingen,
                ref.azcs(), ref.zorglocaties(), List.of());
        PlanContext ctx = PlanContext.of(zonderHuishoudens, MatchingConfig.STANDAARD);
        List<Huishouden> huishoudens = new HouseholdSampler(ctx, huishoudenRng)
                .draw(samenstellingen, s.gekoppeldFractie());
        return zonderHuishoudens.withHuishoudens(metAankondigingen(huishoudens, aankondigingRng));
    }

    /** Share of nareizigers (without koppeling) whose coming is known before their permit. */
    static final double AANGEKONDIGD_AANDEEL = 0.85;
    /** Fewest and most days between a nareiziger's announcement and its permit. */
    static final int MIN_DAGEN_VOORAF = 28;
    static final int MAX_DAGEN_VOORAF = 112;

    /**
     * The households with an announcement date for most nareizigers: the family reunification is granted weeks to
     * months before they arrive, and COA's TVS knows it from then ({@link #AANGEKONDIGD_AANDEEL}, 4–16 weeks before
     * the permit, uniformly). Drawn from a stream of its own, so every other field is as without announcements.
     */
    static List<Huishouden> metAankondigingen(List<Huishouden> huishoudens, SplittableRandom rng) {
        List<Huishouden> out = new ArrayList<>(huishoudens.size());
        for (Huishouden h : huishoudens) {
            if (h.isNareiziger() && !h.isGekoppeld() && h.vergunningdatum() != null
                    && WeightedChoice.chance(rng, AANGEKONDIGD_AANDEEL)) {
                int dagen = MIN_DAGEN_VOORAF + WeightedChoice.uniform(rng, MAX_DAGEN_VOORAF - MIN_DAGEN_VOORAF + 1);
                out.add(h.toBuilder().nareizigerAangekondigd(h.vergunningdatum().minusDays(dagen)).build());
            } else {
                out.add(h);
            }
        }
        return out;
    }

    /**
     * The gemeenten with a synthetic share (5–60) of housing suited to one person: about
     * 20 + 12·log10(inwoners / 30,000) plus noise, so higher in large cities.
     */
    static List<Gemeente> metWoningaanbod(List<Gemeente> gemeenten, SplittableRandom rng) {
        List<Gemeente> out = new ArrayList<>(gemeenten.size());
        for (Gemeente g : gemeenten) {
            double aandeel = 20 + 12 * StrictMath.log10(g.inwoners() / 30_000.0) + 5 * WeightedChoice.noise(rng);
            int share = (int) Math.max(5, Math.min(60, Math.round(aandeel)));
            out.add(new Gemeente(g.code(), g.naam(), g.arbeidsmarktregioCode(), g.lat(), g.lon(), g.inwoners(), share));
        }
        return out;
    }

    /**
     * The regions with a synthetic demand 0–100 per sector: a base level per sector, tilted by how urban the
     * region is (the share of its inhabitants in gemeenten of 100,000 or more), plus noise.
     */
    static List<Arbeidsmarktregio> metSectorvraag(List<Arbeidsmarktregio> regios, List<Gemeente> gemeenten,
            SplittableRandom rng) {
        Map<String, long[]> inwoners = new HashMap<>();
        for (Gemeente g : gemeenten) {
            long[] t = inwoners.computeIfAbsent(g.arbeidsmarktregioCode(), k -> new long[2]);
            t[0] += g.inwoners();
            if (g.inwoners() >= STAD) {
                t[1] += g.inwoners();
            }
        }
        List<Arbeidsmarktregio> out = new ArrayList<>(regios.size());
        for (Arbeidsmarktregio r : regios) {
            long[] t = inwoners.get(r.code());
            double stedelijk = t == null || t[0] == 0 ? 0 : (double) t[1] / t[0];
            Map<String, Integer> vraag = new LinkedHashMap<>();
            for (int i = 0; i < SECTOREN.size(); i++) {
                double v = BASISVRAAG[i] + STEDELIJK[i] * (stedelijk - 0.4) + 15 * WeightedChoice.noise(rng);
                vraag.put(SECTOREN.get(i), (int) Math.max(0, Math.min(100, Math.round(v))));
            }
            out.add(new Arbeidsmarktregio(r.code(), r.naam(), vraag));
        }
        return out;
    }

    /**
     * Taakstellingen proportional to inhabitants (largest-remainder rounding) summing to 3–5% above the
     * households' persons; about 30% of gemeenten carry an achterstand of −15% to +25% of their taakstelling
     * (voorsprongen turned into arrears while the net is negative), and about 6% already realised up to 10%,
     * never more than their own arrears nor the net arrears left. So no gemeente's capacity drops below its
     * taakstelling minus its voorsprong, and the total capacity is at least the total taakstelling.
     */
    static List<Taakstelling> taakstellingen(List<Gemeente> gemeenten, long personen, String periode,
            SplittableRandom rng) {
        long totaal = Math.round(personen * (1.03 + 0.02 * rng.nextDouble()));
        int n = gemeenten.size();
        long inwoners = gemeenten.stream().mapToLong(Gemeente::inwoners).sum();
        int[] taak = new int[n];
        double[] rest = new double[n];
        long verdeeld = 0;
        for (int i = 0; i < n; i++) {
            double exact = (double) totaal * gemeenten.get(i).inwoners() / inwoners;
            taak[i] = (int) Math.floor(exact);
            rest[i] = exact - taak[i];
            verdeeld += taak[i];
        }
        Integer[] volgorde = new Integer[n];
        for (int i = 0; i < n; i++) {
            volgorde[i] = i;
        }
        Arrays.sort(volgorde, (a, b) -> a.equals(b) ? 0
                : rest[a] != rest[b] ? Double.compare(rest[b], rest[a]) : Integer.compare(a, b));
        for (int k = 0; verdeeld < totaal; k++, verdeeld++) {
            taak[volgorde[k % n]]++;
        }
        int[] achterstand = new int[n];
        int[] gerealiseerd = new int[n];
        long netto = 0;
        for (int i = 0; i < n; i++) {
            if (WeightedChoice.chance(rng, 0.30)) {
                achterstand[i] = (int) Math.round(taak[i] * (-0.15 + 0.40 * rng.nextDouble()));
                netto += achterstand[i];
            }
        }
        for (int i = 0; netto < 0 && i < n; i++) {
            int grootste = -1;
            for (int j = 0; j < n; j++) {
                if (achterstand[j] < 0 && (grootste < 0 || achterstand[j] < achterstand[grootste])) {
                    grootste = j;
                }
            }
            netto += -2L * achterstand[grootste];
            achterstand[grootste] = -achterstand[grootste];
        }
        for (int i = 0; i < n; i++) {
            if (achterstand[i] > 0 && WeightedChoice.chance(rng, 0.20)) {
                long g = Math.min(Math.min(achterstand[i], netto), Math.round(taak[i] * 0.10 * rng.nextDouble()));
                gerealiseerd[i] = (int) g;
                netto -= g;
            }
        }
        List<Taakstelling> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new Taakstelling(gemeenten.get(i).code(), periode, taak[i], achterstand[i], gerealiseerd[i]));
        }
        return out;
    }
}
