package nl.kansrijk.solve;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicType;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.CartesianProductMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import nl.kansrijk.model.Koppelplan;
import nl.kansrijk.model.MatchingProblem;
import nl.kansrijk.model.Plaatsingseenheid;

/**
 * The entry point a host application embeds: solve a {@link MatchingProblem} under a {@link MatchingConfig}, or
 * score a plan made elsewhere. Thread-safe and reentrant: one engine may run several solves at once, each with
 * its own solver. Same problem, configuration and seed give the same result when the termination is
 * step- or move-count based.
 */
public final class MatchingEngine {

    private final Map<SolverKey, SolverFactory<Koppelplan>> factories = new ConcurrentHashMap<>();

    private record SolverKey(Beeindiging beeindiging, long seed) {
    }

    /** Solves the problem: every household not pinned gets a gemeente or is left unplaced with a reason. */
    public MatchingResult solve(MatchingProblem problem, MatchingConfig config) {
        return solve(PlanContext.of(problem, config), v -> { });
    }

    /** Solves the problem, reporting each new best score to {@code voortgang}. */
    public MatchingResult solve(MatchingProblem problem, MatchingConfig config, Consumer<Voortgang> voortgang) {
        return solve(PlanContext.of(problem, config), voortgang);
    }

    /** Solves a prepared problem, reporting each new best score to {@code voortgang}. */
    public MatchingResult solve(PlanContext ctx, Consumer<Voortgang> voortgang) {
        Koppelplan plan = ctx.nieuwPlan();
        long start = System.nanoTime();
        Koppelplan best = solve(ctx.config(), plan, voortgang, start);
        return PlanScorer.resultaat(ctx, best, Duration.ofNanos(System.nanoTime() - start));
    }

    /**
     * Runs the solver on a plan built by {@link PlanContext}; returns the best plan found (a new object).
     * Households already placed in {@code plan} start there; pinned ones never move.
     */
    public Koppelplan solve(MatchingConfig config, Koppelplan plan, Consumer<Voortgang> voortgang, long startNanos) {
        boolean movable = plan.getEenheden().stream().anyMatch(p -> !p.isVastgezet() && !p.getToegestaan().isEmpty());
        if (!movable) {
            score(plan);
            return plan;
        }
        Solver<Koppelplan> solver = factory(config.beeindiging(), config.seed()).buildSolver();
        solver.addEventListener(e -> voortgang.accept(new Voortgang(
                e.getNewBestScore() instanceof HardMediumSoftScore s ? s : null,
                Duration.ofNanos(System.nanoTime() - startNanos))));
        plan.setScore(null);
        return solver.solve(plan);
    }

    /** Scores a plan with the solver's own score calculation (sets and returns its score). */
    public HardMediumSoftScore score(Koppelplan plan) {
        SolutionManager<Koppelplan, HardMediumSoftScore> manager =
                SolutionManager.create(factory(Beeindiging.STANDAARD, 0L));
        return manager.update(plan);
    }

    /**
     * Scores a plan made elsewhere (for example last period's manual koppelingen) with the same rules:
     * households absent from {@code koppelingen} count as unplaced, pinned ones stay at their koppeling.
     */
    public MatchingResult evaluate(MatchingProblem problem, MatchingConfig config, Map<String, String> koppelingen) {
        PlanContext ctx = PlanContext.of(problem, config);
        Koppelplan plan = ctx.plan(koppelingen);
        score(plan);
        return PlanScorer.resultaat(ctx, plan, Duration.ZERO);
    }

    private SolverFactory<Koppelplan> factory(Beeindiging beeindiging, long seed) {
        return factories.computeIfAbsent(new SolverKey(beeindiging, seed),
                k -> SolverFactory.create(solverConfig(k.beeindiging(), k.seed())));
    }

    static SolverConfig solverConfig(Beeindiging b, long seed) {
        TerminationConfig termination = new TerminationConfig();
        if (b.tijdslimiet() != null) {
            termination.setSpentLimit(b.tijdslimiet());
        }
        if (b.onverbeterdeStappen() != null) {
            termination.setUnimprovedStepCountLimit(b.onverbeterdeStappen());
        }
        if (b.zettenlimiet() != null) {
            termination.setMoveCountLimit(b.zettenlimiet());
        }
        return new SolverConfig()
                .withSolutionClass(Koppelplan.class)
                .withEntityClasses(Plaatsingseenheid.class)
                .withConstraintProviderClass(KoppelingConstraints.class)
                .withEnvironmentMode(EnvironmentMode.NO_ASSERT)
                .withRandomSeed(seed)
                .withTerminationConfig(termination)
                .withPhases(
                        // hardest households first (fewest allowed gemeenten, then most persons), each to its best gemeente
                        new ConstructionHeuristicPhaseConfig()
                                .withConstructionHeuristicType(ConstructionHeuristicType.FIRST_FIT_DECREASING),
                        // change and swap moves, plus a change combined with a swap: where capacity is tight, some improvements
                        // need three households to move at once
                        new LocalSearchPhaseConfig().withMoveSelectorConfig(new UnionMoveSelectorConfig().withMoveSelectors(
                                new ChangeMoveSelectorConfig(), new SwapMoveSelectorConfig(),
                                new CartesianProductMoveSelectorConfig()
                                        .withMoveSelectors(new ChangeMoveSelectorConfig(), new SwapMoveSelectorConfig()))));
    }
}
