package nl.kansrijk.benchmarks.jmh;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import nl.kansrijk.benchmarks.Instanties;
import nl.kansrijk.benchmarks.exact.KoppelingenVan;
import nl.kansrijk.benchmarks.tuning.SolverVariant;
import nl.kansrijk.model.Koppelplan;
import nl.kansrijk.solve.Beeindiging;
import nl.kansrijk.solve.MatchingEngine;
import nl.kansrijk.solve.PlanContext;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Incremental score calculation: moves evaluated per second by Timefold's score director on the national sample
 * ({@code sample-data/nl-2026-h1}, 6,600 households), driven through the community API. Each invocation runs a
 * local-search phase of exactly {@value #ZETTEN} evaluated moves (change one household's gemeente, or swap two
 * households) from the same complete plan, so the reported ops/s is moves evaluated per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 2, jvmArgsAppend = "-Xmx4g")
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class ScoreCalculationBenchmark {

    static final int ZETTEN = 50_000;

    @Param({"change", "swap"})
    public String zet;

    private PlanContext ctx;
    private Map<String, String> start;
    private SolverFactory<Koppelplan> factory;
    private Koppelplan plan;

    @Setup(Level.Trial)
    public void setUp() {
        ctx = Instanties.lineair(Instanties.sample("nl-2026-h1"));
        // A complete plan to start from: the engine's own construction (one local-search move after it).
        start = KoppelingenVan.resultaat(new MatchingEngine().solve(
                ctx.problem(), ctx.config().withBeeindiging(Beeindiging.zetten(1))));
        factory = SolverFactory.create(SolverVariant.parse("ls:moves=" + zet).lokaalZoeken(
                new TerminationConfig().withMoveCountLimit((long) ZETTEN), 0L));
    }

    @Setup(Level.Invocation)
    public void nieuwPlan() {
        plan = ctx.plan(start);
    }

    @Benchmark
    @OperationsPerInvocation(ZETTEN)
    public Koppelplan zetten() {
        return factory.buildSolver().solve(plan);
    }
}
