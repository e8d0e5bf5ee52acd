package nl.kansrijk.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import nl.kansrijk.benchmarks.exact.ExactModel;
import nl.kansrijk.benchmarks.exact.ExactSolution;
import nl.kansrijk.benchmarks.exact.KoppelingenVan;
import nl.kansrijk.model.MatchingProblem;
import nl.kansrijk.solve.PlanContext;

/**
 * Solution quality against the exact model, per instance: the engine's score after 1, 5, 10 and 30 s (one run
 * with a 30 s limit), the exact MIP (SCIP, time-limited, started from the engine's plan; only up to 200,000
 * variables) and the Lagrangian soft
 * bound, and the engine's soft score as a percentage of the best proven bound. Writes
 * {@code quality.csv} and {@code quality.md} to the output folder.
 *
 * <p>Usage: {@code QualityBenchmark <out-dir> <exact-seconds> <instance>...} where an instance is a sample folder
 * name ({@code mini}, {@code nl-2026-h1}) or a number of households to generate (seed 1).
 */
public final class QualityBenchmark {

    private static final int[] CHECKPOINTS = {1, 5, 10, 30};
    /** Above this many placement variables SCIP does not finish its root LP in minutes here; only the bound is used. */
    private static final long MAX_MIP_VARIABELEN = 200_000;

    private QualityBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: QualityBenchmark <out-dir> <exact-seconds> <instance>...");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        Duration exactLimiet = Duration.ofSeconds(Long.parseLong(args[1]));
        List<String> csv = new ArrayList<>();
        List<String> md = new ArrayList<>();
        csv.add("instance,households,persons,variables,score_1s,score_5s,score_10s,score_30s,exact_score,exact_status,"
                + "exact_seconds,soft_bound,bound_source,engine_30s_pct_of_bound,exact_pct_of_bound");
        md.add("| instance | households | persons | engine 1 s | engine 5 s | engine 10 s | engine 30 s | exact (MIP, "
                + exactLimiet.toSeconds() + " s) | soft bound | engine 30 s / bound |");
        md.add("|---|---:|---:|---|---|---|---|---|---:|---:|");
        for (int a = 2; a < args.length; a++) {
            String naam = args[a];
            MatchingProblem p = naam.matches("\\d+") ? Instanties.gegenereerd(Integer.parseInt(naam)) : Instanties.sample(naam);
            PlanContext ctx = Instanties.lineair(p);
            int personen = p.huishoudens().stream().mapToInt(h -> h.personen()).sum();
            EngineRun run = EngineRun.run(ctx, Duration.ofSeconds(CHECKPOINTS[CHECKPOINTS.length - 1]));
            HardMediumSoftScore engine = run.resultaat().score();
            ExactModel model = new ExactModel(ctx);
            ExactSolution exact = model.variabelen() <= MAX_MIP_VARIABELEN
                    ? model.solve("SCIP", exactLimiet, 1, KoppelingenVan.resultaat(run.resultaat()))
                    : null;
            long lagrange = model.lagrangeGrens(2_000, engine.softScore());
            // The proven soft bound: the MIP optimum when SCIP proved it; else, when SCIP held the medium level at
            // its bound, the smaller of SCIP's soft bound and, if that medium is 0 (everybody placed), Lagrange's.
            long besteMedium = exact != null ? exact.mediumGrens() : 0;
            long grens;
            String bron;
            if (exact != null && exact.optimaal()) {
                grens = exact.score().softScore();
                bron = "SCIP optimum";
            } else if (exact != null && exact.mediumOptimaal() && (besteMedium != 0 || exact.zachtGrens() < lagrange)) {
                grens = exact.zachtGrens();
                bron = "SCIP bound";
            } else {
                grens = lagrange;
                bron = "Lagrange";
            }
            String exactTekst = exact == null ? "not run (" + model.variabelen() + " variables)"
                    : exact.score() + (exact.optimaal() ? " (optimal)" : " (" + exact.status() + ")");
            StringBuilder c = new StringBuilder();
            StringBuilder m = new StringBuilder();
            c.append(naam).append(',').append(p.huishoudens().size()).append(',').append(personen).append(',').append(model.variabelen());
            m.append("| ").append(naam).append(" | ").append(p.huishoudens().size()).append(" | ").append(personen);
            for (int t : CHECKPOINTS) {
                HardMediumSoftScore s = run.scoreNa(Duration.ofSeconds(t));
                c.append(',').append(s == null ? "" : s);
                m.append(" | ").append(s == null ? "–" : s + pct(s, besteMedium, grens));
            }
            c.append(',').append(exact == null ? "" : exact.score()).append(',').append(exact == null ? "not run" : exact.status())
                    .append(',').append(exact == null ? "" : exact.tijd().toMillis() / 1000.0).append(',').append(grens)
                    .append(',').append(bron).append(',').append(fmt(pctWaarde(engine, besteMedium, grens))).append(',')
                    .append(exact == null ? "" : fmt(pctWaarde(exact.score(), besteMedium, grens)));
            m.append(" | ").append(exactTekst)
                    .append(" | ").append(grens).append(" (").append(bron).append(")")
                    .append(" | ").append(fmt(pctWaarde(engine, besteMedium, grens))).append(" % |");
            csv.add(c.toString());
            md.add(m.toString());
            System.out.println(m);
        }
        Files.createDirectories(out);
        Bestanden.schrijf(out.resolve("quality.csv"), csv);
        Bestanden.schrijf(out.resolve("quality.md"), md);
    }

    private static String pct(HardMediumSoftScore s, long medium, long grens) {
        double v = pctWaarde(s, medium, grens);
        return Double.isNaN(v) ? "" : " (" + fmt(v) + " %)";
    }

    /** Soft score as a percentage of the soft bound; NaN when the score is infeasible or places fewer than the best. */
    static double pctWaarde(HardMediumSoftScore s, long medium, long grens) {
        if (s == null || s.hardScore() != 0 || s.mediumScore() != medium || grens <= 0) {
            return Double.NaN;
        }
        return 100.0 * s.softScore() / grens;
    }

    static String fmt(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.2f", v);
    }
}
