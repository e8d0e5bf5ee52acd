package nl.kansrijk.io.json;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;

/**
 * A score as every JSON answer and file writes it: {@code {hard, medium, soft, tekst}} (docs/advice.md). Built here
 * only, by {@link #van(HardMediumSoftScore)}.
 *
 * @param hard points of hard rules broken (0 or negative)
 * @param medium the persons placed (medium level)
 * @param soft the soft points
 * @param tekst the score as Timefold writes it ({@code 0hard/17medium/-250soft})
 */
public record ScoreJson(long hard, long medium, long soft, String tekst) {

    /** The JSON form of a score, or {@code null} for none. */
    public static ScoreJson van(HardMediumSoftScore s) {
        return s == null ? null : new ScoreJson(s.hardScore(), s.mediumScore(), s.softScore(), s.toString());
    }
}
