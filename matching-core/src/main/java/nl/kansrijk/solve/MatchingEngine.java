package nl.kansrijk.solve;

import java.time.Duration;
import java.util.List;
import java.util.Map;
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
import nl.kansrijk.model.Bestemming;
import nl.kansrijk.model.Koppelplan;
import nl.kansrijk.model.MatchingProblem;
import nl.kansrijk.model.Plaatsingseenheid;
import nl.kansrijk.rules.Regel;
import nl.kansrijk.exact.Groepsterm;
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

    /** What a solver factory depends on: the local-search step limit and the seed (time and move limits are per solve). */
    private record SolverKey(Integer onverbeterdeStappen, long seed) {
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
        Oplossing oplossing = solve(ctx.config(), plan, voortgang, start);
        return PlanScorer.resultaat(ctx, oplossing.plan(), Duration.ofNanos(System.nanoTime() - start),
                oplossing.bewijs());
    }

    /**
     * Runs the solve on a plan built by {@link PlanContext}: the relaxation and its search (with the second core's
     * exact path and bound beside it) build a plan of whole households; that plan is installed as the solver's
     * initial solution; the solver places who is still unplaced and improves it by local search, unless the plan is
     * proven optimal (then it is only scored). Households already placed in {@code plan} start there; pinned ones
     * never move. {@code plan} itself is changed (it receives the relaxation's plan); the best plan is returned with
     * what the solve proved about it.
     */
    public Oplossing solve(MatchingConfig config, Koppelplan plan, Consumer<Voortgang> voortgang, long startNanos) {
        boolean movable = plan.getEenheden().stream().anyMatch(p -> !p.isVastgezet() && !p.getToegestaan().isEmpty());
        if (!movable) {
            score(plan);
            return new Oplossing(plan, null);
        }
        Deadlines deadlines = config.gewichten().get(Regel.GROEPSGELIJKHEID) == 0
                ? Deadlines.van(config.beeindiging(), startNanos) : Deadlines.metGroepen(config.beeindiging(), startNanos);
        RelaxationStart start = relaxatie(config, plan, deadlines);
        installeer(plan, start.voorstel());
        Long grens = start.voorstelGrens();
        Koppelplan best;
        if (start.exact() != null && start.exact().optimaal()) {
            // proven optimal: no search, only the score
            voortgang.accept(new Voortgang(score(plan), deadlines.verstreken(), grens));
            best = plan;
        } else {
            best = zoek(config, plan, start, deadlines, voortgang);
        }
        return new Oplossing(best, start.verfijnd(best).bewijs(best));
    }

    /**
     * The relaxation and its search on this thread, the second core's exact path and bound beside it
     * ({@link TweedeKern}), joined: the plan of whole households to start from, with its bounds.
     */
    private static RelaxationStart relaxatie(MatchingConfig config, Koppelplan plan, Deadlines deadlines) {
        TransportModel model = new TransportModel(plan, config.gewichten());
        TweedeKern tweede = TweedeKern.start(model, Groepsterm.van(plan, config.gewichten()), config,
                deadlines.relaxatieNanos());
        RelaxationStart start;
        try {
            start = RelaxationStart.of(model, plan, config.seed(),
                    () -> deadlines.relaxatieVoorbij() || Thread.currentThread().isInterrupted() || tweede.optimaal(),
                    deadlines.knapsackStop(), deadlines.herstartStop());
        } finally {
            if (Thread.currentThread().isInterrupted()) {
                tweede.stop();
            }
        }
        TweedeKern.Uitkomst tk = tweede.uitkomst();
        return start.met(plan, tk.exact(), tk.strafgrens(), tk.groepgrens());
    }

    /** Puts every household that is not pinned at its gemeente in {@code voorstel} (aligned with the plan's units). */
    private static void installeer(Koppelplan plan, List<Bestemming> voorstel) {
        List<Plaatsingseenheid> eenheden = plan.getEenheden();
        for (int i = 0; i < eenheden.size(); i++) {
            Plaatsingseenheid p = eenheden.get(i);
            if (!p.isVastgezet()) {
                p.setBestemming(voorstel.get(i));
            }
        }
    }

    /** The solver from the installed plan: construction for who is still unplaced, then local search. */
    private Koppelplan zoek(MatchingConfig config, Koppelplan plan, RelaxationStart start, Deadlines deadlines,
            Consumer<Voortgang> voortgang) {
        Beeindiging b = config.beeindiging();
        // an unimproved-step limit may end local search only once the plan is within the target of the bound
        Integer stappen = start.binnen(DOEL_AFSTAND_TOT_GRENS) ? b.onverbeterdeStappen() : null;
        Solver<Koppelplan> solver = factory(stappen, config.seed()).buildSolver(
                new SolverConfigOverride().withTerminationConfig(oplossingsgrens(deadlines.solverRest(), plan)));
        Long grens = start.voorstelGrens();
        solver.addEventListener(e -> voortgang.accept(new Voortgang(
                e.getNewBestScore() instanceof HardMediumSoftScore s ? s : null, deadlines.verstreken(), grens)));
        plan.setScore(null);
        return solver.solve(plan);
    }

    /** The quality target: within 0.1 % of the proven bound. */
    static final double DOEL_AFSTAND_TOT_GRENS = 0.001;

    /** Scores a plan with the solver's own score calculation (sets and returns its score). */
    public HardMediumSoftScore score(Koppelplan plan) {
        SolutionManager<Koppelplan, HardMediumSoftScore> manager =
                SolutionManager.create(factory(Beeindiging.STANDAARD.onverbeterdeStappen(), 0L));
        return manager.update(plan);
    }

    /**
     * Scores a plan made elsewhere (for example last period's manual koppelingen) with the same rules:
     * households absent from {@code koppelingen} count as unplaced, pinned ones stay at their koppeling.
     */
    public MatchingResult evaluate(MatchingProblem problem, MatchingConfig config, Map<String, String> koppelingen) {
        return evaluate(PlanContext.of(problem, config), koppelingen);
    }

    /** As {@link #evaluate(MatchingProblem, MatchingConfig, Map)}, on a prepared context (with its dwellings). */
    public MatchingResult evaluate(PlanContext ctx, Map<String, String> koppelingen) {
        Koppelplan plan = ctx.plan(koppelingen);
        score(plan);
        return PlanScorer.resultaat(ctx, plan, Duration.ZERO);
    }

    private SolverFactory<Koppelplan> factory(Integer onverbeterdeStappen, long seed) {
        SolverKey key = new SolverKey(onverbeterdeStappen, seed);
        synchronized (factories) {
            return factories.computeIfAbsent(key, k -> SolverFactory.create(
                    solverConfig(k.onverbeterdeStappen(), k.seed(), lateAcceptanceSize)));
        }
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
                        // the initial solution is the relaxation's plan (StartFase keeps the phases as they were)
                        new CustomPhaseConfig().withCustomPhaseCommands(new StartFase()),
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
