package nl.kansrijk.relaxation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The proven bound on the soft score of plans that leave at most U persons unplaced, when some must be: the
 * Lagrangian relaxation of "at most U unplaced" with a penalty M per unplaced person. For every M ≥ 0 and any
 * prices, a plan with u ≤ U unplaced persons has soft − M·u ≤ D(ρ_M, M), so soft ≤ D(ρ_M, M) + M·U; the bound is
 * the least of these over the penalties tried. The lexicographic penalty ({@link PriceAuction#ONGEPLAATST}) alone
 * is useless as soon as the relaxation's unplaced persons differ from the plan's (the bound then jumped by 10⁷ per
 * person and fell back to the penalty-free dual at prices that were set for placing everybody: 11–82 % where the
 * truth was 98–100 %); a penalty near the soft value of the marginal person gives the tight one. Besides the price
 * relaxation's duals D(ρ_M, M), it holds the {@link KnapsackRelaxatie}'s at one penalty: the same Lagrangian
 * relaxation over whole households, which sees that a gemeente with 3 places cannot take a household of 4 (on the
 * whole country with 4,000 households it is 0.09 % tighter than the prices' bound, see docs/benchmarks.md).
 *
 * <p>Immutable; {@link #verfijnd} returns a new one with more penalties tried.
 */
public final class Strafgrens {

    /**
     * The penalties tried, most useful first (near the soft value of a marginal person, a few hundred to a few
     * thousand points, where the bound for a handful of unplaced persons is found), so that a grid cut short by the
     * time limit still has the ones that count.
     */
    static final double[] ROOSTER = {1_000, 300, 3_000, 100, 10_000, 30, 30_000, 10, 0, 100_000, 300_000, 1_000_000};
    /** Caps on the lexicographic relaxation's prices tried per penalty, as multiples of it (∞: uncapped). */
    static final double[] PLAFONDS = {0.25, 0.5, 1, 2, Double.POSITIVE_INFINITY};
    /** Auctions of the refinement around the best penalty for a given U. */
    static final int VERFIJNING = 8;
    /** Grid points solved before the knapsack relaxation runs (its penalty is chosen from these). */
    static final int VOOR_KNAPSACK = 3;
    /**
     * Subgradient steps of the knapsack relaxation at most: on the whole country with 4,000 households, 100 steps
     * give 88 % of the tightening 400 do (docs/benchmarks.md).
     */
    public static final int KNAPSACK_STAPPEN = 400;
    /**
     * Where nothing but {@code stop} ends the work (a solve without a time limit), the knapsack steps are also held
     * to this many cells of dynamic programming in all (on the whole country with 4,000 households about 75 steps),
     * so that such a solve stays quick and repeatable.
     */
    static final long KNAPSACK_WERK = 2_000_000_000L;

    private final TransportModel model;
    /** The lexicographic relaxation's prices, capped per penalty at no cost ({@code null}: none). */
    private final double[] basisPrijzen;
    /**
     * Penalty M, the dual value at that penalty, and 1 where that value is the knapsack relaxation's (0: the
     * auction's D(ρ_M, M)).
     */
    private final List<double[]> punten;

    private Strafgrens(TransportModel model, double[] basisPrijzen, List<double[]> punten) {
        this.model = model;
        this.basisPrijzen = basisPrijzen;
        this.punten = List.copyOf(punten);
    }

    /**
     * The bound from the lexicographic relaxation's prices alone: capped at a few multiples of each penalty (every
     * capped price vector is a valid dual too; prices set for placing everybody only cost where a finite penalty
     * lets persons go unplaced). No auction: cheap at any size.
     */
    public static Strafgrens van(Relaxation basis) {
        return new Strafgrens(basis.model(), basis.prijzen(), List.of());
    }

    /**
     * Solves the auction at each penalty of the grid until {@code stop} says so (the bound holds with whatever was
     * tried), and after the first {@link #VOOR_KNAPSACK} of them the knapsack relaxation at the one of these best for
     * the persons their relaxations leave unplaced ({@link #KNAPSACK_STAPPEN} steps at most; with
     * {@code werkBegrensd}, for a solve that nothing but {@code stop} ends, also at most {@link #KNAPSACK_WERK} cells
     * in all); {@link #metBasis} adds the capped prices of the lexicographic relaxation.
     */
    public static Strafgrens van(TransportModel model, BooleanSupplier stop, boolean werkBegrensd) {
        return van(model, stop, KNAPSACK_STAPPEN, werkBegrensd ? KNAPSACK_WERK : Long.MAX_VALUE);
    }

    /**
     * As {@link #van(TransportModel, BooleanSupplier, boolean)} with at most {@code maxKnapsackStappen} knapsack steps
     * (0: none) and {@code maxKnapsackWerk} cells.
     */
    static Strafgrens van(TransportModel model, BooleanSupplier stop, int maxKnapsackStappen, long maxKnapsackWerk) {
        Strafgrens s = new Strafgrens(model, null, List.of());
        Relaxation[] eerste = new Relaxation[VOOR_KNAPSACK];
        for (int j = 0; j < ROOSTER.length && !stop.getAsBoolean(); j++) {
            if (j == VOOR_KNAPSACK && maxKnapsackStappen > 0) {
                s = s.metKnapsack(eerste, maxKnapsackStappen, maxKnapsackWerk, stop);
            }
            Relaxation r = PriceAuction.standaard(model, ROOSTER[j]).solve(model);
            if (j < VOOR_KNAPSACK) {
                eerste[j] = r;
            }
            s = s.met(ROOSTER[j], r.duaal());
        }
        return s;
    }

    /**
     * This bound with the knapsack relaxation's at the penalty, of the relaxations {@code eerste}, best for U = the
     * persons the one with the highest penalty leaves unplaced (at least 1: the knapsack at
     * {@link PriceAuction#ONGEPLAATST} already bounds plans that place everybody), started from its prices.
     */
    private Strafgrens metKnapsack(Relaxation[] eerste, int maxStappen, long maxWerk, BooleanSupplier stop) {
        Relaxation hoogste = null;
        for (int j = 0; j < eerste.length; j++) {
            if (hoogste == null || ROOSTER[j] > hoogste.straf()) {
                hoogste = eerste[j];
            }
        }
        long u = Math.max(1, hoogste.ongeplaatstePersonen());
        double straf = besteStraf(u);
        Relaxation start = null;
        for (Relaxation r : eerste) {
            if (r.straf() == straf) {
                start = r;
            }
        }
        KnapsackRelaxatie k = new KnapsackRelaxatie(model, start, straf);
        int stappen = (int) Math.min(maxStappen, maxWerk / Math.max(1, k.werkPerStap()));
        // the step size aims a little below the prices' dual (the knapsack's is at most that); only its speed depends on it
        double doel = start.duaal() - 0.002 * Math.abs(start.duaal());
        k.los(stappen, doel, Integer.MAX_VALUE, null, stop);
        if (!Double.isFinite(k.grens())) {
            return this;
        }
        List<double[]> meer = new ArrayList<>(punten);
        meer.add(new double[] {straf, k.grens(), 1});
        return new Strafgrens(model, basisPrijzen, meer);
    }

    /** This bound with the prices of the lexicographic relaxation {@code basis} (of the same model) capped too. */
    public Strafgrens metBasis(Relaxation basis) {
        return new Strafgrens(model, basis.prijzen(), punten);
    }

    private Strafgrens met(double straf) {
        return met(straf, PriceAuction.standaard(model, straf).solve(model).duaal());
    }

    /** This bound with one more auction's dual value {@code duaal} at penalty {@code straf}. */
    private Strafgrens met(double straf, double duaal) {
        List<double[]> meer = new ArrayList<>(punten);
        meer.add(new double[] {straf, duaal, 0});
        return new Strafgrens(model, basisPrijzen, meer);
    }

    /**
     * The bound on the free households' soft score (plus balans) over every plan leaving at most
     * {@code ongeplaatstePersonen} of their persons unplaced.
     */
    public long bovengrens(long ongeplaatstePersonen) {
        double beste = Double.POSITIVE_INFINITY;
        for (double[] p : punten) {
            beste = Math.min(beste, p[1] + p[0] * ongeplaatstePersonen);
        }
        if (basisPrijzen != null && ongeplaatstePersonen > 0) {
            double[] begrensd = new double[basisPrijzen.length];
            for (double straf : ROOSTER) {
                for (double plafond : PLAFONDS) {
                    double max = Double.isInfinite(plafond) ? plafond : plafond * straf; // never ∞ × 0
                    for (int g = 0; g < begrensd.length; g++) {
                        begrensd[g] = Math.min(basisPrijzen[g], max);
                    }
                    beste = Math.min(beste, Relaxation.duaal(model, begrensd, straf) + straf * ongeplaatstePersonen);
                }
            }
        }
        return Double.isInfinite(beste) ? Long.MAX_VALUE : Relaxation.naarBeneden(beste);
    }

    /**
     * The penalty that gives the bound for U, of the auctions solved (where the refinements search further: they
     * solve auctions, whose duals are compared among themselves).
     */
    public double besteStraf(long ongeplaatstePersonen) {
        double beste = Double.POSITIVE_INFINITY, straf = 1_000;
        for (double[] p : punten) {
            if (p[2] != 0) {
                continue;
            }
            double b = p[1] + p[0] * ongeplaatstePersonen;
            if (b < beste) {
                beste = b;
                straf = p[0];
            }
        }
        return straf;
    }

    /**
     * More penalties around the best one for U (a golden-section search on the penalty between its neighbours in
     * the grid, the bound being convex in it up to the auction's ε), until {@code stop}.
     */
    public Strafgrens verfijnd(long ongeplaatstePersonen, BooleanSupplier stop) {
        double m = besteStraf(ongeplaatstePersonen);
        double lo = m <= 10 ? 0 : m / 3, hi = m == 0 ? 10 : m * 3;
        Strafgrens s = this;
        double phi = (Math.sqrt(5) - 1) / 2;
        double a = hi - phi * (hi - lo), b = lo + phi * (hi - lo);
        if (stop.getAsBoolean()) {
            return s;
        }
        s = s.met(a);
        double fa = s.waarde(a, ongeplaatstePersonen);
        if (stop.getAsBoolean()) {
            return s;
        }
        s = s.met(b);
        double fb = s.waarde(b, ongeplaatstePersonen);
        for (int k = 2; k < VERFIJNING && !stop.getAsBoolean(); k++) {
            if (fa <= fb) {
                hi = b;
                b = a;
                fb = fa;
                a = hi - phi * (hi - lo);
                s = s.met(a);
                fa = s.waarde(a, ongeplaatstePersonen);
            } else {
                lo = a;
                a = b;
                fa = fb;
                b = lo + phi * (hi - lo);
                s = s.met(b);
                fb = s.waarde(b, ongeplaatstePersonen);
            }
        }
        return s;
    }

    private double waarde(double straf, long ongeplaatstePersonen) {
        for (int j = punten.size() - 1; j >= 0; j--) {
            double[] p = punten.get(j);
            if (p[0] == straf && p[2] == 0) {
                return p[1] + straf * ongeplaatstePersonen;
            }
        }
        return Double.POSITIVE_INFINITY;
    }
}
