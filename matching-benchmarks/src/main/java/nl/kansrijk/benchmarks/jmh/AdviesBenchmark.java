package nl.kansrijk.benchmarks.jmh;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import nl.kansrijk.benchmarks.Instanties;
import nl.kansrijk.benchmarks.exact.KoppelingenVan;
import nl.kansrijk.explain.Advies;
import nl.kansrijk.explain.Adviseur;
import nl.kansrijk.model.Huishouden;
import nl.kansrijk.model.MatchingProblem;
import nl.kansrijk.solve.Beeindiging;
import nl.kansrijk.solve.MatchingConfig;
import nl.kansrijk.solve.MatchingEngine;
import nl.kansrijk.solve.PlanContext;
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
 * The advice call: {@link Adviseur#advies(Huishouden)} for one new household against the national sample in which
 * all other 6,599 households are pinned to the koppeling the engine's construction gave them. Also the cost of
 * building the advisor for such a plan.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 2, jvmArgsAppend = "-Xmx4g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class AdviesBenchmark {

    private PlanContext ctx;
    private Adviseur adviseur;
    private Huishouden nieuw;

    @Setup(Level.Trial)
    public void setUp() {
        MatchingProblem p = Instanties.sample("nl-2026-h1");
        MatchingConfig config = MatchingConfig.STANDAARD.withBeeindiging(Beeindiging.zetten(1));
        Map<String, String> plan = KoppelingenVan.resultaat(new MatchingEngine().solve(p, config));
        List<Huishouden> huishoudens = new ArrayList<>();
        for (Huishouden h : p.huishoudens()) {
            String g = plan.get(h.id());
            if (nieuw == null && g != null) {
                nieuw = h; // the first placed household is the one asked about; every other placed one is pinned
                huishoudens.add(h);
            } else {
                huishoudens.add(g == null ? h : h.metGekoppeldGemeente(g));
            }
        }
        ctx = PlanContext.of(p.withHuishoudens(huishoudens), MatchingConfig.STANDAARD);
        adviseur = new Adviseur(ctx, Map.of());
    }

    @Benchmark
    public Advies advies() {
        return adviseur.advies(nieuw);
    }

    @Benchmark
    public Adviseur adviseurBouwen() {
        return new Adviseur(ctx, Map.of());
    }
}
