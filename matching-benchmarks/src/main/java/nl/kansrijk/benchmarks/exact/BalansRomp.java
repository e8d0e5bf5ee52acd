package nl.kansrijk.benchmarks.exact;

import java.util.ArrayList;
import java.util.List;

import nl.kansrijk.model.Bestemming;
import nl.kansrijk.rules.Regels;

/** The lower convex hull of the {@code balans} rule over a gemeente's loads: the cost the {@link ExactModel} sees. */
final class BalansRomp {

    private BalansRomp() {
    }

    /** The lower convex hull of the points (k, {@link Regels#balans}(b, k)) for k = lo…hi (Andrew's monotone chain). */
    static long[][] van(Bestemming b, long lo, long hi) {
        List<long[]> h = new ArrayList<>();
        for (long k = lo; k <= hi; k++) {
            long[] p = {k, Regels.balans(b, k)};
            while (h.size() >= 2) {
                long[] a = h.get(h.size() - 2), m = h.get(h.size() - 1);
                // drop m when it does not lie strictly below the segment a–p (cross product ≤ 0: not a left turn)
                if ((m[0] - a[0]) * (p[1] - a[1]) - (m[1] - a[1]) * (p[0] - a[0]) <= 0) {
                    h.remove(h.size() - 1);
                } else {
                    break;
                }
            }
            h.add(p);
        }
        return h.toArray(long[][]::new);
    }
}
