package nl.kansrijk.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import nl.kansrijk.io.report.MetriekKolommen.Richting;
import org.junit.jupiter.api.Test;

/** Which runs of a report are on the Pareto front. */
class ParetoTest {

    @Test
    void keepsThePointsNoOtherBeatsInBothMeasures() {
        // x: km (lower better), y: share (higher better)
        double[] km = {10, 20, 15, 30, 10, Double.NaN, 20};
        double[] aandeel = {0.5, 0.9, 0.5, 0.95, 0.4, 1.0, 0.9};
        boolean[] op = Pareto.front(km, aandeel, Richting.LAGER_BETER, Richting.HOGER_BETER);
        // 0 (10, .5) front; 1 (20, .9) front; 2 (15, .5) beaten by 0; 3 (30, .95) front; 4 beaten by 0;
        // 5 has NaN; 6 equals 1: neither beats the other, both on the front
        assertThat(op).containsExactly(true, true, false, true, false, false, true);
    }

    @Test
    void directionsDecide() {
        double[] a = {1, 2};
        double[] b = {1, 2};
        assertThat(Pareto.front(a, b, Richting.HOGER_BETER, Richting.HOGER_BETER)).containsExactly(false, true);
        assertThat(Pareto.front(a, b, Richting.LAGER_BETER, Richting.LAGER_BETER)).containsExactly(true, false);
        assertThat(Pareto.front(a, b, Richting.LAGER_BETER, Richting.HOGER_BETER)).containsExactly(true, true);
    }
}
