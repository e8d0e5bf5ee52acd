package nl.kansrijk.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import nl.kansrijk.model.Arbeidsmarktregio;
import nl.kansrijk.model.Azc;
import nl.kansrijk.model.Gemeente;
import nl.kansrijk.model.Huishouden;
import nl.kansrijk.model.MatchingProblem;
import nl.kansrijk.model.Taakstelling;
import nl.kansrijk.model.Zorglocatie;
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
 * in at least one gemeente (unless {@link DemoSettings#onplaatsbaar()} asks for unplaceable ones), and pinned and
 * nareiziger households never exceed a gemeente's capacity.
 * <p>
 * The shape settings change only what they name; at their defaults the problem is exactly the original one. An
 * area ({@link Gebied}) keeps its gemeenten with the housing share and sector demand they have in the national
 * instance of the same seed, their arbeidsmarktregio's, and the azcs within {@value #AZC_KM} km and hospitals
 * within {@value #ZORG_KM} km of one of them (at least the {@value #MIN_NABIJ} nearest of each); an azc outside the
 * area is listed under the area's gemeente nearest to it, with its own coordinates.
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

    /** Azcs within this distance of an area's gemeenten belong to the instance (households may live there). */
    static final int AZC_KM = 40;
    /** Hospitals within this distance of an area's gemeenten belong to the instance. */
    static final int ZORG_KM = 60;
    /** At least this many azcs and hospitals, the nearest to the area, belong to an area's instance. */
    static final int MIN_NABIJ = 3;

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
        SplittableRandom vormRng = root.split();

        List<Gemeente> gemeenten = metWoningaanbod(ref.gemeenten(), woningRng);
        List<Arbeidsmarktregio> regios = metSectorvraag(ref.regios(), gemeenten, sectorRng);
        List<Azc> azcs = ref.azcs();
        List<Zorglocatie> zorglocaties = ref.zorglocaties();
        if (!s.gebied().isLand()) {
            gemeenten = s.gebied().kies(gemeenten, ref.provincies());
            if (gemeenten.isEmpty()) {
                throw new IllegalArgumentException("gebied " + s.gebied() + " heeft geen gemeenten");
            }
            List<String> gebruikt = gemeenten.stream().map(Gemeente::arbeidsmarktregioCode).distinct().toList();
            regios = regios.stream().filter(r -> gebruikt.contains(r.code())).toList();
            List<Gemeente> gebied = gemeenten;
            azcs = nabij(azcs, a -> afstand(gebied, a.lat(), a.lon()), AZC_KM).stream()
                    .map(a -> binnenGebied(a, gebied)).toList();
            zorglocaties = nabij(zorglocaties, z -> afstand(gebied, z.lat(), z.lon()), ZORG_KM);
        }
        List<Samenstelling> samenstellingen = new ArrayList<>(s.huishoudens());
        long personen = 0;
        for (int i = 0; i < s.huishoudens(); i++) {
            Samenstelling x = Samenstelling.draw(omvangRng);
            samenstellingen.add(x);
            personen += x.personen();
        }
        List<Taakstelling> taakstellingen = taakstellingen(gemeenten, personen, s.periode(), taakRng, s.ruimte());
        MatchingProblem zonderHuishoudens = new MatchingProblem(s.periode(), gemeenten, regios, taakstellingen,
                azcs, zorglocaties, List.of());
        PlanContext ctx = PlanContext.of(zonderHuishoudens, MatchingConfig.STANDAARD);
        List<Huishouden> huishoudens = new HouseholdSampler(ctx, huishoudenRng, s, vormRng)
                .draw(samenstellingen, s.gekoppeldFractie());
        return zonderHuishoudens.withHuishoudens(metAankondigingen(huishoudens, aankondigingRng, s.aangekondigd()));
    }

    /** The places within {@code km} of the area (by {@code afstand}), at least the {@value #MIN_NABIJ} nearest, in their order. */
    private static <T> List<T> nabij(List<T> alle, java.util.function.ToDoubleFunction<T> afstand, int km) {
        double[] d = alle.stream().mapToDouble(afstand).toArray();
        double[] gesorteerd = d.clone();
        Arrays.sort(gesorteerd);
        double grens = Math.max(km, gesorteerd[Math.min(MIN_NABIJ, gesorteerd.length) - 1]);
        List<T> out = new ArrayList<>();
        for (int i = 0; i < alle.size(); i++) {
            if (d[i] <= grens) {
                out.add(alle.get(i));
            }
        }
        return out;
    }

    /**
     * The azc as an area's input can hold it: one outside the area keeps its own place and coordinates but is listed
     * under the area's gemeente nearest to it (an input's azc must name one of its gemeenten; the rules use only
     * the coordinates), its name saying so.
     */
    private static Azc binnenGebied(Azc a, List<Gemeente> gebied) {
        if (gebied.stream().anyMatch(g -> g.code().equals(a.gemeenteCode()))) {
            return a;
        }
        Gemeente nabij = gebied.get(0);
        for (Gemeente g : gebied) {
            if (Gebied.km(a.lat(), a.lon(), g.lat(), g.lon()) < Gebied.km(a.lat(), a.lon(), nabij.lat(), nabij.lon())) {
                nabij = g;
            }
        }
        return new Azc(a.code(), a.naam() + " (buiten het gebied)", nabij.code(), a.lat(), a.lon());
    }

    /** Distance in km from a point to the nearest centroid of the gemeenten. */
    private static double afstand(List<Gemeente> gemeenten, double lat, double lon) {
        double min = Double.POSITIVE_INFINITY;
        for (Gemeente g : gemeenten) {
            min = Math.min(min, Gebied.km(lat, lon, g.lat(), g.lon()));
        }
        return min;
    }

    /** Default share of nareizigers (without koppeling) whose coming is known before their permit. */
    static final double AANGEKONDIGD_AANDEEL = DemoSettings.STANDAARD_AANGEKONDIGD;
    /** Fewest and most days between a nareiziger's announcement and its permit. */
    static final int MIN_DAGEN_VOORAF = 28;
    static final int MAX_DAGEN_VOORAF = 112;

    /**
     * The households with an announcement date for most nareizigers: the family reunification is granted weeks to
     * months before they arrive, and COA's TVS knows it from then ({@link #AANGEKONDIGD_AANDEEL}, 4–16 weeks before
     * the permit, uniformly). Drawn from a stream of its own, so every other field is as without announcements.
     */
    static List<Huishouden> metAankondigingen(List<Huishouden> huishoudens, SplittableRandom rng) {
        return metAankondigingen(huishoudens, rng, AANGEKONDIGD_AANDEEL);
    }

    /** As {@link #metAankondigingen(List, SplittableRandom)} with share {@code aandeel} of nareizigers announced. */
    static List<Huishouden> metAankondigingen(List<Huishouden> huishoudens, SplittableRandom rng, double aandeel) {
        List<Huishouden> out = new ArrayList<>(huishoudens.size());
        for (Huishouden h : huishoudens) {
            if (h.isNareiziger() && !h.isGekoppeld() && h.vergunningdatum() != null
                    && WeightedChoice.chance(rng, aandeel)) {
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

    /** As {@link #taakstellingen(List, long, String, SplittableRandom, Double)} with the generator's own spare room. */
    static List<Taakstelling> taakstellingen(List<Gemeente> gemeenten, long personen, String periode,
            SplittableRandom rng) {
        return taakstellingen(gemeenten, personen, periode, rng, null);
    }

    /**
     * Taakstellingen proportional to inhabitants (largest-remainder rounding) summing to 3–5% above the
     * households' persons (with {@code ruimte} given, see below); about 30% of gemeenten carry an achterstand of −15% to +25% of their taakstelling
     * (voorsprongen turned into arrears while the net is negative), and about 6% already realised up to 10%,
     * never more than their own arrears nor the net arrears left. So no gemeente's capacity drops below its
     * taakstelling minus its voorsprong, and the total capacity is at least the total taakstelling.
     * With {@code ruimte} F given, the total capacity (taakstelling + achterstand − gerealiseerd) is exactly
     * round(persons × (1 + F)): the arrears are drawn as above, then the taakstellingen are spread again
     * (proportional, largest remainder) over that total minus the net arrears.
     */
    static List<Taakstelling> taakstellingen(List<Gemeente> gemeenten, long personen, String periode,
            SplittableRandom rng, Double ruimte) {
        long standaard = Math.round(personen * (1.03 + 0.02 * rng.nextDouble()));
        long totaal = ruimte == null ? standaard : Math.round(personen * (1 + ruimte));
        int n = gemeenten.size();
        int[] taak = verdeel(gemeenten, totaal);
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
        if (ruimte != null) {
            taak = verdeel(gemeenten, Math.max(0, totaal - netto));
            for (int i = 0; i < n; i++) {
                // a voorsprong never takes a gemeente's capacity below 0 after the new spread
                achterstand[i] = Math.max(achterstand[i], gerealiseerd[i] - taak[i]);
            }
        }
        List<Taakstelling> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new Taakstelling(gemeenten.get(i).code(), periode, taak[i], achterstand[i], gerealiseerd[i]));
        }
        return out;
    }

    /** {@code totaal} persons spread over the gemeenten proportionally to inhabitants, by largest remainder (ties by position). */
    static int[] verdeel(List<Gemeente> gemeenten, long totaal) {
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
        return taak;
    }
}
