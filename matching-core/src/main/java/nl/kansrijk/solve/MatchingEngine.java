package nl.kansrijk.solve;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
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

    /** One solver factory per seed; the termination is set per solve, so any number of limits shares it. */
    private final Map<Long, SolverFactory<Koppelplan>> factories = new ConcurrentHashMap<>();
    private final Integer lateAcceptanceSize;

    /** An engine with Timefold's default search (construction heuristic, then late acceptance over 400 steps). */
    public MatchingEngine() {
        this.lateAcceptanceSize = null;
    }

    /**
     * An engine whose local search uses late acceptance over {@code lateAcceptanceSize} steps. A short list (for
     * example 20) keeps much more of the soft score while the search places more persons: with the default 400,
     * every step that places more persons is followed by 400 steps that accept any soft loss.
     */
    public MatchingEngine(int lateAcceptanceSize) {
        if (lateAcceptanceSize < 1) {
            throw new IllegalArgumentException("late acceptance size must be >= 1, is " + lateAcceptanceSize);
        }
        this.lateAcceptanceSize = lateAcceptanceSize;
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
        Solver<Koppelplan> solver = factory(config.seed()).buildSolver(
                new SolverConfigOverride().withTerminationConfig(terminationConfig(config.beeindiging())));
        solver.addEventListener(e -> voortgang.accept(new Voortgang(
                e.getNewBestScore() instanceof HardMediumSoftScore s ? s : null,
                Duration.ofNanos(System.nanoTime() - startNanos))));
        plan.setScore(null);
        return solver.solve(plan);
    }

    /** Scores a plan with the solver's own score calculation (sets and returns its score). */
    public HardMediumSoftScore score(Koppelplan plan) {
        SolutionManager<Koppelplan, HardMediumSoftScore> manager =
                SolutionManager.create(factory(0L));
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

    private SolverFactory<Koppelplan> factory(long seed) {
        return factories.computeIfAbsent(seed, k -> {
            SolverConfig c = solverConfig(Beeindiging.STANDAARD, k);
            if (lateAcceptanceSize != null) {
                c.withPhases(new ConstructionHeuristicPhaseConfig(), new LocalSearchPhaseConfig()
                        .withAcceptorConfig(new LocalSearchAcceptorConfig().withLateAcceptanceSize(lateAcceptanceSize))
                        .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1)));
            }
            return SolverFactory.create(c);
        });
    }

    static TerminationConfig terminationConfig(Beeindiging b) {
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
        return termination;
    }

    static SolverConfig solverConfig(Beeindiging b, long seed) {
        return new SolverConfig()
                .withSolutionClass(Koppelplan.class)
                .withEntityClasses(Plaatsingseenheid.class)
                .withConstraintProviderClass(KoppelingConstraints.class)
                .withEnvironmentMode(EnvironmentMode.NO_ASSERT)
                .withRandomSeed(seed)
                .withTerminationConfig(terminationConfig(b));
    }
}
