package nl.kansrijk.relaxation;

import static org.assertj.core.api.Assertions.assertThat;

/** Test helper: checks that a plan of positions in the allowed lists keeps every gemeente within its room. */
final class Quota {

    private Quota() {
    }

    /** Asserts that {@code keuze} (per free household a position in its allowed list, or −1) fits every gemeente. */
    static void binnen(TransportModel model, int[] keuze) {
        long[] last = new long[model.gemeenten()];
        for (int i = 0; i < model.huishoudens(); i++) {
            if (keuze[i] >= 0) {
                last[model.toegestaan(i)[keuze[i]]] += model.personen(i);
            }
        }
        for (int g = 0; g < model.gemeenten(); g++) {
            assertThat(last[g]).as("load of gemeente %d", g).isLessThanOrEqualTo(model.ruimte(g));
        }
    }
}
