package nl.kansrijk.solve;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * The clock of one solve, computed once from its {@link Beeindiging} and start: when the relaxation's search ends
 * and local search starts, when the knapsack relaxation's steps end, until when ruin and recreate may restart, and
 * what time the solver gets after the relaxation. Without a time limit nothing here depends on the clock: the
 * relaxation's search is never cut short by time, the knapsack steps end by their own work limit and there are no
 * restarts (a move-limited solve must be repeatable, and would otherwise do much more work).
 */
final class Deadlines {

    /** The solver's own time when the relaxation used up the limit: enough to install and score its plan. */
    static final Duration MIN_REST = Duration.ofMillis(200);
    /** The share of the time limit the relaxation's search may use before local search starts. */
    static final double START_AANDEEL = 0.9;
    /**
     * The same share with the groepsgelijkheid rule on: the relaxation's search does not see that rule (a term over
     * groups), Timefold's local search does, so local search gets half the time. Measured on a region of 60
     * gemeenten, 600 households, weight 1000, 10 s (docs/research.md): the gap between groups 143 → 55 soft points per
     * person against 0.9, the worst group 840 → 842, the score with the rule 0.3 M points higher.
     */
    static final double START_AANDEEL_GROEPEN = 0.5;
    /**
     * The share of the time limit after which the knapsack relaxation's steps end (ruin and recreate gets the rest),
     * and at most {@link #KNAPSACK_MAX} (its first steps give the most; a long solve shows its first plan sooner).
     */
    static final double KNAPSACK_AANDEEL = 0.4;
    static final Duration KNAPSACK_MAX = Duration.ofSeconds(12);
    /** The share of the knapsack steps' time they get at least, counted from their first step. */
    static final double KNAPSACK_MIN_AANDEEL = 0.25;
    /**
     * Until this share of the time limit, and at most {@link #HERSTART_MAX}, ruin and recreate may run again from
     * the next best starts (a long solve thus shows its first plan within about that time).
     */
    static final double HERSTART_AANDEEL = 0.6;
    static final Duration HERSTART_MAX = Duration.ofSeconds(20);

    private final Beeindiging beeindiging;
    private final long startNanos;
    /** When the relaxation's search ends (and the second core's work is waited for); {@link Long#MAX_VALUE}: never. */
    private final long relaxatieNanos;
    private final long herstartNanos;

    private Deadlines(Beeindiging beeindiging, long startNanos, double startAandeel) {
        this.beeindiging = beeindiging;
        this.startNanos = startNanos;
        Duration limiet = beeindiging.tijdslimiet();
        this.relaxatieNanos = limiet == null ? Long.MAX_VALUE : startNanos + (long) (startAandeel * limiet.toNanos());
        this.herstartNanos = limiet == null ? 0
                : startNanos + Math.min((long) (HERSTART_AANDEEL * limiet.toNanos()), HERSTART_MAX.toNanos());
    }

    /** The deadlines of a solve under {@code beeindiging} that started at {@code startNanos} ({@link System#nanoTime}). */
    static Deadlines van(Beeindiging beeindiging, long startNanos) {
        return new Deadlines(beeindiging, startNanos, START_AANDEEL);
    }

    /** As {@link #van(Beeindiging, long)}, with the relaxation's share for a solve with the groepsgelijkheid rule on. */
    static Deadlines metGroepen(Beeindiging beeindiging, long startNanos) {
        return new Deadlines(beeindiging, startNanos, START_AANDEEL_GROEPEN);
    }

    /** When the relaxation's search ends, as {@link System#nanoTime}; {@link Long#MAX_VALUE} without a time limit. */
    long relaxatieNanos() {
        return relaxatieNanos;
    }

    /** Whether the relaxation's search is out of time. */
    boolean relaxatieVoorbij() {
        return System.nanoTime() > relaxatieNanos;
    }

    /** When the knapsack relaxation's steps end: a new stop per call (it remembers their first step). */
    BooleanSupplier knapsackStop() {
        Duration limiet = beeindiging.tijdslimiet();
        return limiet == null ? () -> false : new KnapsackStop(startNanos,
                Math.min((long) (KNAPSACK_AANDEEL * limiet.toNanos()), KNAPSACK_MAX.toNanos()));
    }

    /** Whether ruin and recreate may no longer restart. */
    BooleanSupplier herstartStop() {
        return beeindiging.tijdslimiet() == null ? () -> true : () -> System.nanoTime() > herstartNanos;
    }

    /** The solver's limits: the time limit covers the whole solve, so the solver gets what the relaxation left. */
    Beeindiging solverRest() {
        Duration limiet = beeindiging.tijdslimiet();
        return limiet == null ? beeindiging : new Beeindiging(
                Duration.ofMillis(Math.max(MIN_REST.toMillis(), limiet.toMillis() - (System.nanoTime() - startNanos) / 1_000_000)),
                beeindiging.onverbeterdeStappen(), beeindiging.zettenlimiet());
    }

    /** Time since the start of the solve. */
    Duration verstreken() {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    /**
     * When the knapsack relaxation's steps end: {@code budget} after the start of the solve, but never sooner than
     * {@link #KNAPSACK_MIN_AANDEEL} of it after their first step (on a busy machine the relaxation's two starts
     * can take most of the budget, and without steps the bound falls back to the looser price relaxation's).
     * One per solve.
     */
    private static final class KnapsackStop implements BooleanSupplier {
        private final long einde;
        private final long minimum;
        private long eersteStap = -1;

        KnapsackStop(long startNanos, long budget) {
            this.einde = startNanos + budget;
            this.minimum = (long) (KNAPSACK_MIN_AANDEEL * budget);
        }

        @Override
        public boolean getAsBoolean() {
            long nu = System.nanoTime();
            if (eersteStap < 0) {
                eersteStap = nu;
            }
            return nu > Math.max(einde, eersteStap + minimum);
        }
    }
}
