package nl.kansrijk.benchmarks.jmh;

import java.util.concurrent.TimeUnit;

import nl.kansrijk.benchmarks.Instanties;
import nl.kansrijk.relaxation.PlanSearch;
import nl.kansrijk.relaxation.Relaxation;
import nl.kansrijk.relaxation.TransportModel;
import nl.kansrijk.solve.MatchingConfig;
import nl.kansrijk.solve.PlanContext;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The engine's own local search ({@link PlanSearch}, the search that decides the plan since the optimal core) on
 * the national sample ({@code sample-data/nl-2026-h1}, 6,600 households, default weights): moves evaluated per
 * second. A move evaluation is the exact change of the plan's score (medium and soft, {@code balans} included) and
 * of the quotas when one household, or a household and one it ejects, changes gemeente — what Timefold's
 * score director does per move in {@link ScoreCalculationBenchmark}. The trial starts from the local optimum of
 * the relaxation's plan; each invocation runs {@value #RONDES} ruin-and-recreate rounds from where the last one
 * stopped. JMH reports the {@code zetten} counter per second: moves evaluated per second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 2, jvmArgsAppend = "-Xmx4g")
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class PlanSearchBenchmark {

    static final int RONDES = 200;

    private PlanSearch search;
    private long seed;

    /** Moves evaluated, reported by JMH per second. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Teller {
        public long zetten;
    }

    @Setup(Level.Trial)
    public void setUp() {
        PlanContext ctx = PlanContext.of(Instanties.sample("nl-2026-h1"), MatchingConfig.STANDAARD);
        Relaxation relaxation = Relaxation.of(new TransportModel(ctx.nieuwPlan(), ctx.config().gewichten()));
        search = new PlanSearch(relaxation);
        search.run(0, 50, () -> false);
    }

    @Benchmark
    public int[] herbouw(Teller teller) {
        long voor = search.zetten();
        int[] keuze = search.herbouw(++seed, RONDES, () -> false);
        teller.zetten += search.zetten() - voor;
        return keuze;
    }
}
