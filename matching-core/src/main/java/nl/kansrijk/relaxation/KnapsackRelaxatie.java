package nl.kansrijk.relaxation;

import java.util.Arrays;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The knapsack relaxation of a {@link TransportModel}: the Lagrangian dual of the integer program with the "each
 * household at most once" constraints relaxed (a multiplier μ_h per household) instead of the capacities. What is
 * left falls apart per gemeente into a 0/1 knapsack of whole households (weights: persons; values: soft score − μ_h;
 * capacity: the gemeente's room; {@code balans} as its exact convex cost of the load), solved exactly by dynamic
 * programming:
 *
 * <pre>  B(μ) = Σ_g balans_g(0) + Σ_h μ_h + Σ_g max { Σ_{h∈S} (soft[h,g] − μ_h) − cost_g(Σ_{h∈S} persons_h) : S fits in g }</pre>
 *
 * Because a knapsack cannot split a household, B sees what the price relaxation cannot (a gemeente with 3 places
 * cannot take a household of 4, nor two of 2), so its minimum over μ is at most the LP's; every μ gives a valid
 * bound (weak duality), so the subgradient steps that choose μ, started from a {@link Relaxation}'s prices, only
 * decide how tight it is. A household may stay unplaced at a penalty M per person (μ_h ≥ −M·persons), so B bounds
 * soft − M·u over every plan with u persons unplaced: with M = {@link PriceAuction#ONGEPLAATST} (the default) that of
 * every plan that places everybody; with a finite M, for a plan leaving at most U unplaced, soft ≤ B + M·U (the
 * Lagrangian relaxation of "at most U unplaced" that {@link Strafgrens} takes over prices, here over whole
 * households).
 *
 * <p>Each step's knapsacks also say where each household would go at those multipliers: a Lagrangian heuristic
 * turns these selections into plans ({@link PlanSearch} from a given start), which is what finds good plans where
 * quotas are a few places per gemeente and the price relaxation splits many households. Not thread-safe (one
 * instance per solve); the model is only read.
 */
public final class KnapsackRelaxatie {

    private final TransportModel m;
    private final int n;
    private final int nG;
    /** Per gemeente: cost of the first k free persons' balans (k = 0..room), ≥ 0. */
    private final long[][] kosten;
    /** Per gemeente: the free households allowed there and the gemeente's position in their allowed list. */
    private final int[][] huishoudensVan;
    private final int[][] positieVan;
    private final double constant;
    /** The penalty M per unplaced person: μ_h ≥ −M·persons_h. */
    private final double straf;
    private final double[] mu;
    /** The multipliers of the best bound so far. */
    private final double[] besteMu;
    private double beste = Double.POSITIVE_INFINITY;
    private int stappen;

    // work arrays of the dynamic programme
    private double[] dp = new double[0];
    private boolean[] neem = new boolean[0];
    private int[] items = new int[0];
    private int[] posities = new int[0];
    private double[] waarden = new double[0];

    /** Prepares the relaxation, with μ_h the household's best score minus the start's price × persons. */
    public KnapsackRelaxatie(TransportModel model, Relaxation start) {
        this(model, start, PriceAuction.ONGEPLAATST);
    }

    /**
     * As {@link #KnapsackRelaxatie(TransportModel, Relaxation)} with a penalty {@code straf} per unplaced person
     * instead of {@link PriceAuction#ONGEPLAATST}; the start is best the price relaxation at the same penalty.
     */
    public KnapsackRelaxatie(TransportModel model, Relaxation start, double straf) {
        this.m = model;
        this.straf = straf;
        this.n = model.huishoudens();
        this.nG = model.gemeenten();
        double c = 0;
        kosten = new long[nG][];
        for (int g = 0; g < nG; g++) {
            c += m.balans(g, 0);
            kosten[g] = new long[m.ruimte(g) + 1];
            for (int k = 1; k <= m.ruimte(g); k++) {
                kosten[g][k] = m.balans(g, 0) - m.balans(g, k);
            }
        }
        constant = c;
        int[] telling = new int[nG];
        for (int i = 0; i < n; i++) {
            for (int g : m.toegestaan(i)) {
                telling[g]++;
            }
        }
        huishoudensVan = new int[nG][];
        positieVan = new int[nG][];
        for (int g = 0; g < nG; g++) {
            huishoudensVan[g] = new int[telling[g]];
            positieVan[g] = new int[telling[g]];
        }
        Arrays.fill(telling, 0);
        for (int i = 0; i < n; i++) {
            int[] t = m.toegestaan(i);
            for (int k = 0; k < t.length; k++) {
                int g = t[k];
                huishoudensVan[g][telling[g]] = i;
                positieVan[g][telling[g]++] = k;
            }
        }
        mu = new double[n];
        for (int i = 0; i < n; i++) {
            double b = Double.NEGATIVE_INFINITY;
            int[] t = m.toegestaan(i);
            for (int k = 0; k < t.length; k++) {
                double p = start.prijs(t[k]);
                if (!Double.isFinite(p) || p < 0) {
                    p = Double.isNaN(p) || p < 0 ? 0 : 1e9; // a gemeente without room
                }
                b = Math.max(b, m.zacht(i, k) - p * m.personen(i));
            }
            mu[i] = Math.max(b, -straf * m.personen(i));
        }
        besteMu = mu.clone();
    }

    /** Work of one step at most: Σ over gemeenten of the households allowed there × its room (cells of the DP). */
    public long werkPerStap() {
        long w = 0;
        for (int g = 0; g < nG; g++) {
            w += (long) huishoudensVan[g].length * m.ruimte(g);
        }
        return w;
    }

    /**
     * Takes up to {@code maxStappen} subgradient steps (step size θ·(B − doel)/‖g‖², θ from 1, halved after {@link #geduld}
     * steps without a better bound; it ends when θ < 10⁻⁴, when the relaxed optimum is a plan, or when {@code stop} says
     * so). After every {@code elke}-th step, and after the last step taken, {@code selectie} gets, per household, the
     * position in its allowed list of the gemeente whose knapsack last took it, or −1 (the array is reused; copy it
     * to keep it).
     *
     * @param doel the soft score of a known plan (plus balans): steers the step size, never the validity
     */
    public void los(int maxStappen, double doel, int elke, Consumer<int[]> selectie, BooleanSupplier stop) {
        int[] aantal = new int[n];
        int[] gekozen = new int[n];
        double[] sub = new double[n];
        boolean geleverd = true; // whether the last step's selection went to the consumer already
        double theta = 1.0;
        int geduld = geduld(maxStappen);
        int zonder = 0;
        for (int s = 0; s < maxStappen; s++) {
            if (stop.getAsBoolean()) {
                break;
            }
            Arrays.fill(aantal, 0);
            Arrays.fill(gekozen, -1);
            double waarde = constant;
            for (int i = 0; i < n; i++) {
                waarde += mu[i];
            }
            for (int g = 0; g < nG; g++) {
                waarde += knapsack(g, mu, aantal, gekozen, null);
            }
            stappen++;
            geleverd = stappen % elke == 0;
            if (selectie != null && geleverd) {
                selectie.accept(gekozen);
            }
            if (waarde < beste - 1e-6) {
                beste = waarde;
                System.arraycopy(mu, 0, besteMu, 0, n);
                zonder = 0;
            } else if (++zonder >= geduld) {
                theta /= 2;
                zonder = 0;
            }
            double norm = 0;
            for (int i = 0; i < n; i++) {
                sub[i] = 1 - aantal[i];
                if (mu[i] <= -straf * m.personen(i) && sub[i] > 0) {
                    sub[i] = 0; // projected: μ stays at its floor (leaving the household unplaced)
                }
                norm += sub[i] * sub[i];
            }
            if (norm == 0 || theta < 1e-4) {
                break; // the relaxed optimum is a plan (the bound is exact), or the steps no longer move
            }
            double t = theta * Math.max(1.0, waarde - doel) / norm;
            for (int i = 0; i < n; i++) {
                mu[i] = Math.max(-straf * m.personen(i), mu[i] - t * sub[i]);
            }
        }
        if (selectie != null && !geleverd) {
            selectie.accept(gekozen); // the last step's selection, when it was not an elke-th one
        }
    }

    /**
     * The best bound so far on the free households' soft score plus balans minus the penalty ({@link #straf()}) per
     * unplaced person, over every plan; +∞ before the first step.
     */
    public double grens() {
        return beste;
    }

    /** The penalty per unplaced person this relaxation bounds with. */
    public double straf() {
        return straf;
    }

    /**
     * Steps without a better bound before θ halves: {@code maxStappen} / 50, between 30 and 100. Patience pays where
     * many steps fit (measured on the generated 500, 5,000 steps: 100 gives a bound 0.05 % tighter than 30, 841,556
     * against 841,982 at the default weights, and 960,394 against 960,619 at {@code balans} 0, where SCIP's proven
     * optimum is 960,196); where few steps fit, θ must fall sooner.
     */
    static int geduld(int maxStappen) {
        return Math.max(30, Math.min(100, maxStappen / 50));
    }

    /**
     * The knapsacks at the multipliers of the best bound so far (the start's before the first step): each gemeente's
     * value and the households it takes, to guide ruin and recreate ({@link PlanSearch#herbouw(long, long, KnapsackGids,
     * BooleanSupplier)}).
     */
    public KnapsackGids gids() {
        int[] aantal = new int[n];
        int[] gekozen = new int[n];
        double[] waarde = new double[nG];
        int[][] gewenst = new int[nG][];
        int[][] pos = new int[nG][];
        int[] genomen = new int[n];
        int[] genomenPositie = new int[n];
        for (int g = 0; g < nG; g++) {
            int[] uit = {0};
            waarde[g] = knapsack(g, besteMu, aantal, gekozen, (i, k) -> {
                genomen[uit[0]] = i;
                genomenPositie[uit[0]++] = k;
            });
            gewenst[g] = Arrays.copyOf(genomen, uit[0]);
            pos[g] = Arrays.copyOf(genomenPositie, uit[0]);
        }
        return new KnapsackGids(besteMu.clone(), waarde, gewenst, pos);
    }

    /** Subgradient steps taken so far. */
    public int stappen() {
        return stappen;
    }

    /** Receives a household a knapsack takes and the gemeente's position in its allowed list. */
    private interface Opname {
        void neem(int huishouden, int positie);
    }

    /** The best value of gemeente g's knapsack under μ; counts every household it takes (and tells {@code opname}). */
    private double knapsack(int g, double[] mu, int[] aantal, int[] gekozen, Opname opname) {
        int r = m.ruimte(g);
        int[] hs = huishoudensVan[g];
        if (items.length < hs.length) {
            items = new int[hs.length];
            posities = new int[hs.length];
            waarden = new double[hs.length];
        }
        int k = 0;
        long gewicht = 0;
        for (int q = 0; q < hs.length; q++) {
            int i = hs[q];
            double v = m.zacht(i, positieVan[g][q]) - mu[i];
            if (v > 0 && m.personen(i) <= r) { // balans costs are ≥ 0: a household of value ≤ 0 never helps
                items[k] = i;
                posities[k] = positieVan[g][q];
                waarden[k++] = v;
                gewicht += m.personen(i);
            }
        }
        if (k == 0) {
            return 0;
        }
        int cap = (int) Math.min(r, gewicht);
        if (dp.length < cap + 1) {
            dp = new double[cap + 1];
        }
        if (neem.length < (long) k * (cap + 1)) {
            neem = new boolean[(int) Math.max((long) k * (cap + 1), 2L * neem.length)];
        }
        Arrays.fill(dp, 0, cap + 1, Double.NEGATIVE_INFINITY);
        dp[0] = 0;
        for (int j = 0; j < k; j++) {
            int p = m.personen(items[j]);
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
        int besteLast = 0;
        double besteWaarde = 0;
        for (int x = 1; x <= cap; x++) {
            double v = dp[x] - kosten[g][x];
            if (v > besteWaarde) {
                besteWaarde = v;
                besteLast = x;
            }
        }
        for (int j = k - 1, x = besteLast; j >= 0 && x > 0; j--) {
            if (neem[j * (cap + 1) + x]) {
                aantal[items[j]]++;
                gekozen[items[j]] = posities[j];
                if (opname != null) {
                    opname.neem(items[j], posities[j]);
                }
                x -= m.personen(items[j]);
            }
        }
        return besteWaarde;
    }
}
