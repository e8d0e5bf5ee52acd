package nl.kansrijk.solve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;

import nl.kansrijk.demo.DemoDataGenerator;
import nl.kansrijk.demo.DemoSettings;
import nl.kansrijk.demo.Gebied;
import nl.kansrijk.exact.ExactResult;
import nl.kansrijk.exact.ExactSolver;
import nl.kansrijk.model.Koppelplan;
import nl.kansrijk.model.MatchingProblem;
import nl.kansrijk.model.Taakstelling;
import nl.kansrijk.relaxation.BruteForce;
import nl.kansrijk.relaxation.TransportModel;
import org.junit.jupiter.api.Test;

/**
 * The fewest unplaced persons the knapsack relaxation proves ({@link RelaxationStart#minOngeplaatst()}): never more
 * than any plan leaves (brute force), and the true minimum on regions where quotas leave room in pieces.
 */
class MediumBewijsTest {

    /** A region's plan with its taakstellingen at {@code ruimte} × the persons (below 1: some must stay unplaced). */
    private static Koppelplan plan(int gemeenten, int huishoudens, double ruimte, long seed) {
        MatchingProblem p = DemoDataGenerator.genereer(DemoSettings.of(huishoudens, seed)
                .withGebied(Gebied.regio("GM0344", gemeenten)).withRuimte(0.0));
        List<Taakstelling> krap = p.taakstellingen().stream().map(t -> new Taakstelling(t.gemeenteCode(), t.periode(),
                (int) Math.round(ruimte * t.taakstelling()), t.achterstand(), t.gerealiseerd())).toList();
        p = new MatchingProblem(p.periode(), p.gemeenten(), p.arbeidsmarktregios(), krap, p.azcs(), p.zorglocaties(),
                p.huishoudens());
        return PlanContext.of(p, MatchingConfig.STANDAARD).nieuwPlan();
    }

    private static RelaxationStart start(Koppelplan plan, TransportModel m) {
        return RelaxationStart.of(m, plan, 1L, () -> false, () -> false, () -> true);
    }

    @Test
    void nooitMeerDanEenPlanOngeplaatstLaat() {
        for (long seed = 1; seed <= 6; seed++) {
            Koppelplan plan = plan(3, 7, 0.7, seed);
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
            Koppelplan plan = plan(12, 150, 0.9, seed);
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
