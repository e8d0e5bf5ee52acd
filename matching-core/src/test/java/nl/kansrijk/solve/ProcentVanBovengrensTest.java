package nl.kansrijk.solve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import nl.kansrijk.model.Bewijs;
import nl.kansrijk.rules.Regel;
import org.junit.jupiter.api.Test;

/**
 * The percentage of the bound printed to users: never one of a bound that does not model the plan's group term; the
 * exact path's and the group bound ({@code relaxatie-groepen}) do.
 */
class ProcentVanBovengrensTest {

    private static MatchingResult resultaat(long zacht, long groepsterm, Bewijs bewijs) {
        Map<Regel, Long> per = new EnumMap<>(Regel.class);
        for (Regel r : Regel.values()) {
            per.put(r, 0L);
        }
        per.put(Regel.GROEPSGELIJKHEID, groepsterm);
        return new MatchingResult("2026-H1", List.of(), List.of(), HardMediumSoftScore.of(0, 0, zacht), per,
                MatchingConfig.STANDAARD, Duration.ZERO, bewijs);
    }

    @Test
    void aRelaxationBoundIsNotAPercentageOfAPlanThatPaysTheGroupTerm() {
        Bewijs relaxatie = new Bewijs(1_000_000, true, false, "relaxatie");
        assertThat(resultaat(990_000, 0, relaxatie).procentVanBovengrens()).hasValue(99.0);
        // the same bound, the plan paying 2,000,000 for groepsgelijkheid: −100 % would say nothing
        assertThat(resultaat(-1_000_000, -2_000_000, relaxatie).procentVanBovengrens()).isEmpty();
        // the exact path's bound models the rule: its percentage is meaningful
        Bewijs exact = new Bewijs(980_000, true, true, "exact");
        assertThat(resultaat(980_000, -20_000, exact).procentVanBovengrens()).hasValue(100.0);
        // so does the group bound (the relaxation with a price per group): its percentage is printed again
        Bewijs groepen = new Bewijs(1_000_000, true, false, Bewijs.RELAXATIE_GROEPEN);
        assertThat(resultaat(990_000, -20_000, groepen).procentVanBovengrens()).hasValue(99.0);
        // without a group term every method's bound gives its percentage
        assertThat(resultaat(990_000, 0, groepen).procentVanBovengrens()).hasValue(99.0);
    }
}
