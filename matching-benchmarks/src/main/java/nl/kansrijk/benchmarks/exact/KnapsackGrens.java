package nl.kansrijk.benchmarks.exact;

import java.util.Arrays;

import nl.kansrijk.model.Bestemming;
import nl.kansrijk.model.Koppelplan;
import nl.kansrijk.model.Plaatsingseenheid;
import nl.kansrijk.relaxation.Relaxation;
import nl.kansrijk.relaxation.TransportModel;
import nl.kansrijk.rules.Bijdragen;
import nl.kansrijk.rules.Gewichten;
import nl.kansrijk.rules.Regel;
import nl.kansrijk.rules.Regels;
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
 * it is, never whether it holds. Coefficients come from the core's {@link TransportModel} (itself from
 * {@link Bijdragen} and {@link Regels}; {@link LpGrens} builds its own LP independently); nareizigers whose family gemeente is allowed are fixed there (the
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
        Data d = new Data(ctx.nieuwPlan(), w);
        // start: the engine's relaxation prices per gemeente (the LP's capacity duals, up to the auction's ε)
        double[] lambda = Relaxation.of(d.m).prijzen();
        for (int g = 0; g < lambda.length; g++) {
            if (!Double.isFinite(lambda[g]) || lambda[g] < 0) {
                lambda[g] = Double.isNaN(lambda[g]) || lambda[g] < 0 ? 0 : 1e9; // a gemeente without room
            }
        }
        double lp = d.capaciteitsGrens(lambda);
        double[] mu = new double[d.n];
        for (int i = 0; i < d.n; i++) {
            double best = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < d.toegestaan[i].length; k++) {
                best = Math.max(best, d.zacht[i][k] - lambda[d.toegestaan[i][k]] * d.personen[i]);
            }
            mu[i] = Math.max(best, -STRAF * d.personen[i]);
        }
        double doel = ondergrens - d.constant;
        double beste = Double.POSITIVE_INFINITY;
        int[] aantal = new int[d.n];
        double[] sub = new double[d.n];
        double theta = 1.0;
        int geduld = 30; // steps without a better bound before the step size halves
        int zonder = 0;
        int stap = 0;
        long deadline = t0 + stop * 1_000_000L;
        Knapsack ks = new Knapsack(d);
        for (; stap < stappen && System.nanoTime() < deadline; stap++) {
            Arrays.fill(aantal, 0);
            double waarde = 0;
            for (int i = 0; i < d.n; i++) {
                waarde += mu[i];
            }
            for (int g = 0; g < d.nG; g++) {
                waarde += ks.los(g, mu, aantal);
            }
            if (waarde < beste - 1e-6) {
                beste = waarde;
                zonder = 0;
            } else if (++zonder >= geduld) {
                theta /= 2;
                zonder = 0;
            }
            double norm = 0;
            for (int i = 0; i < d.n; i++) {
                sub[i] = 1 - aantal[i];
                if (mu[i] <= -STRAF * d.personen[i] && sub[i] > 0) {
                    sub[i] = 0; // projected: μ stays at its floor (leaving the household unplaced)
                }
                norm += sub[i] * sub[i];
            }
            if (norm == 0 || theta < 1e-4) {
                stap++;
                break; // the relaxed optimum is a plan (the bound is exact), or the steps no longer move
            }
            double t = theta * Math.max(1.0, waarde - doel) / norm;
            for (int i = 0; i < d.n; i++) {
                mu[i] = Math.max(-STRAF * d.personen[i], mu[i] - t * sub[i]);
            }
        }
        return new KnapsackGrens(d.constant + Math.min(beste, lp), d.constant + lp, stap, (System.nanoTime() - t0) / 1e9);
    }

    /**
     * The problem's coefficients: the core's {@link TransportModel} (the free households, their soft score per
     * allowed gemeente and the room left after the fixed ones, all from {@link Bijdragen} and {@link Regels}), with
     * balans as a cumulative cost per load and, per gemeente, the households allowed there.
     */
    private static final class Data {
        final TransportModel m;
        final int nG;
        final int n;
        final int[] personen;
        final int[][] toegestaan;
        final long[][] zacht;
        final int[] ruimte;
        /** Per gemeente: cumulative balans cost of the first k free persons, k = 0..ruimte. */
        final long[][] kosten;
        /** Per gemeente: the free households allowed there and their position in their allowed list. */
        final int[][] huishoudensVan;
        final int[][] positieVan;
        /** Soft score of the fixed households and balans of the gemeenten without free persons. */
        final double constant;

        Data(Koppelplan plan, Gewichten w) {
            m = new TransportModel(plan, w);
            nG = m.gemeenten();
            n = m.huishoudens();
            double c = 0;
            for (Plaatsingseenheid p : plan.getEenheden()) {
                Bestemming vast = TransportModel.vasteBestemming(p);
                if (vast != null) {
                    c += Bijdragen.zacht(p, vast, w);
                }
            }
            personen = new int[n];
            toegestaan = new int[n][];
            zacht = new long[n][];
            int[] telling = new int[nG];
            for (int i = 0; i < n; i++) {
                personen[i] = m.personen(i);
                toegestaan[i] = m.toegestaan(i);
                zacht[i] = new long[toegestaan[i].length];
                for (int k = 0; k < toegestaan[i].length; k++) {
                    zacht[i][k] = m.zacht(i, k);
                    telling[toegestaan[i][k]]++;
                }
            }
            ruimte = new int[nG];
            kosten = new long[nG][];
            for (int g = 0; g < nG; g++) {
                ruimte[g] = m.ruimte(g);
                c += m.balans(g, 0);
                kosten[g] = new long[ruimte[g] + 1];
                for (int k = 1; k <= ruimte[g]; k++) {
                    kosten[g][k] = m.balans(g, 0) - m.balans(g, k);
                }
            }
            constant = c;
            huishoudensVan = new int[nG][];
            positieVan = new int[nG][];
            for (int g = 0; g < nG; g++) {
                huishoudensVan[g] = new int[telling[g]];
                positieVan[g] = new int[telling[g]];
            }
            Arrays.fill(telling, 0);
            for (int i = 0; i < n; i++) {
                for (int k = 0; k < toegestaan[i].length; k++) {
                    int g = toegestaan[i][k];
                    huishoudensVan[g][telling[g]] = i;
                    positieVan[g][telling[g]++] = k;
                }
            }
        }

        /** The capacity Lagrangian: Σ_g max_w (λ_g·w − balans_g(w)) + Σ_h max(−STRAF·persons, max_g soft − λ_g·persons). */
        double capaciteitsGrens(double[] lambda) {
            double v = 0;
            for (int g = 0; g < nG; g++) {
                int w = besteLast(g, lambda[g]);
                v += w * lambda[g] - kosten[g][w];
            }
            for (int i = 0; i < n; i++) {
                double best = -STRAF * personen[i];
                for (int k = 0; k < toegestaan[i].length; k++) {
                    best = Math.max(best, zacht[i][k] - lambda[toegestaan[i][k]] * personen[i]);
                }
                v += best;
            }
            return v;
        }

        private int besteLast(int g, double lambda) {
            int best = 0;
            double v = 0;
            for (int k = 1; k <= ruimte[g]; k++) {
                double x = lambda * k - kosten[g][k];
                if (x > v) {
                    v = x;
                    best = k;
                }
            }
            return best;
        }
    }

    /** Exact 0/1 knapsack of whole households per gemeente, with the balans cost of the load. */
    private static final class Knapsack {
        private final Data d;
        private double[] dp = new double[0];
        private boolean[] neem = new boolean[0];
        private int[] items = new int[0];
        private double[] waarden = new double[0];

        Knapsack(Data d) {
            this.d = d;
        }

        /** The best value of gemeente g under μ; counts every household it takes in {@code aantal}. */
        double los(int g, double[] mu, int[] aantal) {
            int r = d.ruimte[g];
            int[] hs = d.huishoudensVan[g];
            int m = 0;
            if (items.length < hs.length) {
                items = new int[hs.length];
                waarden = new double[hs.length];
            }
            long gewicht = 0;
            for (int q = 0; q < hs.length; q++) {
                int i = hs[q];
                double v = d.zacht[i][d.positieVan[g][q]] - mu[i];
                if (v > 0 && d.personen[i] <= r) { // balans costs are ≥ 0: a household of value ≤ 0 never helps
                    items[m] = i;
                    waarden[m++] = v;
                    gewicht += d.personen[i];
                }
            }
            if (m == 0) {
                return 0;
            }
            int cap = (int) Math.min(r, gewicht);
            if (dp.length < cap + 1) {
                dp = new double[cap + 1];
            }
            if (neem.length < (long) m * (cap + 1)) {
                neem = new boolean[(int) Math.max((long) m * (cap + 1), 2L * neem.length)];
            }
            Arrays.fill(dp, 0, cap + 1, Double.NEGATIVE_INFINITY);
            dp[0] = 0;
            for (int j = 0; j < m; j++) {
                int p = d.personen[items[j]];
                double v = waarden[j];
                int basis = j * (cap + 1);
                Arrays.fill(neem, basis, basis + cap + 1, false);
                for (int x = cap; x >= p; x--) {
                    double kand = dp[x - p] + v;
                    if (kand > dp[x]) {
                        dp[x] = kand;
                        neem[basis + x] = true;
                    }
                }
            }
            int beste = 0;
            double besteWaarde = 0;
            for (int x = 1; x <= cap; x++) {
                double v = dp[x] - d.kosten[g][x];
                if (v > besteWaarde) {
                    besteWaarde = v;
                    beste = x;
                }
            }
            for (int j = m - 1, x = beste; j >= 0 && x > 0; j--) {
                if (neem[j * (cap + 1) + x]) {
                    aantal[items[j]]++;
                    x -= d.personen[items[j]];
                }
            }
            return besteWaarde;
        }
    }
}
