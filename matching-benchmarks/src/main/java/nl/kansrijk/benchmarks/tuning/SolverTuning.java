package nl.kansrijk.benchmarks.tuning;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import nl.kansrijk.benchmarks.Instanties;
import nl.kansrijk.benchmarks.exact.ExactModel;
import nl.kansrijk.model.Koppelplan;
import nl.kansrijk.solve.Beeindiging;
import nl.kansrijk.solve.MatchingEngine;
import nl.kansrijk.solve.PlanContext;

/**
 * Compares solver configurations on one instance: for each {@link SolverVariant}, the best score after each
 * checkpoint, and each as a percentage of a proven soft bound. Usage:
 * {@code SolverTuning <households|sample name> <seconds> <variant>...}, for example
 * {@code SolverTuning nl-2026-h1 30 engine "tabu:ch=GROOTSTE_EERST;tabu=7;accepted=1000"}; the variant
 * {@code engine} is {@link MatchingEngine} as configured.
 */
public final class SolverTuning {

    private SolverTuning() {
    }

    public static void main(String[] args) {
        if (args.length < 3) {
            System.err.println("usage: SolverTuning <households|sample name> <seconds> <variant>...");
            System.exit(2);
        }
        int seconden = Integer.parseInt(args[1]);
        PlanContext ctx = Instanties.lineair(args[0].matches("\\d+")
                ? Instanties.gegenereerd(Integer.parseInt(args[0])) : Instanties.sample(args[0]));
        long[] checkpoints = {1, 5, 10, 30, 60};
        List<String> regels = new ArrayList<>();
        List<List<HardMediumSoftScore>> alle = new ArrayList<>();
        long besteZacht = Long.MIN_VALUE;
        for (int a = 2; a < args.length; a++) {
            SolverVariant v = SolverVariant.parse(args[a]);
            List<long[]> tijdlijn = new ArrayList<>();
            List<HardMediumSoftScore> scores = new ArrayList<>();
            long start = System.nanoTime();
            if (v.naam().equals("engine")) {
                // The engine as configured in MatchingEngine, with a pure time limit.
                new MatchingEngine().solve(PlanContext.of(ctx.problem(),
                        ctx.config().withBeeindiging(Beeindiging.tijd(Duration.ofSeconds(seconden)))), e -> {
                            tijdlijn.add(new long[] {e.verstreken().toNanos()});
                            scores.add(e.besteScore());
                        });
            } else {
                Solver<Koppelplan> solver = SolverFactory.<Koppelplan>create(v.solverConfig(
                        new TerminationConfig().withSpentLimit(Duration.ofSeconds(seconden)), 0L)).buildSolver();
                solver.addEventListener(e -> {
                    tijdlijn.add(new long[] {System.nanoTime() - start});
                    scores.add((HardMediumSoftScore) e.getNewBestScore());
                });
                solver.solve(ctx.nieuwPlan());
            }
            List<HardMediumSoftScore> rij = new ArrayList<>();
            for (long c : checkpoints) {
                if (c > seconden) {
                    break;
                }
                HardMediumSoftScore best = null;
                for (int i = 0; i < tijdlijn.size(); i++) {
                    if (tijdlijn.get(i)[0] <= c * 1_000_000_000L) {
                        best = scores.get(i);
                    }
                }
                rij.add(best);
                if (best != null && best.hardScore() == 0 && best.mediumScore() == 0) {
                    besteZacht = Math.max(besteZacht, best.softScore());
                }
            }
            regels.add(v.naam());
            alle.add(rij);
        }
        long grens = new ExactModel(ctx).lagrangeGrens(2_000, besteZacht == Long.MIN_VALUE ? 0 : besteZacht);
        System.out.println("soft bound (Lagrange, all placed): " + grens);
        System.out.println("variant\t1s\t5s\t10s\t30s\t60s");
        for (int r = 0; r < regels.size(); r++) {
            StringBuilder sb = new StringBuilder(regels.get(r));
            for (HardMediumSoftScore s : alle.get(r)) {
                sb.append('\t').append(s);
                if (s != null && s.mediumScore() == 0) {
                    sb.append(String.format(" (%.2f%%)", 100.0 * s.softScore() / grens));
                }
            }
            System.out.println(sb);
        }
    }
}
