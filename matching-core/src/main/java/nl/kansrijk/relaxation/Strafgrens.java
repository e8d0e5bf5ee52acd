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

    /** The penalties of the first pass: 0, then ×3 from 10 up to about 1.8 million points per person. */
    static final double[] ROOSTER = rooster();
    /** Auctions of the refinement around the best penalty for a given U. */
    static final int VERFIJNING = 8;

    private final TransportModel model;
    /** Penalty M and the dual value D(ρ_M, M) of the auction at that penalty, pairwise. */
    private final List<double[]> punten;

    private Strafgrens(TransportModel model, List<double[]> punten) {
        this.model = model;
        this.punten = List.copyOf(punten);
    }

    private static double[] rooster() {
        double[] r = new double[13];
        r[0] = 0;
        double m = 10;
        for (int j = 1; j < r.length; j++) {
            r[j] = m;
            m *= 3;
        }
        return r;
    }

    /**
     * Solves the auction at every penalty of the grid until {@code stop} says so; the bound holds with whatever was
     * tried (none: +∞).
     */
    public static Strafgrens van(TransportModel model, BooleanSupplier stop) {
        Strafgrens s = new Strafgrens(model, List.of());
        for (double m : ROOSTER) {
            if (stop.getAsBoolean()) {
                break;
            }
            s = s.met(m);
        }
        return s;
    }

    private Strafgrens met(double straf) {
        Relaxation r = PriceAuction.standaard(model, straf).solve(model);
        List<double[]> meer = new ArrayList<>(punten);
        meer.add(new double[] {straf, r.duaal()});
        return new Strafgrens(model, meer);
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
        return Relaxation.naarBeneden(beste);
    }

    /** The penalty that gives the bound for U, of those tried. */
    double besteStraf(long ongeplaatstePersonen) {
        double beste = Double.POSITIVE_INFINITY, straf = 0;
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
        for (double[] p : punten) {
            if (p[0] == straf) {
                return p[1] + straf * ongeplaatstePersonen;
            }
        }
        return Double.POSITIVE_INFINITY;
    }

    /** Penalties tried. */
    public int aantal() { return punten.size(); }
}
