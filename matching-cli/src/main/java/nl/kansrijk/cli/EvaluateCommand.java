package nl.kansrijk.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import nl.kansrijk.explain.Evaluatie;
import nl.kansrijk.explain.Toelichting;
import nl.kansrijk.io.explain.AdviesTekst;
import nl.kansrijk.io.input.ConfigReader;
import nl.kansrijk.io.input.InputFolder;
import nl.kansrijk.io.input.KoppelingenReader;
import nl.kansrijk.io.input.Koppelingenlijst;
import nl.kansrijk.io.input.ProblemReader;
import nl.kansrijk.io.json.EvaluatieJson;
import nl.kansrijk.io.output.AtomicFolder;
import nl.kansrijk.io.output.CsvStijl;
import nl.kansrijk.io.output.ResultWriter;
import nl.kansrijk.io.output.RunInfo;
import nl.kansrijk.io.output.WoningUitvoer;
import nl.kansrijk.model.Woningaanbod;
import nl.kansrijk.solve.MatchingConfig;
import nl.kansrijk.solve.MatchingEngine;
import nl.kansrijk.solve.PlanContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kansrijk evaluate DIR --koppelingen FILE --out OUTDIR}: scores a plan made elsewhere with the engine's
 * rules, lists its hard violations, compares it rule by rule with the engine's own plan for the same input, and
 * writes it like {@code solve} does (with the reasons of human decisions in {@code overrule_reden}) plus
 * {@code evaluatie.json}.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Scores a plan made elsewhere (FILE: huishouden_id, gemeente_code[, reden]) with the engine's rules,",
                "compares it with the engine's own plan for DIR, and writes OUTDIR like solve plus evaluatie.json.",
                "The comparison solve uses the termination of DIR/config.json or --config: use a step or move limit "
                        + "for a reproducible comparison."})
public final class EvaluateCommand implements Callable<Integer> {

    /** The evaluation file written beside the solve-like output. */
    public static final String EVALUATIE = "evaluatie.json";

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "Folder with the input tables (CSV files or .xlsx workbooks, see docs/input-format.md).")
    Path dir;

    @Option(names = "--koppelingen", required = true, paramLabel = "FILE",
            description = "CSV (; or ,) with huishouden_id, gemeente_code and optionally reden.")
    Path koppelingen;

    @Option(names = "--out", required = true, paramLabel = "OUTDIR", description = "Output folder (replaced atomically).")
    Path out;

    @Option(names = "--json", description = "Print the evaluation as JSON (as in evaluatie.json) instead of text.")
    boolean json;

    @Mixin
    InvoerOpties invoer;

    @Mixin
    UitvoerOpties uitvoer;

    @Override
    public Integer call() {
        PrintWriter outw = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        InputFolder in = invoer.read(dir, err);
        CsvStijl stijl = uitvoer.stijl(in, err);
        MatchingConfig cfg = invoer.config(in);
        Koppelingenlijst lijst = KoppelingenReader.read(koppelingen, in.problem(), invoer.readOptions());
        lijst.warnings().forEach(w -> err.println("waarschuwing: " + w));
        if (!cfg.beeindiging().isReproduceerbaar()) {
            err.println("let op: de vergelijking met de engine stopt op een tijdslimiet en is dus niet reproduceerbaar; "
                    + "zet beeindiging in config.json (onverbeterde_stappen of zettenlimiet, tijdslimiet null)");
        }
        err.println("engine maakt ter vergelijking een eigen plan ...");
        err.flush();
        Woningaanbod aanbod = in.woningaanbod().orElse(Woningaanbod.LEEG);
        Evaluatie e = Evaluatie.evalueer(new MatchingEngine(), in.problem(), cfg, lijst.plan(), aanbod);
        PlanContext ctx = PlanContext.of(in.problem(), cfg, aanbod);
        Map<String, String> hashes = invoer.sha256(in);
        hashes.put("--koppelingen " + koppelingen.getFileName(), ProblemReader.sha256(koppelingen));
        RunInfo info = new RunInfo(KansrijkCli.version(), hashes, ConfigReader.effective(cfg), null, in.warnings());
        EvaluatieJson evaluatie = EvaluatieJson.van(e);
        WoningUitvoer wonen = in.woningaanbod().map(a -> WoningUitvoer.van(e.plan(), a, ctx::magNaar)).orElse(null);
        AtomicFolder.write(out, d -> {
            ResultWriter.write(d, ctx, e.plan(), e.metricsPlan(), info, k -> Toelichting.zin(ctx, k), lijst.redenen(),
                    stijl, uitvoer.xlsx(), wonen);
            Files.writeString(d.resolve(EVALUATIE), ResultWriter.json(evaluatie), StandardCharsets.UTF_8);
            invoer.copyInput(in, d.resolve(Uitvoermap.INVOER));
        });
        String redenen = lijst.redenen().isEmpty() ? "" : lijst.redenen().size()
                + " beslissingen met reden vastgelegd in de kolom overrule_reden\n";
        outw.print(json ? ResultWriter.json(evaluatie) : AdviesTekst.tekst(e) + redenen + "uitvoer: " + out + " ("
                + String.join(", ", ResultWriter.KOPPELINGEN, ResultWriter.GEMEENTEN, ResultWriter.SAMENVATTING, EVALUATIE)
                + (uitvoer.xlsx() ? ", " + nl.kansrijk.io.output.XlsxWriter.UITVOER : "")
                + (wonen == null ? "" : ", " + String.join(", ", wonen.tabellen().stream().map(t -> t.naam()).toList()))
                + ")\n");
        outw.flush();
        return KansrijkCli.OK;
    }
}
