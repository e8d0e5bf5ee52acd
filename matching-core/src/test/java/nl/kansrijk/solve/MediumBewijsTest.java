package nl.kansrijk.solve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import nl.kansrijk.exact.ExactResult;
import nl.kansrijk.exact.ExactSolver;
import nl.kansrijk.model.Koppelplan;
import nl.kansrijk.relaxation.BruteForce;
import nl.kansrijk.relaxation.KrappeRegio;
import nl.kansrijk.relaxation.TransportModel;
import org.junit.jupiter.api.Test;

/**
 * The fewest unplaced persons the knapsack relaxation proves ({@link RelaxationStart#minOngeplaatst()}): never more
 * than any plan leaves (brute force), and the true minimum on regions where quotas leave room in pieces.
 */
class MediumBewijsTest {

    private static RelaxationStart start(Koppelplan plan, TransportModel m) {
        return RelaxationStart.of(m, plan, 1L, () -> false, () -> false, () -> true);
    }

    @Test
    void nooitMeerDanEenPlanOngeplaatstLaat() {
        for (long seed = 1; seed <= 6; seed++) {
            Koppelplan plan = KrappeRegio.plan(3, 7, 0.7, seed);
            TransportModel m = new TransportModel(plan, MatchingConfig.STANDAARD.gewichten());
            long minimum = -BruteForce.optimum(m)[0]; // niet-geplaatst weight 1: medium is minus the unplaced persons
            long bewezen = start(plan, m).minOngeplaatst();
            assertThat(bewezen).as("seed %d", seed).isLessThanOrEqualTo(minimum);
        }
    }

    @Test
    void bewijstHetMinimumWaarQuotaInStukkenVallen() {
        assumeTrue(ExactSolver.beschikbaar(), "OR-Tools cannot load here");
        int bewezen = 0;
        for (long seed = 1; seed <= 3; seed++) {
            Koppelplan plan = KrappeRegio.plan(12, 150, 0.9, seed);
            TransportModel m = new TransportModel(plan, MatchingConfig.STANDAARD.gewichten());
            ExactResult optimum = new ExactSolver(m).los(Double.POSITIVE_INFINITY).orElseThrow();
            long u = -optimum.medium();
            long min = start(plan, m).minOngeplaatst();
            System.out.printf("seed %d: fewest unplaced %d, proven by the knapsack %d%n", seed, u, min);
            assertThat(min).isLessThanOrEqualTo(u);
            if (min == u) {
                bewezen++;
            }
        }
        assertThat(bewezen).isPositive();
    }
}
