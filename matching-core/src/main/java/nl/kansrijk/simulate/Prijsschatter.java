package nl.kansrijk.simulate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.IntStream;

import nl.kansrijk.explain.Schaarste;
import nl.kansrijk.model.Bestemming;
import nl.kansrijk.model.Huishouden;
import nl.kansrijk.model.Koppelplan;
import nl.kansrijk.model.Plaatsingseenheid;
import nl.kansrijk.relaxation.PlanSearch;
import nl.kansrijk.relaxation.PriceAuction;
import nl.kansrijk.relaxation.Relaxation;
import nl.kansrijk.relaxation.TransportModel;
import nl.kansrijk.solve.PlanContext;

/**
 * Estimates the scarcity of every gemeente's remaining room (prijsschatter): for each of several sampled futures,
 * the relaxation ({@link Relaxation}, the optimal core's price auction) of today's queue plus the sampled later
 * arrivals ({@link LaterTrekking}) over the room left after every koppeling so far, and per gemeente the mean of its shadow price over
 * the samples (ε and bid cap: {@link #EPSILON}, {@link #BIEDINGEN_PER_PERSOON}). Each sample's relaxation is
 * also turned into a plan of whole households by the core's {@link PlanSearch} (both of its starts, the better
 * plan kept), and for each household of the queue and candidate gemeente the mean change of those plans when it
 * goes there is its plan value ({@link Schaarste#planwaarden}). Whole households see what the split households of the relaxation do not: that a
 * family of six needs six places in one gemeente. Over the same plans, each queue household's information value
 * ({@link Schaarste#informatiewaarden}) is the mean, over the samples, of its best candidate's value in that sample
 * less the value there of the candidate best on average: 0 when the samples agree on its gemeente. Later arrivals are the announced nareizigers not yet arrived
 * ({@link SimulatieStand#aangekondigd()}) and draws from a {@link Verwachting}; drawn nareizigers are bound to a
 * family's gemeente, as real ones are. The draws and the plan searches depend only
 * on the seed, the batch number and the sample's number. Stateless and thread-safe.
 */
public final class Prijsschatter {

    /**
     * The auction's ε, in points per person: coarser than the engine's (1), because prices that are averaged over
     * sampled futures need no more precision, and it makes each estimate several times faster (on a generated
     * 2,000-household half year the dual bound of these prices is 0.03 % above that of the engine's auction).
     */
    static final double EPSILON = 5.0;
    /** The auction's bid cap per person (its prices stay valid duals when it stops there). */
    static final long BIEDINGEN_PER_PERSOON = 50;

    /**
     * At most this many passes of the plan search per sample (it stops earlier when no move improves; on the
     * generated 2,000-household half year 10 and 100 passes gave the same simulation).
     */
    static final int PLAN_PASSES = 10;
    /**
     * Soft points an unplaced person costs in a plan's value when plan values are averaged over samples: the
     * relaxation's own value ({@link PriceAuction#ONGEPLAATST}), so placing persons comes first, as in the rules.
     */
    static final long STRAF = (long) PriceAuction.ONGEPLAATST;
    /** Offset of the plan search's random stream from the sample's draws. */
    private static final int PLAN_STROOM = 1_000;

    private Prijsschatter() {
    }

    /**
     * The scarcity prices for linking {@code wachtrij} (households to link today) in the given state.
     *
     * @param steekproeven sampled futures to average over (at least 1)
     */
    public static Schaarste schat(SimulatieStand stand, List<Huishouden> wachtrij, Verwachting verwachting,
            int steekproeven) {
        return schat(stand, wachtrij, verwachting, steekproeven, 0);
    }

    /**
     * As {@link #schat(SimulatieStand, List, Verwachting, int)}, each sample's whole-household plan improved by
     * {@code herbouwRondes} rounds of the core's ruin and recreate per household of the sample ({@link PlanSearch#herbouw}):
     * better plans give better plan values, at a cost of time (generated 2,000-household half year, weekly: 100
     * rounds about 7 × the policy's time, see docs/dynamic.md); 0 for none.
     */
    public static Schaarste schat(SimulatieStand stand, List<Huishouden> wachtrij, Verwachting verwachting,
            int steekproeven, long herbouwRondes) {
        if (herbouwRondes < 0) {
            throw new IllegalArgumentException("herbouwrondes mag niet negatief zijn, is " + herbouwRondes);
        }
        if (steekproeven < 1) {
            throw new IllegalArgumentException("steekproeven moet minstens 1 zijn, is " + steekproeven);
        }
        PlanContext ctx = stand.context(stand.probleemMet(wachtrij));
        Koppelplan basis = ctx.nieuwPlan();
        LaterTrekking later = new LaterTrekking(stand, verwachting, ctx);
        int n = later.getrokken();
        int rondes = n == 0 ? 1 : steekproeven;
        List<Bestemming> bestemmingen = ctx.bestemmingen();
        double[] som = new double[bestemmingen.size()];
        int[] keer = new int[bestemmingen.size()];
        List<TransportModel> modellen = new ArrayList<>(rondes);
        for (int s = 0; s < rondes; s++) {
            List<Plaatsingseenheid> eenheden = new ArrayList<>(basis.getEenheden().size() + later.bekend().size() + n);
            eenheden.addAll(basis.getEenheden());
            eenheden.addAll(later.trek(new SplittableRandom(mix(stand.config().seed(), stand.batchNummer(), s))));
            Koppelplan plan = new Koppelplan(bestemmingen, eenheden, basis.getGewichten());
            modellen.add(new TransportModel(plan, stand.config().gewichten()));
        }
        // the samples' relaxations and plans are independent: computed side by side, combined in sample order
        List<PlanSearch> plannen = IntStream.range(0, rondes).parallel().mapToObj(s -> {
            TransportModel model = modellen.get(s);
            Relaxation r = new PriceAuction(EPSILON, BIEDINGEN_PER_PERSOON * Math.max(1L, model.totaalPersonen())).solve(model);
            return plan(r, mix(stand.config().seed(), stand.batchNummer(), s + PLAN_STROOM), herbouwRondes);
        }).toList();
        for (PlanSearch zoek : plannen) {
            Relaxation r = zoek.relaxatie();
            for (Bestemming b : bestemmingen) {
                double p = r.prijs(b.index());
                if (p != Double.POSITIVE_INFINITY) {
                    som[b.index()] += Math.max(0.0, p);
                    keer[b.index()]++;
                }
            }
        }
        Map<String, Double> prijs = new LinkedHashMap<>();
        double[] gemiddeld = new double[bestemmingen.size()];
        for (Bestemming b : bestemmingen) {
            if (keer[b.index()] > 0) {
                gemiddeld[b.index()] = som[b.index()] / keer[b.index()];
                prijs.put(b.code(), gemiddeld[b.index()]);
            }
        }
        Map<String, Double> informatie = new LinkedHashMap<>();
        Map<String, Map<String, Double>> waarden = planwaarden(basis, bestemmingen, modellen, plannen, gemiddeld, informatie);
        return new Schaarste(prijs, rondes, n + later.bekend().size(), waarden, informatie);
    }

    /**
     * Per household of the queue, per candidate gemeente: the mean over the samples of what moving it there does
     * to that sample's whole-household plan ({@link PlanSearch#waarde}, an unplaced person at −{@link #STRAF}; where
     * no single household's leaving makes room, as if the household's persons were unplaced). Candidates: the
     * gemeenten some sample's plan puts it in, and its {@link PlanSearch#KANDIDATEN} best by score minus mean price.
     */
    private static Map<String, Map<String, Double>> planwaarden(Koppelplan basis, List<Bestemming> bestemmingen,
            List<TransportModel> modellen, List<PlanSearch> plannen, double[] prijs, Map<String, Double> informatie) {
        Map<String, Map<String, Double>> out = new LinkedHashMap<>();
        // the queue comes first in every sample's plan, so a queue household has the same index in every model
        TransportModel eerste = modellen.get(0);
        for (int e = 0; e < basis.getEenheden().size(); e++) {
            int i = eerste.vrijIndex(e);
            if (i < 0) {
                continue;
            }
            int[] t = eerste.toegestaan(i);
            int personen = eerste.personen(i);
            TreeSet<Integer> kandidaten = new TreeSet<>();
            for (PlanSearch zoek : plannen) {
                if (zoek.keuze(i) >= 0) {
                    kandidaten.add(zoek.keuze(i));
                }
            }
            Integer[] volgorde = new Integer[t.length];
            for (int k = 0; k < t.length; k++) {
                volgorde[k] = k;
            }
            Arrays.sort(volgorde, (a, b) -> {
                int c = Double.compare(eerste.zacht(i, b) - prijs[t[b]] * personen, eerste.zacht(i, a) - prijs[t[a]] * personen);
                return c != 0 ? c : Integer.compare(a, b);
            });
            for (int q = 0; q < Math.min(PlanSearch.KANDIDATEN, t.length); q++) {
                kandidaten.add(volgorde[q]);
            }
            int[] ks = kandidaten.stream().mapToInt(Integer::intValue).toArray();
            double[][] w = new double[plannen.size()][ks.length];
            double[] totaal = new double[ks.length];
            for (int s = 0; s < plannen.size(); s++) {
                for (int c = 0; c < ks.length; c++) {
                    long v = plannen.get(s).waarde(i, ks[c], STRAF);
                    w[s][c] = v == Long.MIN_VALUE ? -(double) STRAF * personen : v;
                    totaal[c] += w[s][c];
                }
            }
            Map<String, Double> waarden = new LinkedHashMap<>();
            int beste = 0;
            for (int c = 0; c < ks.length; c++) {
                waarden.put(bestemmingen.get(t[ks[c]]).code(), totaal[c] / plannen.size());
                if (totaal[c] > totaal[beste]) {
                    beste = c;
                }
            }
            // what knowing which sample comes true would gain this household's choice: per sample its best candidate
            // there less the candidate best on average, averaged (0 when every sample agrees with the average)
            double spijt = 0;
            for (double[] ws : w) {
                double max = Arrays.stream(ws).max().orElse(0);
                spijt += max - ws[beste];
            }
            String id = basis.getEenheden().get(e).getId();
            out.put(id, waarden);
            informatie.put(id, spijt / plannen.size());
        }
        return out;
    }

    /**
     * The plan of whole households the core's plan search makes of the relaxation, from either start, the better
     * one (more persons placed, then higher soft score; ties to the relaxation's start), then {@code herbouwRondes}
     * rounds of ruin and recreate per household of the sample (0: none).
     */
    static PlanSearch plan(Relaxation r, long seed, long herbouwRondes) {
        PlanSearch beste = null;
        // the two starts side by side (independent searches), compared in their fixed order
        List<PlanSearch> zoeken = PlanSearch.Start.EIGEN.parallelStream().map(start -> {
            PlanSearch zoek = new PlanSearch(r, start);
            zoek.run(seed, PLAN_PASSES, () -> false);
            return zoek;
        }).toList();
        for (PlanSearch zoek : zoeken) {
            if (beste == null || zoek.medium() > beste.medium()
                    || (zoek.medium() == beste.medium() && zoek.zacht() > beste.zacht())) {
                beste = zoek;
            }
        }
        if (herbouwRondes > 0) {
            beste.herbouw(seed, herbouwRondes * r.model().huishoudens(), () -> false);
        }
        return beste;
    }

    static long mix(long seed, int batch, int steekproef) {
        long z = seed * 0x9E3779B97F4A7C15L + batch * 0xBF58476D1CE4E5B9L + steekproef * 0x94D049BB133111EBL + 0x5851F42D4C957F2DL;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
