package nl.kansrijk.solve;

import java.time.Duration;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;

/**
 * Progress of a running solve, reported each time a better plan is found.
 *
 * @param besteScore the best score so far
 * @param verstreken time since the solve started
 * @param bovengrens the proven upper bound of the soft score that the solve's relaxation gave (valid for every plan
 *                   leaving no more persons unplaced than its starting plan), or {@code null} when none was computed
 */
public record Voortgang(HardMediumSoftScore besteScore, Duration verstreken, Long bovengrens) {

    /** Progress without a bound. */
    public Voortgang(HardMediumSoftScore besteScore, Duration verstreken) {
        this(besteScore, verstreken, null);
    }
}
