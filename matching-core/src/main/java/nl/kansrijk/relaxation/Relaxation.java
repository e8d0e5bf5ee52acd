package nl.kansrijk.relaxation;

import java.util.Arrays;

/**
 * The solved relaxation of a {@link TransportModel}: a price per gemeente (the score per person one more free
 * person there would cost others), the fractional assignment of persons that goes with it, and the proven upper
 * bound those prices give. The bound is LP weak duality: for any prices ρ ≥ 0,
 * {@code Σ_h persons_h · max(−M, max_g (score_hg / persons_h − ρ_g)) + Σ_g Σ_k max(0, ρ_g − balans_gk)} is at
 * least the value of every plan, so it holds however precisely the prices were found. Immutable.
 */
public final class Relaxation {

    private final TransportModel model;
    private final double[] prijs;
    private final int[][] aantal;
    private final int[] ongeplaatst;
    private final long biedingen;
    private final boolean volledig;
    private final double duaal;
    private final double duaalZonderStraf;
    private final double straf;

    Relaxation(TransportModel model, double[] prijs, int[][] aantal, int[] ongeplaatst, long biedingen, boolean volledig,
            double straf) {
        this.model = model;
        this.prijs = prijs;
        this.aantal = aantal;
        this.ongeplaatst = ongeplaatst;
        this.biedingen = biedingen;
        this.volledig = volledig;
        this.straf = straf;
        this.duaal = duaal(model, prijs, straf);
        this.duaalZonderStraf = duaal(model, prijs, 0);
    }

    /** Solves the model's relaxation with the default auction. */
    public static Relaxation of(TransportModel model) {
        return PriceAuction.standaard(model).solve(model);
    }

    /**
     * The dual value of prices ρ with unplaced persons valued at −{@code straf} each: an upper bound on the free
     * households' soft score (plus balans) minus {@code straf} per unplaced person, over every plan. With
     * {@code straf} 0 it bounds the soft score of every plan, however many it leaves unplaced.
     */
    public static double duaal(TransportModel m, double[] rho, double straf) {
        double som = 0;
        for (int i = 0; i < m.huishoudens(); i++) {
            int p = m.personen(i);
            double beste = -straf;
            int[] t = m.toegestaan(i);
            for (int k = 0; k < t.length; k++) {
                double r = rho[t[k]];
                if (r != Double.POSITIVE_INFINITY) {
                    beste = Math.max(beste, m.waarde(i, k) / p - r);
                }
            }
            som += p * beste;
        }
        for (int g = 0; g < m.gemeenten(); g++) {
            som += m.balans(g, 0);
            double r = rho[g];
            if (r == Double.POSITIVE_INFINITY) {
                continue;
            }
            for (int k = 1; k <= m.ruimte(g); k++) {
                // every positive term counts: rounding can make the costs non-monotone by a point
                som += Math.max(0, r - m.balansKosten(g, k));
            }
        }
        return som;
    }

    public TransportModel model() { return model; }

    /** The price per person of a place in gemeente g (+∞ where free households have no room). */
    public double prijs(int g) { return prijs[g]; }

    /** A copy of all prices, by gemeente index. */
    public double[] prijzen() { return Arrays.copyOf(prijs, prijs.length); }

    /** Persons of free household i the relaxation puts in its k-th allowed gemeente. */
    public int aantal(int i, int k) { return aantal[i][k]; }

    /** Persons of free household i the relaxation leaves unplaced. */
    public int ongeplaatst(int i) { return ongeplaatst[i]; }

    /** The household's score in its k-th allowed gemeente minus the price of the places it takes there. */
    public double gereduceerd(int i, int k) {
        return model.zacht(i, k) - prijs[model.toegestaan(i)[k]] * model.personen(i);
    }

    /** The penalty per unplaced person this relaxation was solved with. */
    public double straf() { return straf; }

    /** Bids the auction made. */
    public long biedingen() { return biedingen; }

    /** Whether the auction ended with every person placed or knowingly unplaced (not stopped by its bid cap). */
    public boolean volledig() { return volledig; }

    /**
     * A proven upper bound on the soft score the free households (and the balans terms) can reach in any plan
     * that leaves at most {@code ongeplaatstePersonen} of their persons unplaced: for a plan with u ≤ U unplaced,
     * soft − straf·u ≤ duaal, so soft ≤ duaal + straf·U (and the dual without penalty bounds every plan).
     */
    public long bovengrens(long ongeplaatstePersonen) {
        return naarBeneden(Math.min(duaalZonderStraf, duaal + straf * ongeplaatstePersonen));
    }

    /** The dual value at this relaxation's prices and penalty ({@link #duaal(TransportModel, double[], double)}). */
    public double duaal() { return duaal; }

    /** A bound as a whole number of points, rounded down after a margin for floating-point error. */
    static long naarBeneden(double b) {
        return (long) Math.floor(b + 1e-6 * Math.max(1.0, Math.abs(b)));
    }

    /** Persons the relaxation leaves unplaced. */
    public long ongeplaatstePersonen() {
        long s = 0;
        for (int u : ongeplaatst) {
            s += u;
        }
        return s;
    }
}
