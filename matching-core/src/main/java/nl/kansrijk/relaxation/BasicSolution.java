package nl.kansrijk.relaxation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes a fractional assignment basic: as long as the households split over several gemeenten (or partly
 * unplaced) form a cycle with those gemeenten, shift persons around the cycle in the direction that does not
 * lower the score until one split disappears. Gemeente loads stay the same (so {@code balans} and capacity do
 * too) and the score never drops. What remains is a forest, in which at most about one household per gemeente is
 * split: the relaxation is then almost a plan of whole households. Stateless.
 */
final class BasicSolution {

    private BasicSolution() {
    }

    /** Node of the unplaced option (shared by all households), after the gemeenten. */
    private static int dummy(TransportModel m) {
        return m.gemeenten();
    }

    /**
     * Cancels cycles in place. {@code aantal[i][k]}: persons of household i in its k-th allowed gemeente;
     * {@code ongeplaatst[i]}: its persons unplaced.
     */
    static void maak(TransportModel m, double[][] waarde, int[][] aantal, int[] ongeplaatst) {
        int n = m.huishoudens();
        int nG = m.gemeenten() + 1;
        // forest adjacency: per node (households 0..n-1, gemeenten n..n+nG-1) the incident fractional edges
        List<List<int[]>> adj = new ArrayList<>(n + nG);
        for (int v = 0; v < n + nG; v++) {
            adj.add(null);
        }
        for (int i = 0; i < n; i++) {
            int[] t = m.toegestaan(i);
            int delen = ongeplaatst[i] > 0 ? 1 : 0;
            for (int k = 0; k < t.length; k++) {
                if (aantal[i][k] > 0) {
                    delen++;
                }
            }
            if (delen < 2) {
                continue;
            }
            // edges are added one at a time; an edge closing a cycle is cancelled against the forest path
            for (int k = -1; k < t.length; k++) {
                int x = k < 0 ? ongeplaatst[i] : aantal[i][k];
                if (x <= 0) {
                    continue;
                }
                int g = k < 0 ? dummy(m) : t[k];
                voegToe(m, waarde, aantal, ongeplaatst, adj, n, i, k, g);
            }
        }
    }

    private static int x(int[][] aantal, int[] ongeplaatst, int i, int k) {
        return k < 0 ? ongeplaatst[i] : aantal[i][k];
    }

    private static void verander(int[][] aantal, int[] ongeplaatst, int i, int k, int d) {
        if (k < 0) {
            ongeplaatst[i] += d;
        } else {
            aantal[i][k] += d;
        }
    }

    private static double v(double[][] waarde, int i, int k) {
        return k < 0 ? -PriceAuction.ONGEPLAATST : waarde[i][k];
    }

    /** Adds edge (household i, position k → gemeente node g), cancelling the cycle it closes, if any. */
    private static void voegToe(TransportModel m, double[][] waarde, int[][] aantal, int[] ongeplaatst,
            List<List<int[]>> adj, int n, int i, int k, int g) {
        int gNode = n + g;
        while (x(aantal, ongeplaatst, i, k) > 0) {
            int[] pad = pad(adj, i, gNode);
            if (pad == null) {
                lijst(adj, i).add(new int[] {gNode, k});
                lijst(adj, gNode).add(new int[] {i, k});
                return;
            }
            // cycle: i -(k)- gNode ... path back to i. Path nodes alternate gemeente/household from gNode to i;
            // pad holds, per step from gNode towards i, the household and its position at each side.
            cancel(waarde, aantal, ongeplaatst, adj, n, i, k, pad);
        }
    }

    private static List<int[]> lijst(List<List<int[]>> adj, int v) {
        List<int[]> l = adj.get(v);
        if (l == null) {
            l = new ArrayList<>(2);
            adj.set(v, l);
        }
        return l;
    }

    /**
     * The forest path from household node {@code van} to gemeente node {@code naar}, as a flat array of
     * (household, position-towards-previous-gemeente, position-towards-next-gemeente) triples in order from
     * {@code naar} to {@code van} — or {@code null} when they are not connected.
     */
    private static int[] pad(List<List<int[]>> adj, int van, int naar) {
        if (adj.get(van) == null || adj.get(naar) == null) {
            return null;
        }
        // BFS from naar over the forest until van
        ArrayDeque<Integer> rij = new ArrayDeque<>();
        java.util.HashMap<Integer, int[]> vorige = new java.util.HashMap<>(); // node -> {parent, positie}
        rij.add(naar);
        vorige.put(naar, new int[] {-1, 0});
        while (!rij.isEmpty()) {
            int u = rij.poll();
            if (u == van) {
                break;
            }
            for (int[] e : adj.get(u)) {
                if (!vorige.containsKey(e[0])) {
                    vorige.put(e[0], new int[] {u, e[1]});
                    rij.add(e[0]);
                }
            }
        }
        if (!vorige.containsKey(van)) {
            return null;
        }
        // walk back from van to naar collecting edges (household, position, gemeente node)
        List<int[]> randen = new ArrayList<>();
        int u = van;
        while (u != naar) {
            int[] pv = vorige.get(u);
            randen.add(new int[] {u, pv[0], pv[1]}); // edge between u and its parent, with the household's position
            u = pv[0];
        }
        int[] out = new int[randen.size() * 3];
        for (int q = 0; q < randen.size(); q++) {
            System.arraycopy(randen.get(q), 0, out, 3 * q, 3);
        }
        return out;
    }

    /**
     * Cancels the cycle formed by the new edge (i, k) and the forest path between its ends: moves t persons so that
     * every household on the cycle shifts between its two cycle gemeenten, loads unchanged, in the direction whose
     * score change is ≥ 0, t as large as the edges allow; removes the edges that reach 0.
     */
    private static void cancel(double[][] waarde, int[][] aantal, int[] ongeplaatst, List<List<int[]>> adj, int n,
            int i, int k, int[] pad) {
        // cycle edges as (household, position) in order; orientation +1/−1 alternates (the new edge is +1)
        int randen = pad.length / 3 + 1;
        int[] hh = new int[randen];
        int[] pos = new int[randen];
        int[] teken = new int[randen];
        hh[0] = i;
        pos[0] = k;
        teken[0] = 1;
        for (int q = 0; q < pad.length / 3; q++) {
            int a = pad[3 * q], b = pad[3 * q + 1], p = pad[3 * q + 2];
            hh[q + 1] = a < n ? a : b;
            pos[q + 1] = p;
            teken[q + 1] = (q % 2 == 0) ? -1 : 1;
        }
        // direction +: edges with teken +1 gain t, −1 lose t
        double winst = 0;
        for (int q = 0; q < randen; q++) {
            winst += teken[q] * v(waarde, hh[q], pos[q]);
        }
        int richting = winst >= 0 ? 1 : -1;
        int t = Integer.MAX_VALUE;
        for (int q = 0; q < randen; q++) {
            if (teken[q] * richting < 0) {
                t = Math.min(t, x(aantal, ongeplaatst, hh[q], pos[q]));
            }
        }
        for (int q = 0; q < randen; q++) {
            verander(aantal, ongeplaatst, hh[q], pos[q], teken[q] * richting * t);
        }
        // drop forest edges that reached 0 (the new edge is not in the forest yet)
        for (int q = 1; q < randen; q++) {
            if (x(aantal, ongeplaatst, hh[q], pos[q]) == 0) {
                verwijder(adj, hh[q], pos[q]);
            }
        }
    }

    private static void verwijder(List<List<int[]>> adj, int h, int pos) {
        List<int[]> l = adj.get(h);
        if (l == null) {
            return;
        }
        for (int q = 0; q < l.size(); q++) {
            if (l.get(q)[1] == pos) {
                int g = l.get(q)[0];
                l.remove(q);
                List<int[]> lg = adj.get(g);
                for (int r = 0; r < lg.size(); r++) {
                    if (lg.get(r)[0] == h && lg.get(r)[1] == pos) {
                        lg.remove(r);
                        break;
                    }
                }
                return;
            }
        }
    }
}
