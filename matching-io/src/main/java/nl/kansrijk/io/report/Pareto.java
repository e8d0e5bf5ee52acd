package nl.kansrijk.io.report;

import nl.kansrijk.io.report.MetriekKolommen.Richting;

/** The Pareto front of points in two measures: the points no other point beats in both. */
public final class Pareto {

    private Pareto() {
    }

    /**
     * Marks the points on the Pareto front. A point is dominated when another is at least as good in both measures
     * and better in one; points with a NaN coordinate are never on the front and dominate nothing.
     */
    public static boolean[] front(double[] x, double[] y, Richting rx, Richting ry) {
        if (x.length != y.length || rx == Richting.GEEN || ry == Richting.GEEN) {
            throw new IllegalArgumentException("two measures of equal length, each with a direction, are needed");
        }
        int n = x.length;
        boolean[] op = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (Double.isNaN(x[i]) || Double.isNaN(y[i])) {
                continue;
            }
            boolean gedomineerd = false;
            for (int j = 0; j < n && !gedomineerd; j++) {
                if (j == i || Double.isNaN(x[j]) || Double.isNaN(y[j])) {
                    continue;
                }
                int cx = beter(x[j], x[i], rx);
                int cy = beter(y[j], y[i], ry);
                gedomineerd = cx >= 0 && cy >= 0 && (cx > 0 || cy > 0);
            }
            op[i] = !gedomineerd;
        }
        return op;
    }

    /** Positive when a is better than b in this direction, 0 when equal, negative when worse. */
    private static int beter(double a, double b, Richting r) {
        return r == Richting.HOGER_BETER ? Double.compare(a, b) : Double.compare(b, a);
    }
}
