package nl.kansrijk.relaxation;

import java.util.Arrays;

/**
 * The moves of one household in a {@link PlanState}: a change to one of its candidate gemeenten with room, or an
 * ejection, into a full candidate gemeente while a household there leaves for one of its own candidates (a swap when
 * that is the first one's gemeente). Judged by {@link Delta}: persons placed, then soft score.
 */
final class LocalMoves {

    private final PlanState plan;
    private final TransportModel model;
    private final int[][] kandidaten;
    /** Positions 0, 1, 2, … : the candidates of an unplaced household, which may go anywhere allowed. */
    private int[] allePosities = new int[0];

    LocalMoves(PlanState plan, int[][] kandidaten) {
        this.plan = plan;
        this.model = plan.model();
        this.kandidaten = kandidaten;
    }

    /** Household {@code i}'s candidate positions. */
    int[] kandidaten(int i) {
        return kandidaten[i];
    }

    /** Applies the best improving change or ejection for household {@code i}, if any; whether one was applied. */
    boolean verbeter(int i) {
        int[] toegestaan = model.toegestaan(i);
        int[] posities = plan.keuze(i) < 0 ? alle(toegestaan.length) : kandidaten[i];
        // the best change so far as two longs, not a Delta: a value kept across iterations would be allocated for
        // every improvement, one per evaluated move when the JIT does not inline delta() (DagbatchBenchmark)
        long besteMedium = Delta.NUL.medium(), besteZacht = Delta.NUL.zacht();
        int besteKi = Integer.MIN_VALUE, besteJ = -1, besteKj = -1;
        int personen = model.personen(i);
        int eigen = plan.gemeente(i, plan.keuze(i));
        for (int ki : posities) {
            if (ki == plan.keuze(i)) {
                continue;
            }
            int g = toegestaan[ki];
            Delta d = plan.delta(i, ki);
            if (d.mogelijk()) {
                if (Delta.beter(d.medium(), d.zacht(), besteMedium, besteZacht)) {
                    besteMedium = d.medium();
                    besteZacht = d.zacht();
                    besteKi = ki;
                    besteJ = -1;
                }
                continue;
            }
            // g is full for i: one of its households leaves for one of its own candidates
            long nodig = plan.vrijeLast(g) + personen - model.ruimte(g);
            for (int q = 0; q < plan.ledenAantal(g); q++) {
                int j = plan.lid(g, q);
                if (model.personen(j) < nodig) {
                    continue;
                }
                for (int kj : kandidaten[j]) {
                    if (!kanUitwijken(j, kj, g, eigen)) {
                        continue;
                    }
                    Delta e = plan.delta(i, ki, j, kj);
                    if (e.mogelijk() && Delta.beter(e.medium(), e.zacht(), besteMedium, besteZacht)) {
                        besteMedium = e.medium();
                        besteZacht = e.zacht();
                        besteKi = ki;
                        besteJ = j;
                        besteKj = kj;
                    }
                }
            }
        }
        if (besteKi == Integer.MIN_VALUE) {
            return false;
        }
        if (besteJ >= 0) {
            plan.zet(besteJ, besteKj);
        }
        plan.zet(i, besteKi);
        return true;
    }

    /**
     * The change of the plan's value when household {@code i} moves to position {@code k} (0 when it is there), with
     * each unplaced person at −{@code straf}; when the gemeente is full, the best one household there leaving for one
     * of its candidates with room or unplaced; {@link Long#MIN_VALUE} when no one household's leaving makes room.
     */
    long waarde(int i, int k, long straf) {
        if (k == plan.keuze(i)) {
            return 0;
        }
        Delta d = plan.delta(i, k, -1, -1);
        if (d.mogelijk()) {
            return d.waarde(straf);
        }
        int g = model.toegestaan(i)[k];
        long nodig = plan.vrijeLast(g) + model.personen(i) - model.ruimte(g);
        int eigen = plan.gemeente(i, plan.keuze(i));
        long beste = Long.MIN_VALUE;
        for (int q = 0; q < plan.ledenAantal(g); q++) {
            int j = plan.lid(g, q);
            if (model.personen(j) < nodig) {
                continue;
            }
            Delta weg = plan.delta(i, k, j, -1);
            if (weg.mogelijk()) {
                beste = Math.max(beste, weg.waarde(straf));
            }
            for (int kj : kandidaten[j]) {
                if (!kanUitwijken(j, kj, g, eigen)) {
                    continue;
                }
                Delta e = plan.delta(i, k, j, kj);
                if (e.mogelijk()) {
                    beste = Math.max(beste, e.waarde(straf));
                }
            }
        }
        return beste;
    }

    /**
     * Whether household {@code j}, ejected from full gemeente {@code g}, may go to its position {@code kj}: another
     * gemeente, with room for it or the one the household taking its place leaves ({@code eigen}).
     */
    private boolean kanUitwijken(int j, int kj, int g, int eigen) {
        int gj = model.toegestaan(j)[kj];
        return gj != g && (gj == eigen || plan.past(gj, model.personen(j)));
    }

    /** Puts unplaced household {@code i} where the change is best: among its candidates, else anywhere allowed. */
    void plaatsBest(int i) {
        int[] posities = kandidaten[i];
        int beste = kiesPlaats(i, posities, posities.length);
        if (beste < 0) {
            beste = kiesPlaats(i, null, model.toegestaan(i).length);
        }
        if (beste >= 0) {
            plan.zet(i, beste);
        }
    }

    /** The best position among {@code posities} (or, when null, positions 0..aantal−1), or −1 when none has room. */
    private int kiesPlaats(int i, int[] posities, int aantal) {
        return plan.besteVerplaatsing(i, posities, aantal);
    }


    private int[] alle(int lengte) {
        if (allePosities.length < lengte) {
            allePosities = new int[Math.max(lengte, 2 * allePosities.length)];
            for (int k = 0; k < allePosities.length; k++) {
                allePosities[k] = k;
            }
        }
        return Arrays.copyOf(allePosities, lengte);
    }
}
