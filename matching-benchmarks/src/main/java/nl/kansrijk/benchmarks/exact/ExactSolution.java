package nl.kansrijk.benchmarks.exact;

import java.time.Duration;
import java.util.Map;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;

/**
 * What the exact model found: the best plan's score and the proven bounds. When both stages are optimal the
 * score is the optimum of the linear rules; otherwise the optimum lies between the score and the bounds.
 *
 * @param score score of the best plan found ({@code null} when the solver found none in time)
 * @param mediumGrens proven upper bound on the medium score
 * @param zachtGrens proven upper bound on the soft score, given the medium score of {@code score}
 * @param optimaal whether both stages were proven optimal
 * @param koppelingen the best plan: household id → gemeente code for the placed free households
 * @param tijd wall-clock time of model building and both stages
 * @param vrijeHuishoudens households the model decided
 * @param variabelen binary placement variables
 * @param status solver status of the medium and the soft stage
 */
public record ExactSolution(HardMediumSoftScore score, long mediumGrens, long zachtGrens, boolean optimaal,
        Map<String, String> koppelingen, Duration tijd, int vrijeHuishoudens, long variabelen, String status) {

    public ExactSolution {
        koppelingen = Map.copyOf(koppelingen);
    }

    /**
     * Relative gap of the soft score to its bound, {@code (bound − soft) / |bound|}; 0 when proven optimal.
     * Meaningful when the medium score reached its bound.
     */
    public double gap() {
        if (score == null) {
            return Double.NaN;
        }
        long soft = score.softScore();
        return zachtGrens == soft ? 0.0 : (double) (zachtGrens - soft) / Math.abs((double) zachtGrens);
    }

    /** Whether the medium stage reached its proven bound (so the soft bound is the bound of the optimum). */
    public boolean mediumOptimaal() {
        return score != null && score.mediumScore() == mediumGrens;
    }
}
