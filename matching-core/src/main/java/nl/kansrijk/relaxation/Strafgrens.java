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
 * truth was 98–100 %); a penalty near the soft value of the marginal person gives the tight one.
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

    private final TransportModel model;
    /** The lexicographic relaxation's prices, capped per penalty at no cost ({@code null}: none). */
    private final double[] basisPrijzen;
    /** Penalty M and the dual value D(ρ_M, M) of the auction at that penalty, pairwise. */
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
     * tried); {@link #metBasis} adds the capped prices of the lexicographic relaxation.
     */
    public static Strafgrens van(TransportModel model, BooleanSupplier stop) {
        Strafgrens s = new Strafgrens(model, null, List.of());
        for (double m : ROOSTER) {
            if (stop.getAsBoolean()) {
                break;
            }
            s = s.met(m);
        }
        return s;
    }

    /** This bound with the prices of the lexicographic relaxation {@code basis} (of the same model) capped too. */
    public Strafgrens metBasis(Relaxation basis) {
        return new Strafgrens(model, basis.prijzen(), punten);
    }

    private Strafgrens met(double straf) {
        Relaxation r = PriceAuction.standaard(model, straf).solve(model);
        List<double[]> meer = new ArrayList<>(punten);
        meer.add(new double[] {straf, r.duaal()});
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

    /** The penalty that gives the bound for U, of the auctions solved. */
    public double besteStraf(long ongeplaatstePersonen) {
        double beste = Double.POSITIVE_INFINITY, straf = 1_000;
        for (double[] p : punten) {
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
            if (p[0] == straf) {
                return p[1] + straf * ongeplaatstePersonen;
            }
        }
        return Double.POSITIVE_INFINITY;
    }
}
