package nl.kansrijk.relaxation;

import java.util.Arrays;

/**
 * Per free household the candidate positions (in its allowed list) the moves look at: its
 * {@link PlanSearch#KANDIDATEN} best by reduced score (score minus the price of its places), then the others where the
 * relaxation put persons.
 */
final class Candidates {

    private Candidates() {
    }

    /** Every household's candidates. */
    static int[][] van(Relaxation relaxatie) {
        TransportModel model = relaxatie.model();
        int[][] kandidaten = new int[model.huishoudens()][];
        for (int i = 0; i < kandidaten.length; i++) {
            kandidaten[i] = van(relaxatie, i);
        }
        return kandidaten;
    }

    /**
     * Household {@code i}'s candidates, each part best first (ties to the lower position). A selection, not a sort
     * of the whole list: this runs for every household of every plan search.
     */
    private static int[] van(Relaxation relaxatie, int i) {
        int[] toegestaan = relaxatie.model().toegestaan(i);
        double[] waarde = new double[toegestaan.length];
        for (int k = 0; k < toegestaan.length; k++) {
            waarde[k] = gereduceerd(relaxatie, i, k);
        }
        int top = Math.min(PlanSearch.KANDIDATEN, toegestaan.length);
        int[] out = new int[toegestaan.length];
        int aantal = 0;
        for (int k = 0; k < toegestaan.length; k++) {
            if (aantal == top && !voor(waarde, k, out[top - 1])) {
                continue;
            }
            int p = Math.min(aantal, top - 1);
            while (p > 0 && voor(waarde, k, out[p - 1])) {
                out[p] = out[p - 1];
                p--;
            }
            out[p] = k;
            aantal = Math.min(aantal + 1, top);
        }
        boolean[] gekozen = new boolean[toegestaan.length];
        for (int q = 0; q < aantal; q++) {
            gekozen[out[q]] = true;
        }
        int rest = aantal;
        for (int k = 0; k < toegestaan.length; k++) {
            if (!gekozen[k] && relaxatie.aantal(i, k) > 0) {
                int p = rest++;
                while (p > aantal && voor(waarde, k, out[p - 1])) {
                    out[p] = out[p - 1];
                    p--;
                }
                out[p] = k;
            }
        }
        return Arrays.copyOf(out, rest);
    }

    /** Whether position {@code a} comes before {@code b}: the higher reduced score, then the lower position. */
    private static boolean voor(double[] waarde, int a, int b) {
        int c = Double.compare(waarde[b], waarde[a]);
        return c != 0 ? c < 0 : a < b;
    }

    /** The relaxation's reduced score of household {@code i} at position {@code k}; −∞ where it has none. */
    static double gereduceerd(Relaxation relaxatie, int i, int k) {
        double v = relaxatie.gereduceerd(i, k);
        return Double.isNaN(v) ? Double.NEGATIVE_INFINITY : v;
    }
}
