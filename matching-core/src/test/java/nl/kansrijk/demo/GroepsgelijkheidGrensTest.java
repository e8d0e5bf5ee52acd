package nl.kansrijk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import nl.kansrijk.model.MatchingProblem;
import nl.kansrijk.rules.Regel;
import nl.kansrijk.solve.BruteForce;
import nl.kansrijk.solve.MatchingConfig;
import nl.kansrijk.solve.MatchingEngine;
import nl.kansrijk.solve.MatchingResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * With the groepsgelijkheid rule on, the engine's proven bound stays at or above the brute-force optimum of the mini
 * instance (balans off and on; the brute force scores the rule's term as {@code PlanScorer} does), and the engine
 * finds that optimum, proven by the exact path with the rule linearised.
 */
class GroepsgelijkheidGrensTest {

    private static final MatchingProblem PROBLEEM = MiniVoorbeeld.probleem();

    @ParameterizedTest
    @ValueSource(longs = {1, 3, 10, 100, 1000})
    void boundIsAtLeastTheBruteForceOptimumWithTheRuleOn(long w) {
        for (MatchingConfig c : new MatchingConfig[] {MiniVoorbeeld.config(), MiniVoorbeeld.config().withGewicht(Regel.BALANS, 1)}) {
            MatchingConfig config = c.withGewicht(Regel.GROEPSGELIJKHEID, w);
            HardMediumSoftScore optimum = BruteForce.optimum(PROBLEEM, config).score();
            // the engine's proven bound, for plans leaving as few unplaced as its plan
            MatchingResult r = new MatchingEngine().solve(PROBLEEM, config);
            assertThat(r.score().mediumScore()).isEqualTo(optimum.mediumScore());
            assertThat(r.score()).isEqualTo(optimum);
            assertThat(r.bewijs().bovengrens()).isGreaterThanOrEqualTo(optimum.softScore());
            // the exact path takes the rule (linear with the fixed reference) and proves the optimum
            assertThat(r.bewijs().optimaal()).as("weight %d", w).isTrue();
            assertThat(r.bewijs().methode()).isEqualTo(nl.kansrijk.model.Bewijs.EXACT);
        }
    }
}
