package nl.kansrijk.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import nl.kansrijk.benchmarks.exact.ExactModel;
import nl.kansrijk.solve.PlanContext;

/**
 * Scaling: for generated instances of growing size on the 342 gemeenten, one engine run with a time limit, the
 * time to reach 99.5 % of the best known soft score (the run's own final score, with the same medium level) and
 * of the Lagrangian soft bound, and the peak heap. Writes {@code scaling.csv}, {@code scaling.md} and the chart
 * {@code scaling.svg} to the output folder.
 *
 * <p>Usage: {@code ScalingBenchmark <out-dir> <seconds-per-size> <households>...}
 */
public final class ScalingBenchmark {

    static final double DOEL = 0.995;

    private ScalingBenchmark() {
    }

    /** One measured size. */
    record Meting(int huishoudens, int personen, HardMediumSoftScore eind, long grens, Duration totBest,
            Duration totGrens, Duration eersteVolledig, long piekBytes) {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: ScalingBenchmark <out-dir> <seconds-per-size> <households>...");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        Duration limiet = Duration.ofSeconds(Long.parseLong(args[1]));
        List<Meting> metingen = new ArrayList<>();
        for (int a = 2; a < args.length; a++) {
            int n = Integer.parseInt(args[a]);
            PlanContext ctx = Instanties.lineair(Instanties.gegenereerd(n));
            int personen = ctx.problem().huishoudens().stream().mapToInt(h -> h.personen()).sum();
            EngineRun run = EngineRun.run(ctx, limiet);
            HardMediumSoftScore eind = run.resultaat().score();
            long grens = new ExactModel(ctx).lagrangeGrens(2_000, eind.softScore());
            Duration eersteVolledig = run.verloop().stream()
                    .filter(v -> v.besteScore() != null && v.besteScore().mediumScore() == eind.mediumScore())
                    .map(v -> v.verstreken()).findFirst().orElse(null);
            Meting m = new Meting(n, personen, eind, grens, run.tijdTot(DOEL, eind.softScore()),
                    eind.mediumScore() == 0 ? run.tijdTot(DOEL, grens) : null, eersteVolledig, run.piekGeheugenBytes());
            metingen.add(m);
            System.out.println(rij(m));
        }
        Files.createDirectories(out);
        List<String> csv = new ArrayList<>();
        csv.add("households,persons,final_score,soft_bound,final_pct_of_bound,first_complete_s,to_99.5pct_best_known_s,"
                + "to_99.5pct_bound_s,peak_heap_mb,limit_s");
        for (Meting m : metingen) {
            csv.add(m.huishoudens + "," + m.personen + "," + m.eind + "," + m.grens + ","
                    + QualityBenchmark.fmt(QualityBenchmark.pctWaarde(m.eind, 0, m.grens)) + "," + sec(m.eersteVolledig) + ","
                    + sec(m.totBest) + "," + sec(m.totGrens) + "," + m.piekBytes / (1024 * 1024) + "," + limiet.toSeconds());
        }
        List<String> md = new ArrayList<>();
        md.add("| households | persons | final score (" + limiet.toSeconds() + " s) | soft bound | final / bound | "
                + "first complete plan | to 99.5 % of best known | to 99.5 % of bound | peak heap |");
        md.add("|---:|---:|---|---:|---:|---:|---:|---:|---:|");
        metingen.forEach(m -> md.add(rij(m)));
        Bestanden.schrijf(out.resolve("scaling.csv"), csv);
        Bestanden.schrijf(out.resolve("scaling.md"), md);
        Bestanden.schrijf(out.resolve("scaling.svg"), Grafiek.svg(metingen, limiet));
    }

    private static String rij(Meting m) {
        return "| " + m.huishoudens + " | " + m.personen + " | " + m.eind + " | " + m.grens + " | "
                + QualityBenchmark.fmt(QualityBenchmark.pctWaarde(m.eind, 0, m.grens)) + " % | " + secTekst(m.eersteVolledig)
                + " | " + secTekst(m.totBest) + " | " + secTekst(m.totGrens) + " | " + m.piekBytes / (1024 * 1024) + " MB |";
    }

    static String sec(Duration d) {
        return d == null ? "" : String.format(Locale.ROOT, "%.1f", d.toMillis() / 1000.0);
    }

    private static String secTekst(Duration d) {
        return d == null ? "not reached" : sec(d) + " s";
    }
}
