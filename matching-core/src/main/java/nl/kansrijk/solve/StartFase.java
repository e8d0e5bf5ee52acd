package nl.kansrijk.solve;

import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import ai.timefold.solver.core.api.solver.phase.PhaseCommandContext;
import nl.kansrijk.model.Koppelplan;

/**
 * The solver's first phase, which changes nothing: the relaxation's plan is already the initial solution
 * ({@link MatchingEngine#solve(MatchingConfig, Koppelplan, java.util.function.Consumer, long)}). It stands where the
 * phase that installed that plan stood, because Timefold runs the construction heuristic and local search
 * differently when they are not preceded by a phase (measured: without it, step-limited solves end in other plans
 * of the same score). Removing it is a behaviour change: update {@code GoldenPlanTest} with it.
 */
final class StartFase implements PhaseCommand<Koppelplan> {

    @Override
    public void changeWorkingSolution(PhaseCommandContext<Koppelplan> context) {
        // the plan was installed before solving
    }
}
