package nl.kansrijk.simulate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import nl.kansrijk.explain.Schaarste;
import nl.kansrijk.model.Bestemming;
import nl.kansrijk.model.Huishouden;
import nl.kansrijk.model.Koppelplan;
import nl.kansrijk.model.Plaatsingseenheid;
import nl.kansrijk.relaxation.PriceAuction;
import nl.kansrijk.relaxation.Relaxation;
import nl.kansrijk.relaxation.TransportModel;
import nl.kansrijk.solve.PlanContext;

/**
 * Estimates the scarcity of every gemeente's remaining room (prijsschatter): for each of several sampled futures,
 * the relaxation ({@link Relaxation}, the optimal core's price auction) of today's queue plus the sampled later
 * arrivals over the room left after every koppeling so far, and per gemeente the mean of its shadow price over
 * the samples (ε and bid cap: {@link #EPSILON}, {@link #BIEDINGEN_PER_PERSOON}). Later arrivals come from a {@link Verwachting}; drawn nareizigers are bound to their family's
 * gemeente, as real ones are. The draws depend only on the seed, the batch number and the sample's number.
 * Stateless and thread-safe.
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

    private Prijsschatter() {
    }

    /**
     * The scarcity prices for linking {@code wachtrij} (households to link today) in the given state.
     *
     * @param steekproeven sampled futures to average over (at least 1)
     */
    public static Schaarste schat(SimulatieStand stand, List<Huishouden> wachtrij, Verwachting verwachting,
            int steekproeven) {
        if (steekproeven < 1) {
            throw new IllegalArgumentException("steekproeven moet minstens 1 zijn, is " + steekproeven);
        }
        PlanContext ctx = PlanContext.of(stand.probleemMet(wachtrij), stand.config());
        Koppelplan basis = ctx.nieuwPlan();
        List<Plaatsingseenheid> pool = new ArrayList<>();
        for (Huishouden h : verwachting.pool(stand)) {
            pool.add(ctx.eenheid(h.metGekoppeldGemeente(null)));
        }
        long aantal = pool.isEmpty() ? 0 : verwachting.aantal(stand);
        int n = (int) Math.min(Integer.MAX_VALUE - basis.getEenheden().size(), Math.max(0, aantal));
        int rondes = n == 0 ? 1 : steekproeven;
        List<Bestemming> bestemmingen = ctx.bestemmingen();
        double[] som = new double[bestemmingen.size()];
        int[] keer = new int[bestemmingen.size()];
        for (int s = 0; s < rondes; s++) {
            List<Plaatsingseenheid> eenheden = new ArrayList<>(basis.getEenheden().size() + n);
            eenheden.addAll(basis.getEenheden());
            SplittableRandom rng = new SplittableRandom(mix(stand.config().seed(), stand.batchNummer(), s));
            for (int i = 0; i < n; i++) {
                Plaatsingseenheid p = pool.get(rng.nextInt(pool.size()));
                eenheden.add(new Plaatsingseenheid(p.getHuishouden(), p.getProfiel(), p.getToegestaan(), false, null));
            }
            Koppelplan plan = new Koppelplan(bestemmingen, eenheden, basis.getGewichten());
            TransportModel model = new TransportModel(plan, stand.config().gewichten());
            Relaxation r = new PriceAuction(EPSILON, BIEDINGEN_PER_PERSOON * Math.max(1L, model.totaalPersonen())).solve(model);
            for (Bestemming b : bestemmingen) {
                double p = r.prijs(b.index());
                if (p != Double.POSITIVE_INFINITY) {
                    som[b.index()] += Math.max(0.0, p);
                    keer[b.index()]++;
                }
            }
        }
        Map<String, Double> prijs = new LinkedHashMap<>();
        for (Bestemming b : bestemmingen) {
            if (keer[b.index()] > 0) {
                prijs.put(b.code(), som[b.index()] / keer[b.index()]);
            }
        }
        return new Schaarste(prijs, rondes, n);
    }

    static long mix(long seed, int batch, int steekproef) {
        long z = seed * 0x9E3779B97F4A7C15L + batch * 0xBF58476D1CE4E5B9L + steekproef * 0x94D049BB133111EBL + 0x5851F42D4C957F2DL;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
