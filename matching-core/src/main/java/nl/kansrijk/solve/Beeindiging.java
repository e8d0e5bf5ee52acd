package nl.kansrijk.solve;

import java.time.Duration;

/**
 * When the solver stops (beëindiging): whichever limit is reached first. The construction heuristic always runs
 * to the end (every household gets its chance of a place); the step and move limits count local-search steps and
 * moves only. A step counts only once a move is accepted, so with a step limit and no move limit local search also
 * stops after 1,000 evaluated moves per free household (at least 20,000). Step- and move-count limits give the same
 * result on every machine for the same seed; a time limit caps the whole solve and makes the result depend on
 * machine speed.
 *
 * @param tijdslimiet wall-clock limit, or {@code null} for none
 * @param onverbeterdeStappen stop after this many local-search steps without a better best score, or {@code null}
 * @param zettenlimiet stop local search after this many evaluated moves, or {@code null}
 */
public record Beeindiging(Duration tijdslimiet, Integer onverbeterdeStappen, Long zettenlimiet) {

    /** The default: 2,000 local-search steps without improvement once the plan is within 0.1 % of its bound, capped at 30 seconds. */
    public static final Beeindiging STANDAARD = new Beeindiging(Duration.ofSeconds(30), 2_000, null);

    public Beeindiging {
        if (tijdslimiet == null && onverbeterdeStappen == null && zettenlimiet == null) {
            throw new IllegalArgumentException("at least one termination limit is needed");
        }
        if (tijdslimiet != null && (tijdslimiet.isNegative() || tijdslimiet.isZero())) {
            throw new IllegalArgumentException("time limit must be positive");
        }
        if (onverbeterdeStappen != null && onverbeterdeStappen <= 0) {
            throw new IllegalArgumentException("unimproved step count must be positive");
        }
        if (zettenlimiet != null && zettenlimiet <= 0) {
            throw new IllegalArgumentException("move count limit must be positive");
        }
    }

    /** Only a time limit. */
    public static Beeindiging tijd(Duration limiet) {
        return new Beeindiging(limiet, null, null);
    }

    /** Only a move-count limit: fully reproducible. */
    public static Beeindiging zetten(long limiet) {
        return new Beeindiging(null, null, limiet);
    }

    /** Whether the result is reproducible on any machine (no time limit could end the search). */
    public boolean isReproduceerbaar() {
        return tijdslimiet == null;
    }
}
