package nl.kansrijk.solve;

import java.time.Duration;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;

/**
 * Progress of a running solve, reported each time a better plan is found.
 *
 * @param besteScore the best score so far
 * @param verstreken time since the solve started
 */
public record Voortgang(HardMediumSoftScore besteScore, Duration verstreken) {
}
