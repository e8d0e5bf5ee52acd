package nl.kansrijk.benchmarks.exact;

import nl.kansrijk.model.Bestemming;
import nl.kansrijk.model.Koppelplan;
import nl.kansrijk.model.Plaatsingseenheid;
import nl.kansrijk.relaxation.KnapsackRelaxatie;
import nl.kansrijk.relaxation.Relaxation;
import nl.kansrijk.relaxation.TransportModel;
import nl.kansrijk.rules.Bijdragen;
import nl.kansrijk.rules.Gewichten;
import nl.kansrijk.rules.Regel;
import nl.kansrijk.solve.PlanContext;

/**
 * A proven upper bound on the soft score of every plan that is at least as tight as the LP relaxation: the
 * Lagrangian dual of the engine's integer program with the "each household at most once" constraints relaxed
 * (multipliers μ_h) instead of the capacities. What is left falls apart per gemeente into a 0/1 knapsack of
 * whole households (weights: persons; values: soft score − μ_h; capacity: the room left after pinned households
 * and nareizigers; {@code balans} as its exact convex cost of the load), solved exactly by dynamic programming:
 *
 * <pre>  B(μ) = constant + Σ_h μ_h + Σ_g max { Σ_{h∈S} (soft[h,g] − μ_h) − balans_g(Σ_{h∈S} persons_h) : S fits in g }</pre>
 *
 * Because a knapsack cannot split a household, B sees what the LP cannot (a gemeente with 3 places cannot take a
 * household of 4, nor two of 2); min over μ ≤ the LP. Every μ gives a valid bound (weak duality), so the
 * subgradient steps that choose μ — started from the engine's relaxation prices per gemeente (μ_h = the household's
 * best score minus price × persons, so the start is at most the LP dual of those prices) — only decide how tight
 * it is, never whether it holds. The dual itself is the core's {@link KnapsackRelaxatie} (which the engine also
 * uses to build plans, as a Lagrangian heuristic), so its validity is checked independently in ExactModelTest:
 * against SCIP's proven optima and against every plan of a small instance, enumerated and scored by the rules
 * ({@link LpGrens} builds its own LP independently). Coefficients come from the core's {@link TransportModel}
 * (itself from {@link Bijdragen}); nareizigers whose family gemeente is allowed are fixed there (the
 * voorrang rule), pinned households at their gemeente. As in {@link LpGrens} a household may stay unplaced at
 * 10⁷ per person (μ_h ≥ −10⁷·persons), so the bound is that of every plan that places everybody; a plan leaving U
 * persons unplaced is bounded by it plus 10⁷·U.
 *
 * @param waarde the bound on soft − 10⁷ × unplaced persons (with the constant of pinned households and nareizigers)
 * @param lpWaarde the same for the capacity Lagrangian at the starting prices (an LP-strength bound), for comparison
 * @param stappen subgradient steps taken
 * @param seconden time taken
 */
public record KnapsackGrens(double waarde, double lpWaarde, int stappen, double seconden) {

    /** The bound on the soft score of every plan that places everybody. */
    public long zacht() {
        return grens(0);
    }

    /** The bound on the soft score of every plan that leaves at most {@code ongeplaatstePersonen} persons unplaced. */
    public long grens(long ongeplaatstePersonen) {
        return (long) Math.floor(waarde + STRAF * ongeplaatstePersonen + 1e-3);
    }

    /** The price of an unplaced person in the relaxed problem (as in {@link LpGrens}). */
    private static final double STRAF = 1e7;

    /**
     * Computes the bound for the problem under its configuration (groepsgelijkheid must be off).
     *
     * @param stappen subgradient steps on μ (each solves one knapsack per gemeente)
     * @param ondergrens the soft score of a known plan: steers the step size, does not affect validity
     * @param stop wall-clock limit in milliseconds for the steps (the bound so far is returned)
     */
    public static KnapsackGrens van(PlanContext ctx, int stappen, long ondergrens, long stop) {
        Gewichten w = ctx.config().gewichten();
        if (w.get(Regel.GROEPSGELIJKHEID) != 0) {
            throw new IllegalArgumentException("the bound covers the per-household rules and balans only");
        }
        long t0 = System.nanoTime();
        Koppelplan plan = ctx.nieuwPlan();
        TransportModel m = new TransportModel(plan, w);
        double vast = 0; // soft score of the pinned households and nareizigers, which the model does not decide
        for (Plaatsingseenheid p : plan.getEenheden()) {
            Bestemming b = TransportModel.vasteBestemming(p);
            if (b != null) {
                vast += Bijdragen.zacht(p, b, w);
            }
        }
        // start: the engine's relaxation prices per gemeente (the LP's capacity duals, up to the auction's ε)
        Relaxation start = Relaxation.of(m);
        double lp = Relaxation.duaal(m, start.prijzen(), STRAF);
        KnapsackRelaxatie ks = new KnapsackRelaxatie(m, start);
        long deadline = t0 + stop * 1_000_000L;
        ks.los(stappen, ondergrens - vast, 1, null, () -> System.nanoTime() >= deadline);
        return new KnapsackGrens(vast + Math.min(ks.grens(), lp), vast + lp, ks.stappen(), (System.nanoTime() - t0) / 1e9);
    }
}
