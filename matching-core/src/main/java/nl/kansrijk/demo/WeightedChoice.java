package nl.kansrijk.demo;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Draws an index with probability proportional to fixed non-negative weights (binary search over the
 * cumulative sums). Immutable; the randomness comes from the caller's generator, so draws are seeded.
 */
final class WeightedChoice {

    private final double[] cumulative;

    WeightedChoice(double[] weights) {
        cumulative = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            if (!(weights[i] >= 0)) {
                throw new IllegalArgumentException("weight " + i + " is " + weights[i]);
            }
            sum += weights[i];
            cumulative[i] = sum;
        }
        if (!(sum > 0)) {
            throw new IllegalArgumentException("all weights are zero");
        }
    }

    /** An index drawn in proportion to its weight. */
    int pick(SplittableRandom rng) {
        double x = rng.nextDouble() * cumulative[cumulative.length - 1];
        int i = Arrays.binarySearch(cumulative, x);
        int idx = i >= 0 ? i + 1 : -i - 1;
        // skip zero-weight entries that share the cumulative value
        while (idx < cumulative.length - 1 && cumulative[idx] <= x) {
            idx++;
        }
        return Math.min(idx, cumulative.length - 1);
    }

    /** A uniform integer in [0, n), from one {@code nextDouble} so it is the same on every JDK. */
    static int uniform(SplittableRandom rng, int n) {
        return Math.min(n - 1, (int) (rng.nextDouble() * n));
    }

    /** True with probability {@code p}. */
    static boolean chance(SplittableRandom rng, double p) {
        return rng.nextDouble() < p;
    }

    /** Symmetric triangular noise in [−1, 1], mean 0. */
    static double noise(SplittableRandom rng) {
        return rng.nextDouble() + rng.nextDouble() - 1.0;
    }
}
