package nl.kansrijk.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import nl.kansrijk.demo.DemoDataGenerator;
import nl.kansrijk.demo.DemoSettings;
import nl.kansrijk.model.Huishouden;
import nl.kansrijk.model.MatchingProblem;
import nl.kansrijk.solve.Beeindiging;
import nl.kansrijk.solve.MatchingConfig;
import nl.kansrijk.solve.MatchingEngine;
import nl.kansrijk.solve.MatchingResult;
import nl.kansrijk.solve.PlanContext;
import org.junit.jupiter.api.Test;

/**
 * Several solves and advice calls at once in one JVM, on different and on identical inputs, through one shared
 * {@link MatchingEngine} and shared {@link PlanContext}s and {@link Adviseur}s: each result must equal the result of
 * the same call made alone on one thread. Uses move-count termination so that "equal" is exact.
 */
class ConcurrentUseTest {

    private static final int THREADS = 6;

    /** One solve to make: a problem, a configuration and a name for failure messages. */
    private record Job(String naam, MatchingProblem problem, MatchingConfig config) {
    }

    /** What a solve decided, without its wall-clock time. */
    private record Uitkomst(Object score, Object perRegel, Object koppelingen, Object gemeenten) {
        static Uitkomst van(MatchingResult r) {
            return new Uitkomst(r.score(), r.totaalPerRegel(), r.koppelingen(), r.gemeenten());
        }
    }

    @Test
    void concurrentSolvesAndAdviceEqualTheirSingleThreadedTwins() throws Exception {
        MatchingConfig base = MatchingConfig.STANDAARD.withBeeindiging(Beeindiging.zetten(15_000));
        List<Job> jobs = List.of(
                new Job("A seed 1", DemoDataGenerator.genereer(DemoSettings.of(40, 1)), base.withSeed(1)),
                new Job("A seed 2", DemoDataGenerator.genereer(DemoSettings.of(40, 1)), base.withSeed(2)),
                new Job("B", DemoDataGenerator.genereer(new DemoSettings(60, 2, "2026-H2", 0.2)), base.withSeed(3)),
                new Job("C", DemoDataGenerator.genereer(DemoSettings.of(25, 3)), base.withSeed(4)));

        // Single-threaded twins, each with its own engine.
        Map<String, MatchingResult> alleen = new LinkedHashMap<>();
        Map<String, Map<String, Advies>> adviesAlleen = new LinkedHashMap<>();
        for (Job j : jobs) {
            MatchingResult r = new MatchingEngine().solve(j.problem(), j.config());
            alleen.put(j.naam(), r);
            adviesAlleen.put(j.naam(), advies(Adviseur.van(PlanContext.of(j.problem(), j.config()), r), j.problem()));
        }

        // The same work at once: every job solved twice (identical inputs in parallel) through one engine, and
        // advice for every household asked from one shared advisor per job by two threads, all released together.
        MatchingEngine gedeeld = new MatchingEngine();
        Map<String, Adviseur> adviseurs = new LinkedHashMap<>();
        for (Job j : jobs) {
            adviseurs.put(j.naam(), Adviseur.van(PlanContext.of(j.problem(), j.config()), alleen.get(j.naam())));
        }
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Runnable>> taken = new ArrayList<>();
        for (Job j : jobs) {
            for (int kopie = 0; kopie < 2; kopie++) {
                taken.add(() -> {
                    start.await();
                    MatchingResult r = gedeeld.solve(j.problem(), j.config());
                    return () -> assertThat(Uitkomst.van(r)).as("solve %s at once vs alone", j.naam())
                            .isEqualTo(Uitkomst.van(alleen.get(j.naam())));
                });
                taken.add(() -> {
                    start.await();
                    Map<String, Advies> a = advies(adviseurs.get(j.naam()), j.problem());
                    return () -> assertThat(a).as("advice %s at once vs alone", j.naam())
                            .isEqualTo(adviesAlleen.get(j.naam()));
                });
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Runnable>> futures = new ArrayList<>();
            for (Callable<Runnable> t : taken) {
                futures.add(pool.submit(t));
            }
            start.countDown();
            for (Future<Runnable> f : futures) {
                f.get(5, TimeUnit.MINUTES).run();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(taken).hasSize(jobs.size() * 4);
        assertThat(alleen.get("A seed 1").koppelingen()).as("the instances are not trivial")
                .anyMatch(k -> k.isGeplaatst());
    }

    private static Map<String, Advies> advies(Adviseur adviseur, MatchingProblem problem) {
        Map<String, Advies> out = new LinkedHashMap<>();
        for (Huishouden h : problem.huishoudens()) {
            out.put(h.id(), adviseur.advies(h));
        }
        return out;
    }
}
