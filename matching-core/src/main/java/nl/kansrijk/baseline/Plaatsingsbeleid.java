package nl.kansrijk.baseline;

import nl.kansrijk.solve.MatchingResult;
import nl.kansrijk.solve.PlanContext;

/**
 * A placement policy (plaatsingsbeleid): a way to link every household of a problem to a gemeente. The engine is
 * one policy; the baselines a researcher compares it with are others. Every policy's plan is scored with the same
 * rules and weights ({@link nl.kansrijk.solve.PlanScorer}), so all appear in the same tables.
 * Implementations are immutable and thread-safe: {@link #plaats} may run for several contexts at once.
 */
public interface Plaatsingsbeleid {

    /** Short name used in tables and charts ({@code engine}, {@code willekeurig}, {@code fcfs}, {@code proportioneel}). */
    String naam();

    /** Places the households of the context's problem and scores the plan under the context's configuration. */
    MatchingResult plaats(PlanContext ctx);

    /** Whether the plan depends on the configuration's seed (otherwise one run per weight setting is enough). */
    default boolean gebruiktSeed() {
        return false;
    }
}
