package nl.kansrijk.cli.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import nl.kansrijk.baseline.Beleidsregister;
import nl.kansrijk.baseline.Plaatsingsbeleid;
import nl.kansrijk.io.report.PlanOverzicht;
import nl.kansrijk.metrics.Metrics;
import nl.kansrijk.model.MatchingProblem;
import nl.kansrijk.model.Woningaanbod;
import nl.kansrijk.solve.MatchingEngine;
import nl.kansrijk.solve.MatchingResult;
import nl.kansrijk.solve.PlanContext;

/**
 * Runs the runs of a sweep in parallel: a fixed pool of threads, each run its own {@link PlanContext} and its own
 * solve (the engine is thread-safe). Only the table row and, for a few runs, the report overview of each run are
 * kept, so memory does not grow with the number of runs. The outcome is in run order whatever the thread timing.
 */
public final class SweepRunner {

    /**
     * What one run leaves behind.
     *
     * @param run the run
     * @param rij its sweep.csv row
     * @param overzicht its detail overview for the report, or {@code null} when not asked for
     */
    public record Uitkomst(SweepRun run, List<String> rij, PlanOverzicht overzicht) {
    }

    private SweepRunner() {
    }

    /**
     * Runs every run on {@code threads} threads; {@code details} names the runs whose overview is kept. The woning
     * rule of every run sees {@code woningaanbod} ({@link Woningaanbod#LEEG} without {@code woningen.csv}), as in
     * {@code kansrijk solve}.
     */
    public static List<Uitkomst> run(MatchingProblem problem, Woningaanbod woningaanbod, List<SweepRun> runs, Set<Integer> details, int threads,
            MatchingEngine engine, Voortgangsbalk balk) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, runs.size())));
        try {
            List<Future<Uitkomst>> futures = new ArrayList<>(runs.size());
            balk.begin();
            for (SweepRun run : runs) {
                futures.add(pool.submit(() -> {
                    Uitkomst u = een(problem, woningaanbod, run, details.contains(run.index()), engine);
                    balk.stap();
                    return u;
                }));
            }
            List<Uitkomst> out = new ArrayList<>(runs.size());
            for (Future<Uitkomst> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (ExecutionException e) {
            pool.shutdownNow();
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("sweep interrupted", e);
        } finally {
            pool.shutdown();
        }
    }

    /** One run: place with the policy, score, compute the metrics, keep the row (and the overview when asked). */
    static Uitkomst een(MatchingProblem problem, Woningaanbod woningaanbod, SweepRun run, boolean detail,
            MatchingEngine engine) {
        PlanContext ctx = PlanContext.of(problem, run.config(), woningaanbod);
        Plaatsingsbeleid beleid = Beleidsregister.vanNaam(run.beleid(), engine).orElseThrow();
        MatchingResult r = beleid.plaats(ctx);
        Metrics m = Metrics.van(ctx, r);
        List<String> rij = SweepTabel.rij(run, r, m);
        PlanOverzicht overzicht = detail ? PlanOverzicht.van(run.beleid(), run.index(),
                run.instelling() == null ? SweepTabel.BASIS : run.instelling().naam(), run.config().seed(), ctx, r, m) : null;
        return new Uitkomst(run, rij, overzicht);
    }
}
