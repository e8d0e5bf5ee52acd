package nl.kansrijk.exact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import nl.kansrijk.demo.DemoDataGenerator;
import nl.kansrijk.demo.DemoSettings;
import nl.kansrijk.demo.Gebied;
import nl.kansrijk.model.MatchingProblem;
import nl.kansrijk.relaxation.BruteForce;
import nl.kansrijk.relaxation.TransportModel;
import nl.kansrijk.solve.MatchingConfig;
import nl.kansrijk.solve.PlanContext;
import org.junit.jupiter.api.Test;

/** The exact path against a brute-force enumeration of every plan of small regions (tight and with spare room). */
class ExactSolverTest {

    /** A region of {@code gemeenten} around Utrecht with {@code huishoudens} households. */
    static TransportModel model(int gemeenten, int huishoudens, double ruimte, long seed) {
        MatchingProblem p = DemoDataGenerator.genereer(DemoSettings.of(huishoudens, seed)
                .withGebied(Gebied.regio("GM0344", gemeenten)).withRuimte(ruimte));
        PlanContext ctx = PlanContext.of(p, MatchingConfig.STANDAARD);
        return new TransportModel(ctx.nieuwPlan(), MatchingConfig.STANDAARD.gewichten());
    }

    @Test
    void vindtEnBewijstHetOptimumVanElkPlan() {
        assumeTrue(ExactSolver.beschikbaar(), "OR-Tools cannot load here");
        for (long seed = 1; seed <= 4; seed++) {
            // no spare room (whole households rarely fill it: some stay unplaced) and some spare room
            for (double ruimte : new double[] {0.0, 0.05}) {
                TransportModel m = model(3, 7, ruimte, seed);
                long[] beste = BruteForce.optimum(m);
                ExactResult r = new ExactSolver(m).los(Double.POSITIVE_INFINITY).orElseThrow();
                assertThat(r.mediumBewezen()).isTrue();
                assertThat(r.medium()).as("medium, seed %d ruimte %s", seed, ruimte).isEqualTo(beste[0]);
                assertThat(r.zacht()).as("soft, seed %d ruimte %s", seed, ruimte).isEqualTo(beste[1]);
                assertThat(r.zachtGrens()).isGreaterThanOrEqualTo(beste[1]);
                assertThat(r.optimaal()).isTrue();
                assertThat(BruteForce.waarde(m, r.keuze())).containsExactly(r.medium(), r.zacht());
            }
        }
    }

    @Test
    void zelfdeModelZelfdePlan() {
        assumeTrue(ExactSolver.beschikbaar(), "OR-Tools cannot load here");
        TransportModel m = model(6, 60, 0.02, 7);
        ExactResult a = new ExactSolver(m).los(Double.POSITIVE_INFINITY).orElseThrow();
        ExactResult b = new ExactSolver(m).los(Double.POSITIVE_INFINITY).orElseThrow();
        assertThat(a.keuze()).containsExactly(b.keuze());
        assertThat(a.optimaal()).isTrue();
    }

    @Test
    void gestoptVindtNiets() {
        assumeTrue(ExactSolver.beschikbaar(), "OR-Tools cannot load here");
        ExactSolver s = new ExactSolver(model(3, 7, 0.0, 1));
        s.stop();
        assertThat(s.los(Double.POSITIVE_INFINITY)).isEmpty();
    }
}
