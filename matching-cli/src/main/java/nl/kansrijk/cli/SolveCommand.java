package nl.kansrijk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import nl.kansrijk.explain.Toelichting;
import nl.kansrijk.io.input.ConfigReader;
import nl.kansrijk.io.input.InputFolder;
import nl.kansrijk.io.output.AtomicFolder;
import nl.kansrijk.io.output.CsvStijl;
import nl.kansrijk.io.output.ResultWriter;
import nl.kansrijk.io.output.RunInfo;
import nl.kansrijk.io.output.WoningUitvoer;
import nl.kansrijk.io.report.ReportWriter;
import nl.kansrijk.metrics.Kwaliteit;
import nl.kansrijk.metrics.Metrics;
import nl.kansrijk.model.Bewijs;
import nl.kansrijk.model.Woningaanbod;
import nl.kansrijk.rules.Regel;
import nl.kansrijk.solve.Beeindiging;
import nl.kansrijk.solve.MatchingConfig;
import nl.kansrijk.solve.MatchingEngine;
import nl.kansrijk.solve.MatchingResult;
import nl.kansrijk.solve.PlanContext;
import nl.kansrijk.solve.Status;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kansrijk solve DIR --out OUTDIR}: reads a folder of input tables (CSV or .xlsx), links every household that is not pinned,
 * and writes koppelingen.csv, gemeenten-resultaat.csv and samenvatting.json atomically. Households with
 * {@code gekoppeld_gemeente} filled are existing koppelingen: they stay where they are (the daily batch).
 */
@Command(name = "solve", mixinStandardHelpOptions = true,
        description = "Link households to gemeenten and write koppelingen.csv, gemeenten-resultaat.csv and samenvatting.json.")
public final class SolveCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "Folder with the input tables (CSV files or .xlsx workbooks, see docs/input-format.md).")
    Path dir;

    @Option(names = "--out", required = true, paramLabel = "OUTDIR", description = "Output folder (replaced atomically).")
    Path out;

    @Mixin
    InvoerOpties invoer;

    @Mixin
    UitvoerOpties uitvoer;

    @Option(names = "--time-limit", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Wall-clock limit, e.g. 30s or 2m (overrides the configuration; results then depend on machine speed).")
    Duration timeLimit;

    @Option(names = "--seed", paramLabel = "N", description = "Random seed (overrides the configuration).")
    Long seed;

    @Option(names = "--no-timing", description = "Leave the solve time out of samenvatting.json, for byte-identical reruns.")
    boolean noTiming;

    @Option(names = "--report", description = "Also write report.html: charts of this plan beside the baselines (self-contained).")
    boolean report;

    @Option(names = {"-q", "--quiet"}, description = "No progress line.")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter outw = spec.commandLine().getOut();
        InputFolder in = invoer.read(dir, err);
        CsvStijl stijl = uitvoer.stijl(in, err);
        MatchingConfig cfg = effectiveConfig(in, invoer.config, timeLimit, seed);
        PlanContext ctx = PlanContext.of(in.problem(), cfg, in.woningaanbod().orElse(Woningaanbod.LEEG));
        Progress progress = new Progress(err, quiet);
        MatchingResult r = new MatchingEngine().solve(ctx, progress::update);
        progress.done();
        Metrics m = Metrics.van(ctx, r);
        long t0 = System.nanoTime();
        WoningUitvoer toegewezen = in.woningaanbod().map(a -> WoningUitvoer.zonderRuil(r, a)).orElse(null);
        long t1 = System.nanoTime();
        WoningUitvoer wonen = toegewezen == null ? null : toegewezen.metRuil(r, in.woningaanbod().get(), ctx::magNaar);
        double toewijzingS = (t1 - t0) / 1e9;
        double ruilS = (System.nanoTime() - t1) / 1e9;
        RunInfo info = new RunInfo(KansrijkCli.version(), invoer.sha256(in), ConfigReader.effective(cfg),
                noTiming ? null : r.rekentijd(), in.warnings());
        AtomicFolder.write(out, d -> {
            ResultWriter.write(d, ctx, r, m, info, k -> Toelichting.zin(ctx, k), Map.of(), stijl, uitvoer.xlsx(), wonen);
            invoer.copyInput(in, d.resolve(Uitvoermap.INVOER));
            if (report) {
                ReportWriter.writeSolve(d.resolve(ReportWriter.BESTAND), ctx, r, wonen);
            }
        });
        printSummary(outw, r, m, out, uitvoer.xlsx());
        if (wonen != null) {
            WoningUitvoer.Samenvatting w = wonen.samenvatting();
            outw.printf(Locale.ROOT, "  woningen: %d van %d gekoppelde huishoudens gehuisvest (%d zonder passende woning), "
                    + "%d persoonsdagen wachten; %d van %d woningen vrij gebleven; toewijzing %.3f s%s (%s, %s%s)%n",
                    w.gehuisvest(), w.huishoudens(), w.zonderWoning(), w.persoonsdagen(), w.woningenVrijGebleven(),
                    w.woningen(), toewijzingS, w.ruilvoorstellen() == null ? "" : String.format(Locale.ROOT,
                            "; %d ruilvoorstellen in %.3f s", w.ruilvoorstellen(), ruilS), WoningUitvoer.TOEWIJZING,
                    WoningUitvoer.PER_MAAND, w.ruilvoorstellen() == null ? "" : ", " + WoningUitvoer.RUILVOORSTELLEN);
            outw.flush();
        }
        return KansrijkCli.OK;
    }

    /** The configuration for a run: --config, else DIR/config.json, else the defaults; then --time-limit and --seed. */
    static MatchingConfig effectiveConfig(InputFolder in, Path config, Duration timeLimit, Long seed) {
        MatchingConfig cfg = config != null ? ConfigReader.read(config)
                : in.configFile().map(ConfigReader::read).orElse(MatchingConfig.STANDAARD);
        if (timeLimit != null) {
            Beeindiging b = cfg.beeindiging();
            cfg = cfg.withBeeindiging(new Beeindiging(timeLimit, b.onverbeterdeStappen(), b.zettenlimiet()));
        }
        if (seed != null) {
            cfg = cfg.withSeed(seed);
        }
        return cfg;
    }

    /** Copies the input files (and an external config) into the output, so a result can be explained and audited. */
    static void copyInput(InputFolder in, Path config, Path target) throws IOException {
        Files.createDirectories(target);
        for (String name : in.sha256PerFile().keySet()) {
            Files.copy(in.dir().resolve(name), target.resolve(name));
        }
        if (config != null) {
            Files.copy(config, target.resolve("config.json"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static void printSummary(PrintWriter o, MatchingResult r, Metrics m, Path out, boolean xlsx) {
        Kwaliteit k = m.totaal();
        long gek = r.koppelingen().stream().filter(x -> x.status() == Status.GEKOPPELD).count();
        long vast = r.koppelingen().stream().filter(x -> x.status() == Status.VASTGEZET).count();
        List<?> niet = r.nietGeplaatst();
        o.printf(Locale.ROOT, "kansrijk %s: %d huishoudens (%d personen)%n", r.periode(), k.huishoudens(), k.personen());
        o.printf(Locale.ROOT, "  gekoppeld %d, vastgezet %d, niet geplaatst %d (%d personen)%n", gek, vast, niet.size(),
                k.nietGeplaatstePersonen());
        o.printf(Locale.ROOT, "  score %s; harde schendingen: %d huishoudens, %d gemeenten boven taakstelling%n",
                r.score(), m.huishoudensMetHardeSchending(), m.overvoldeGemeenten());
        if (r.bewijs() != null) {
            o.printf(Locale.ROOT, "  bewezen bovengrens zacht %d; plan op %s van de bovengrens; %s%n", r.bovengrens(),
                    r.procentVanBovengrens().map(v -> String.format(Locale.ROOT, "%.2f%%", v))
                            .orElse(r.totaalPerRegel().getOrDefault(Regel.GROEPSGELIJKHEID, 0L) != 0
                                    ? "– (de grens is die zonder groepsgelijkheid)" : "–"),
                    bewijsTekst(r.bewijs()));
        }
        o.printf(Locale.ROOT, "  in eerste advies-regio %s, in een advies-regio %s; km azc->gemeente gemiddeld %s, p90 %s%n",
                pct(k.aandeelEersteRegio()), pct(k.aandeelAdviesRegio()), num(k.kmGemiddeld()), num(k.kmP90()));
        o.printf(Locale.ROOT, "  vulgraad gemeenten min %s, max %s, gini %s; rekentijd %.1f s%n", num2(m.vulgraadMin()),
                num2(m.vulgraadMax()), num2(m.vulgraadGini()), r.rekentijd().toMillis() / 1000.0);
        o.printf(Locale.ROOT, "  uitvoer: %s (%s, %s, %s%s)%n", out, ResultWriter.KOPPELINGEN, ResultWriter.GEMEENTEN,
                ResultWriter.SAMENVATTING, xlsx ? ", " + nl.kansrijk.io.output.XlsxWriter.UITVOER : "");
        o.flush();
    }

    /** What the solve proved, in one Dutch phrase. */
    static String bewijsTekst(Bewijs b) {
        if (b.optimaal()) {
            return "bewezen optimaal (" + (Bewijs.EXACT.equals(b.methode()) ? "exact" : "relaxatie") + ", binnen 0,01%)";
        }
        return b.mediumBewezen() ? "minste niet-geplaatsten bewezen, optimaliteit niet bewezen"
                : "optimaliteit niet bewezen";
    }

    private static String pct(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.1f%%", 100 * v);
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.0f", v);
    }

    private static String num2(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.3f", v);
    }
}
