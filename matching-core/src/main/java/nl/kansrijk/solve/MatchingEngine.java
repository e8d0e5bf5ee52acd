package nl.kansrijk.solve;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicType;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.CartesianProductMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import nl.kansrijk.model.Koppelplan;
import nl.kansrijk.model.MatchingProblem;
import nl.kansrijk.model.Plaatsingseenheid;
import nl.kansrijk.relaxation.TransportModel;

/**
 * The entry point a host application embeds: solve a {@link MatchingProblem} under a {@link MatchingConfig}, or
 * score a plan made elsewhere. Thread-safe and reentrant: one engine may run several solves at once, each with
 * its own solver. Same problem, configuration and seed give the same result when the termination is
 * step- or move-count based.
 */
public final class MatchingEngine {

    /** Solver factories by termination and seed; bounded, least recently used first out. */
    private final Map<SolverKey, SolverFactory<Koppelplan>> factories =
            java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<SolverKey, SolverFactory<Koppelplan>> eldest) {
                    return size() > MAX_FACTORIES;
                }
            });
    private static final int MAX_FACTORIES = 32;
    private final Integer lateAcceptanceSize;

    /**
     * What a solver factory depends on: the local-search step limit, the seed (time and move limits are per solve),
     * and whether the voorstel is proven optimal (then the solver only installs and scores it).
     */
    private record SolverKey(Integer onverbeterdeStappen, long seed, boolean alleenVoorstel) {
    }

    /** An engine with the default search (late acceptance over Timefold's default 400 steps). */
    public MatchingEngine() {
        this.lateAcceptanceSize = null;
    }

    /**
     * An engine whose local search uses late acceptance over {@code lateAcceptanceSize} steps. A short list (for
     * example 20) keeps more of the soft score when the search still has to place persons: with 400, every step
     * that places more persons is followed by 400 steps that accept any soft loss.
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
        Beeindiging b = config.beeindiging();
        long deadline = b.tijdslimiet() == null ? Long.MAX_VALUE
                : startNanos + (long) (START_AANDEEL * b.tijdslimiet().toNanos());
        BooleanSupplier knapsackStop = b.tijdslimiet() == null ? () -> false : new KnapsackStop(startNanos,
                Math.min((long) (KNAPSACK_AANDEEL * b.tijdslimiet().toNanos()), KNAPSACK_MAX.toNanos()));
        // no restarts without a time limit: a move-limited solve would do that much more work
        long herstartDeadline = b.tijdslimiet() == null ? 0
                : startNanos + Math.min((long) (HERSTART_AANDEEL * b.tijdslimiet().toNanos()), HERSTART_MAX.toNanos());
        BooleanSupplier herstartStop = b.tijdslimiet() == null ? () -> true : () -> System.nanoTime() > herstartDeadline;
        TransportModel model = new TransportModel(plan, config.gewichten());
        // the second core: the exact path where the plan fits, and the bound over the penalty per unplaced person
        TweedeKern tweede = TweedeKern.start(model, config, deadline);
        RelaxationStart start;
        try {
            start = RelaxationStart.of(model, plan, config.seed(),
                    () -> System.nanoTime() > deadline || Thread.currentThread().isInterrupted() || tweede.optimaal(),
                    knapsackStop, herstartStop);
        } finally {
            if (Thread.currentThread().isInterrupted()) {
                tweede.stop();
            }
        }
        TweedeKern.Uitkomst tk = tweede.uitkomst();
        start = start.met(plan, tk.exact(), tk.strafgrens());
        boolean bewezen = tk.exact() != null && tk.exact().optimaal();
        plan.setVoorstel(start.voorstel());
        // an unimproved-step limit may end local search only once the plan is within the target of the bound
        Integer stappen = start.binnen(DOEL_AFSTAND_TOT_GRENS) ? b.onverbeterdeStappen() : null;
        // the time limit covers the whole solve: the solver gets what the relaxation left
        Beeindiging rest = b.tijdslimiet() == null ? b : new Beeindiging(
                Duration.ofMillis(Math.max(MIN_REST.toMillis(),
                        b.tijdslimiet().toMillis() - (System.nanoTime() - startNanos) / 1_000_000)),
                b.onverbeterdeStappen(), b.zettenlimiet());
        Solver<Koppelplan> solver = factory(stappen, config.seed(), bewezen).buildSolver(
                new SolverConfigOverride().withTerminationConfig(oplossingsgrens(rest, plan)));
        Long grens = start.voorstelGrens();
        solver.addEventListener(e -> voortgang.accept(new Voortgang(
                e.getNewBestScore() instanceof HardMediumSoftScore s ? s : null,
                Duration.ofNanos(System.nanoTime() - startNanos), grens)));
        plan.setScore(null);
        Koppelplan best = solver.solve(plan);
        best.setVoorstel(null);
        best.setBewijs(start.verfijnd(best).bewijs(best));
        return best;
    }

    /** The solver's own time when the relaxation used up the limit: enough to install and score its plan. */
    static final Duration MIN_REST = Duration.ofMillis(200);
    /** The share of the time limit the relaxation's search may use before local search starts. */
    static final double START_AANDEEL = 0.9;
    /**
     * The share of the time limit after which the knapsack relaxation's steps end (ruin and recreate gets the rest),
     * and at most {@link #KNAPSACK_MAX} (its first steps give the most; a long solve shows its first plan sooner).
     */
    static final double KNAPSACK_AANDEEL = 0.4;
    static final Duration KNAPSACK_MAX = Duration.ofSeconds(12);
    /**
     * Until this share of the time limit, and at most {@link #HERSTART_MAX}, ruin and recreate may run again from
     * the next best starts (a long solve thus shows its first plan within about that time).
     */
    static final double HERSTART_AANDEEL = 0.6;
    static final Duration HERSTART_MAX = Duration.ofSeconds(20);

    /** The share of the knapsack steps' time they get at least, counted from their first step. */
    static final double KNAPSACK_MIN_AANDEEL = 0.25;

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

    /** The quality target: within 0.1 % of the proven bound. */
    static final double DOEL_AFSTAND_TOT_GRENS = 0.001;

    /** Scores a plan with the solver's own score calculation (sets and returns its score). */
    public HardMediumSoftScore score(Koppelplan plan) {
        SolutionManager<Koppelplan, HardMediumSoftScore> manager =
                SolutionManager.create(factory(Beeindiging.STANDAARD.onverbeterdeStappen(), 0L, false));
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

    private SolverFactory<Koppelplan> factory(Integer onverbeterdeStappen, long seed, boolean alleenVoorstel) {
        SolverKey key = new SolverKey(onverbeterdeStappen, seed, alleenVoorstel);
        synchronized (factories) {
            return factories.computeIfAbsent(key, k -> SolverFactory.create(k.alleenVoorstel()
                    ? voorstelConfig(k.seed())
                    : solverConfig(k.onverbeterdeStappen(), k.seed(), lateAcceptanceSize)));
        }
    }

    /** A solver that only installs the voorstel and scores it (a plan proven optimal needs no search). */
    static SolverConfig voorstelConfig(long seed) {
        return basisConfig(seed).withPhases(new CustomPhaseConfig().withCustomPhaseCommands(new VoorstelFase()));
    }

    /** The plan, its entities, the one definition of the score and the seed: what every solver here shares. */
    private static SolverConfig basisConfig(long seed) {
        return new SolverConfig()
                .withSolutionClass(Koppelplan.class)
                .withEntityClasses(Plaatsingseenheid.class)
                .withConstraintProviderClass(KoppelingConstraints.class)
                .withEnvironmentMode(EnvironmentMode.NO_ASSERT)
                .withRandomSeed(seed);
    }

    /** With a step limit but no move limit: local search also stops after this many moves per free household... */
    static final long ZETTEN_PER_HUISHOUDEN = 1_000;
    /** ...and at least this many. */
    static final long MIN_ZETTEN_ZONDER_LIMIET = 20_000;

    /**
     * The solve-wide limits: the time limit, and the move limit counted from the end of the construction heuristic.
     * Timefold counts moves over the whole solve, so the construction heuristic's evaluations (one per allowed
     * gemeente of every free household, plus leaving it unplaced) are added: a small move budget can never cut the
     * construction short, and the budget is what local search gets.
     */
    static TerminationConfig oplossingsgrens(Beeindiging b, Koppelplan plan) {
        TerminationConfig termination = new TerminationConfig();
        if (b.tijdslimiet() != null) {
            termination.setSpentLimit(b.tijdslimiet());
        }
        List<Plaatsingseenheid> vrij = plan.getEenheden().stream().filter(p -> !p.isVastgezet()).toList();
        long constructie = vrij.stream().mapToLong(p -> p.getToegestaan().size() + 1L).sum();
        if (b.zettenlimiet() != null) {
            termination.setMoveCountLimit(constructie + b.zettenlimiet());
        } else if (b.onverbeterdeStappen() != null) {
            // a step only counts once a move is accepted; where none is (a tiny or fully optimised plan), this cap
            // ends the search instead of the time limit
            termination.setMoveCountLimit(constructie + Math.max(MIN_ZETTEN_ZONDER_LIMIET, ZETTEN_PER_HUISHOUDEN * vrij.size()));
        }
        return termination;
    }

    static SolverConfig solverConfig(Integer onverbeterdeStappen, long seed, Integer lateAcceptanceSize) {
        // the step limit belongs to local search; time and move limits are set per solve (oplossingsgrens)
        TerminationConfig lokaal = new TerminationConfig();
        if (onverbeterdeStappen != null) {
            lokaal.setUnimprovedStepCountLimit(onverbeterdeStappen);
        }
        return basisConfig(seed)
                .withPhases(
                        // the plan built from the relaxation (Koppelplan.voorstel), scored by the constraint provider
                        new CustomPhaseConfig().withCustomPhaseCommands(new VoorstelFase()),
                        // any household still unplaced: hardest first (fewest allowed gemeenten, then most persons)
                        new ConstructionHeuristicPhaseConfig()
                                .withConstructionHeuristicType(ConstructionHeuristicType.FIRST_FIT_DECREASING),
                        // change and swap moves, plus a change combined with a swap: where capacity is tight, some improvements
                        // need three households to move at once
                        new LocalSearchPhaseConfig().withTerminationConfig(lokaal)
                                .withAcceptorConfig(lateAcceptanceSize == null ? null
                                        : new LocalSearchAcceptorConfig().withLateAcceptanceSize(lateAcceptanceSize))
                                .withForagerConfig(lateAcceptanceSize == null ? null
                                        : new LocalSearchForagerConfig().withAcceptedCountLimit(1))
                                .withMoveSelectorConfig(new UnionMoveSelectorConfig().withMoveSelectors(
                                new ChangeMoveSelectorConfig(), new SwapMoveSelectorConfig(),
                                new CartesianProductMoveSelectorConfig()
                                        .withMoveSelectors(new ChangeMoveSelectorConfig(), new SwapMoveSelectorConfig()))));
    }
}
