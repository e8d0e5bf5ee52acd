package nl.kansrijk.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import nl.kansrijk.solve.Beeindiging;
import nl.kansrijk.solve.MatchingEngine;
import nl.kansrijk.solve.MatchingResult;
import nl.kansrijk.solve.PlanContext;
import nl.kansrijk.solve.Voortgang;

/**
 * One timed engine run with a pure time limit: every new best score with its time, the final result and the peak
 * heap use (the sum of the heap pools' peaks, reset before the run).
 *
 * @param verloop each new best score and when it was found, in order
 * @param resultaat the final result
 * @param piekGeheugenBytes peak heap use during the run
 */
public record EngineRun(List<Voortgang> verloop, MatchingResult resultaat, long piekGeheugenBytes) {

    /** Runs the engine on the prepared problem for {@code limiet}. */
    public static EngineRun run(PlanContext ctx, Duration limiet) {
        PlanContext timed = PlanContext.of(ctx.problem(), ctx.config().withBeeindiging(Beeindiging.tijd(limiet)));
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        List<Voortgang> verloop = new ArrayList<>();
        MatchingResult r = new MatchingEngine().solve(timed, verloop::add);
        long piek = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return new EngineRun(List.copyOf(verloop), r, piek);
    }

    /** The best score found at or before {@code t}, or {@code null} when none was found yet. */
    public HardMediumSoftScore scoreNa(Duration t) {
        HardMediumSoftScore best = null;
        for (Voortgang v : verloop) {
            if (v.besteScore() != null && v.verstreken().compareTo(t) <= 0) {
                best = v.besteScore();
            }
        }
        return best;
    }

    /**
     * The first time a feasible score with everyone the final result places placed (same hard and medium) reached
     * {@code fractie} of {@code doelZacht} on the soft level, or {@code null} when it never did.
     */
    public Duration tijdTot(double fractie, long doelZacht) {
        HardMediumSoftScore eind = resultaat.score();
        for (Voortgang v : verloop) {
            HardMediumSoftScore s = v.besteScore();
            if (s != null && s.hardScore() == eind.hardScore() && s.mediumScore() == eind.mediumScore()
                    && s.softScore() >= fractie * doelZacht) {
                return v.verstreken();
            }
        }
        return null;
    }
}
