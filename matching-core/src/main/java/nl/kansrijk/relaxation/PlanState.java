package nl.kansrijk.relaxation;

import java.util.Arrays;

/**
 * A plan of whole free households over a {@link TransportModel}: each household's position in its allowed list
 * (or −1, unplaced), the persons per gemeente and who is there, the plan's medium and soft score kept up to date on
 * every change, and the undo journal of a ruin-and-recreate round. Also evaluates moves exactly ({@link #delta}).
 * One per search: not thread-safe.
 */
final class PlanState {

    private final TransportModel model;
    private final int huishoudens;
    /** Per free household the position of its gemeente in its allowed list, or −1. */
    private final int[] keuze;
    /** Persons of free households per gemeente. */
    private final long[] vrijeLast;
    /** Per gemeente the households there (the first {@link #ledenAantal} entries), and each one's index in it. */
    private final int[][] leden;
    private final int[] ledenAantal;
    private final int[] ledenPositie;
    /** The plan's medium and soft score over the free households. */
    private long medium;
    private long zacht;
    /** Moves evaluated so far. */
    private long zetten;
    private final UndoJournal journaal = new UndoJournal();
    /** A move's effect on the loads: up to four (gemeente, change) pairs. */
    private final int[] wijzigingGemeente = new int[4];
    private final long[] wijzigingPersonen = new long[4];
    private int wijzigingen;

    /** The empty plan: every free household unplaced. */
    PlanState(TransportModel model) {
        this.model = model;
        this.huishoudens = model.huishoudens();
        this.keuze = new int[huishoudens];
        Arrays.fill(keuze, -1);
        this.vrijeLast = new long[model.gemeenten()];
        this.leden = new int[model.gemeenten()][4];
        this.ledenAantal = new int[model.gemeenten()];
        this.ledenPositie = new int[huishoudens];
        for (int i = 0; i < huishoudens; i++) {
            medium += model.nietGeplaatst(i);
        }
        for (int g = 0; g < model.gemeenten(); g++) {
            zacht += model.balans(g, 0);
        }
    }

    TransportModel model() {
        return model;
    }

    int huishoudens() {
        return huishoudens;
    }

    /** Position of household {@code i}'s gemeente in its allowed list, or −1. */
    int keuze(int i) {
        return keuze[i];
    }

    /** Every household's position: a copy. */
    int[] keuzes() {
        return keuze.clone();
    }

    /** Persons of free households in gemeente {@code g}. */
    long vrijeLast(int g) {
        return vrijeLast[g];
    }

    /** Households in gemeente {@code g}. */
    int ledenAantal(int g) {
        return ledenAantal[g];
    }

    /** The {@code q}-th household in gemeente {@code g}. */
    int lid(int g, int q) {
        return leden[g][q];
    }

    long medium() {
        return medium;
    }

    long zacht() {
        return zacht;
    }

    long zetten() {
        return zetten;
    }

    /** The gemeente at position {@code k} of household {@code i}'s allowed list, or −1 for −1. */
    int gemeente(int i, int k) {
        return k < 0 ? -1 : model.toegestaan(i)[k];
    }

    /** Whether gemeente {@code g} has room for {@code personen} more. */
    boolean past(int g, long personen) {
        return vrijeLast[g] + personen <= model.ruimte(g);
    }

    /** Persons of free households the plan leaves unplaced. */
    long ongeplaatstePersonen() {
        long u = 0;
        for (int i = 0; i < huishoudens; i++) {
            if (keuze[i] < 0) {
                u += model.personen(i);
            }
        }
        return u;
    }

    /** Starts the undo journal of a round. */
    void beginJournaal() {
        journaal.begin();
    }

    /** Stops recording; {@link #herstel()} may still undo what was recorded. */
    void stopJournaal() {
        journaal.stop();
    }

    /** Undoes the changes recorded since {@link #beginJournaal()}, last first (the journal must be stopped). */
    void herstel() {
        for (int q = journaal.lengte() - 1; q >= 0; q--) {
            zet(journaal.huishouden(q), journaal.keuze(q));
        }
    }

    /** Moves household {@code i} to position {@code k} (−1: unplaced), keeping loads, members and scores. */
    void zet(int i, int k) {
        int oud = keuze[i];
        journaal.noteer(i, oud);
        int personen = model.personen(i);
        medium += mediumVan(i, k) - mediumVan(i, oud);
        zacht += zachtVan(i, k) - zachtVan(i, oud);
        int van = gemeente(i, oud), naar = gemeente(i, k);
        if (van >= 0) {
            zacht += model.balans(van, vrijeLast[van] - personen) - model.balans(van, vrijeLast[van]);
        }
        if (naar >= 0) {
            long last = vrijeLast[naar] - (naar == van ? personen : 0);
            zacht += model.balans(naar, last + personen) - model.balans(naar, last);
        }
        if (oud >= 0) {
            int g = model.toegestaan(i)[oud];
            vrijeLast[g] -= personen;
            int p = ledenPositie[i];
            int laatste = leden[g][--ledenAantal[g]];
            leden[g][p] = laatste;
            ledenPositie[laatste] = p;
        }
        keuze[i] = k;
        if (k >= 0) {
            int g = model.toegestaan(i)[k];
            vrijeLast[g] += personen;
            if (ledenAantal[g] == leden[g].length) {
                leden[g] = Arrays.copyOf(leden[g], leden[g].length * 2);
            }
            ledenPositie[i] = ledenAantal[g];
            leden[g][ledenAantal[g]++] = i;
        }
    }

    private long zachtVan(int i, int k) {
        return k < 0 ? 0 : model.zacht(i, k);
    }

    private long mediumVan(int i, int k) {
        return k < 0 ? model.nietGeplaatst(i) : 0;
    }

    /** The change of moving household {@code i} to position {@code ki} (not its own), one evaluated move. */
    Delta delta(int i, int ki) {
        zetten++;
        long dZacht = zachtDelta(i, ki);
        return dZacht == Long.MIN_VALUE ? Delta.ONMOGELIJK : new Delta(mediumDelta(i, ki), dZacht);
    }

    /**
     * Of household {@code i}'s positions {@code posities[0..aantal)} (all of {@code 0..aantal−1} when {@code null}),
     * the one it is best moved to ({@link Delta#beter}; ties to the first), or −1 when none has room: one evaluated
     * move per position, as {@link #delta(int, int)}, without a {@link Delta} per move (this loop is the hottest of
     * ruin and recreate).
     */
    int besteVerplaatsing(int i, int[] posities, int aantal) {
        int beste = -1;
        long besteMedium = 0, besteZacht = 0;
        for (int q = 0; q < aantal; q++) {
            int k = posities == null ? q : posities[q];
            zetten++;
            long dZacht = zachtDelta(i, k);
            if (dZacht == Long.MIN_VALUE) {
                continue;
            }
            long dMedium = mediumDelta(i, k);
            if (beste < 0 || Delta.beter(dMedium, dZacht, besteMedium, besteZacht)) {
                beste = k;
                besteMedium = dMedium;
                besteZacht = dZacht;
            }
        }
        return beste;
    }

    /** The medium change of moving household {@code i} to position {@code ki}. */
    private long mediumDelta(int i, int ki) {
        return mediumVan(i, ki) - mediumVan(i, keuze[i]);
    }

    /**
     * The soft change of moving household {@code i} to position {@code ki} (not its own), balans included, or
     * {@link Long#MIN_VALUE} when the gemeente has no room for it: the one-household case of
     * {@link #delta(int, int, int, int)}, without the bookkeeping of shared gemeenten.
     */
    private long zachtDelta(int i, int ki) {
        int k0 = keuze[i];
        int personen = model.personen(i);
        long dZacht = zachtVan(i, ki) - zachtVan(i, k0);
        if (ki >= 0) {
            int g = model.toegestaan(i)[ki];
            long nieuw = vrijeLast[g] + personen;
            if (nieuw > model.ruimte(g)) {
                return Long.MIN_VALUE;
            }
            dZacht += model.balans(g, nieuw) - model.balans(g, vrijeLast[g]);
        }
        if (k0 >= 0) {
            int g = model.toegestaan(i)[k0];
            dZacht += model.balans(g, vrijeLast[g] - personen) - model.balans(g, vrijeLast[g]);
        }
        return dZacht;
    }

    /** The change of moving {@code i} to position {@code ki} and (when {@code j ≥ 0}) {@code j} to {@code kj}. */
    Delta delta(int i, int ki, int j, int kj) {
        zetten++;
        wijzigingen = 0;
        int pi = model.personen(i);
        wijzigLast(gemeente(i, keuze[i]), -pi);
        wijzigLast(gemeente(i, ki), pi);
        long dZacht = zachtVan(i, ki) - zachtVan(i, keuze[i]);
        long dMedium = mediumVan(i, ki) - mediumVan(i, keuze[i]);
        if (j >= 0) {
            int pj = model.personen(j);
            wijzigLast(gemeente(j, keuze[j]), -pj);
            wijzigLast(gemeente(j, kj), pj);
            dZacht += zachtVan(j, kj) - zachtVan(j, keuze[j]);
            dMedium += mediumVan(j, kj) - mediumVan(j, keuze[j]);
        }
        for (int q = 0; q < wijzigingen; q++) {
            int g = wijzigingGemeente[q];
            long d = wijzigingPersonen[q];
            long nieuw = vrijeLast[g] + d;
            if (d > 0 && nieuw > model.ruimte(g)) {
                return Delta.ONMOGELIJK;
            }
            if (d != 0) {
                dZacht += model.balans(g, nieuw) - model.balans(g, vrijeLast[g]);
            }
        }
        return new Delta(dMedium, dZacht);
    }

    private void wijzigLast(int g, long d) {
        if (g < 0) {
            return;
        }
        for (int q = 0; q < wijzigingen; q++) {
            if (wijzigingGemeente[q] == g) {
                wijzigingPersonen[q] += d;
                return;
            }
        }
        wijzigingGemeente[wijzigingen] = g;
        wijzigingPersonen[wijzigingen++] = d;
    }
}
