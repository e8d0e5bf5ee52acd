package nl.kansrijk.relaxation;

import java.util.Arrays;

/** The changes of a plan while a ruin-and-recreate round runs: per change the household and its former position. */
final class UndoJournal {

    private boolean actief;
    private int lengte;
    private int[] huishouden = new int[64];
    private int[] keuze = new int[64];

    /** Starts recording, forgetting what an earlier round recorded. */
    void begin() {
        actief = true;
        lengte = 0;
    }

    /** Stops recording; what was recorded stays, to be undone. */
    void stop() {
        actief = false;
    }

    /** Records that household {@code i} leaves position {@code oud}, when recording. */
    void noteer(int i, int oud) {
        if (!actief) {
            return;
        }
        if (lengte == huishouden.length) {
            huishouden = Arrays.copyOf(huishouden, 2 * lengte);
            keuze = Arrays.copyOf(keuze, 2 * lengte);
        }
        huishouden[lengte] = i;
        keuze[lengte++] = oud;
    }

    /** Changes recorded. */
    int lengte() {
        return lengte;
    }

    /** The household of the {@code q}-th change. */
    int huishouden(int q) {
        return huishouden[q];
    }

    /** The position the household of the {@code q}-th change had before it. */
    int keuze(int q) {
        return keuze[q];
    }
}
