package nl.kansrijk.relaxation;


/** Every plan of a tiny model enumerated: the lexicographic optimum (medium, then soft with balans), for tests. */
public final class BruteForce {

    private BruteForce() {
    }

    /** {medium, soft} of the best plan. */
    public static long[] optimum(TransportModel m) {
        return optimum(m, Long.MAX_VALUE);
    }

    /** {medium, soft} of the best plan leaving at most {@code maxOngeplaatst} persons unplaced (soft first). */
    public static long[] optimum(TransportModel m, long maxOngeplaatst) {
        long[] beste = {Long.MIN_VALUE, Long.MIN_VALUE};
        elkPlan(m, keuze -> {
            long[] w = waarde(m, keuze);
            if (w != null && ongeplaatst(m, keuze) <= maxOngeplaatst
                    && (w[0] > beste[0] || (w[0] == beste[0] && w[1] > beste[1]))) {
                beste[0] = w[0];
                beste[1] = w[1];
            }
        });
        return beste;
    }

    /** Best soft score over plans leaving at most {@code u} persons unplaced, whatever their medium. */
    public static long zachtOptimum(TransportModel m, long u) {
        long[] beste = {Long.MIN_VALUE};
        elkPlan(m, keuze -> {
            long[] w = waarde(m, keuze);
            if (w != null && ongeplaatst(m, keuze) <= u) {
                beste[0] = Math.max(beste[0], w[1]);
            }
        });
        return beste[0];
    }

    /** Every assignment of each household to one of its allowed gemeenten or none (rooms not checked). */
    private static void elkPlan(TransportModel m, java.util.function.Consumer<int[]> bezoek) {
        int n = m.huishoudens();
        int[] keuze = new int[n];
        java.util.Arrays.fill(keuze, -1);
        while (true) {
            bezoek.accept(keuze);
            int i = 0;
            while (i < n && ++keuze[i] >= m.toegestaan(i).length) {
                keuze[i] = -1;
                i++;
            }
            if (i == n) {
                return;
            }
        }
    }

    public static long ongeplaatst(TransportModel m, int[] keuze) {
        long u = 0;
        for (int i = 0; i < keuze.length; i++) {
            if (keuze[i] < 0) {
                u += m.personen(i);
            }
        }
        return u;
    }

    /** {medium, soft} of a plan, or null when it does not fit the rooms. */
    public static long[] waarde(TransportModel m, int[] keuze) {
        long[] last = new long[m.gemeenten()];
        long medium = 0, zacht = 0;
        for (int i = 0; i < keuze.length; i++) {
            if (keuze[i] < 0) {
                medium += m.nietGeplaatst(i);
            } else {
                zacht += m.zacht(i, keuze[i]);
                last[m.toegestaan(i)[keuze[i]]] += m.personen(i);
            }
        }
        for (int g = 0; g < last.length; g++) {
            if (last[g] > m.ruimte(g)) {
                return null;
            }
            zacht += m.balans(g, last[g]);
        }
        return new long[] {medium, zacht};
    }
}
