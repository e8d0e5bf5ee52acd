package nl.kansrijk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.LongStream;

import nl.kansrijk.cli.sweep.Grid;
import nl.kansrijk.cli.sweep.GridReader;
import nl.kansrijk.cli.sweep.SweepDefinitie;
import nl.kansrijk.cli.sweep.SweepMeta;
import nl.kansrijk.cli.sweep.SweepRun;
import nl.kansrijk.cli.sweep.SweepRunner;
import nl.kansrijk.cli.sweep.SweepTabel;
import nl.kansrijk.cli.sweep.SweepUitvoer;
import nl.kansrijk.cli.sweep.Voortgangsbalk;
import nl.kansrijk.io.InputException;
import nl.kansrijk.io.input.InputFolder;
import nl.kansrijk.io.output.AtomicFolder;
import nl.kansrijk.io.report.PlanOverzicht;
import nl.kansrijk.model.Huishouden;
import nl.kansrijk.model.Woningaanbod;
import nl.kansrijk.solve.MatchingConfig;
import nl.kansrijk.solve.MatchingEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kansrijk sweep DIR --grid GRID.json --out OUTDIR}: runs the engine for every weight setting of a grid with
 * several seeds, and the baselines beside it, in parallel, and writes one table row per run (docs/research.md).
 */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Runs the engine for every weight setting in a grid, with several seeds each, and the baselines "
                + "(random, fcfs, proportional) on the same input, in parallel on the available cores.",
                "Writes OUTDIR/sweep.csv (one row per run: settings, seed, score and every metric), sweep.json and, "
                        + "with --report, report.html. With --shard i/n only every n-th run from i; join the shard "
                        + "outputs with 'kansrijk sweep-merge'."})
public final class SweepCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "Folder with the input tables (CSV files or .xlsx workbooks, see docs/input-format.md).")
    private Path dir;

    @Option(names = "--grid", required = true, paramLabel = "GRID.json", description = "The grid (see docs/research.md).")
    private Path grid;

    @Option(names = "--out", required = true, paramLabel = "OUTDIR", description = "Output folder, written atomically.")
    private Path out;

    @Option(names = "--seeds", paramLabel = "N", description = "Run seeds 0..N-1 instead of the grid's seeds.")
    private Integer seeds;

    @Option(names = "--shard", paramLabel = "i/n", description = "Run only the runs whose index modulo n is i (0 <= i < n).")
    private String shard;

    @Option(names = "--threads", paramLabel = "N", description = "Runs at the same time; default: the available cores.")
    private Integer threads;

    @Option(names = "--report", description = "Also write report.html (self-contained, opens without network).")
    private boolean report;

    @Mixin
    private InvoerOpties invoer;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        int[] deel = shard == null ? new int[] {0, 1} : parseShard(shard);
        if (seeds != null && seeds < 1) {
            throw new InputException(null, 0, "--seeds", seeds.toString(), "moet minstens 1 zijn");
        }
        int draden = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (draden < 1) {
            throw new InputException(null, 0, "--threads", String.valueOf(draden), "moet minstens 1 zijn");
        }
        InputFolder folder = invoer.read(dir, err);
        MatchingConfig basis = invoer.config(folder);
        Grid g = GridReader.read(grid, basis);
        if (seeds != null) {
            g = g.metSeeds(LongStream.range(0, seeds).boxed().toList());
        }
        MatchingEngine engine = new MatchingEngine();
        List<SweepRun> alle = SweepRun.alle(g, engine);
        List<SweepRun> mijn = alle.stream().filter(r -> r.inShard(deel[0], deel[1])).toList();
        List<Integer> detailRuns = SweepRun.detailRuns(alle, g.rapport().instelling());
        SweepMeta meta = meta(folder, invoer.sha256(folder), g, alle.size(), deel, detailRuns);

        err.println("sweep: " + meta.beschrijving() + (deel[1] > 1 ? "; shard " + deel[0] + "/" + deel[1] + ": "
                + mijn.size() + " runs" : "") + "; " + Math.min(draden, Math.max(1, mijn.size())) + " tegelijk");
        if (g.instellingen().stream().anyMatch(i -> !i.config().beeindiging().isReproduceerbaar())) {
            err.println("waarschuwing: de beëindiging heeft een tijdslimiet; de uitkomst hangt dan af van de snelheid van "
                    + "de machine. Zet in de grid \"beeindiging\": {\"tijdslimiet\": null, \"zettenlimiet\": ...} voor "
                    + "reproduceerbare runs.");
        }
        long start = System.nanoTime();
        List<SweepRunner.Uitkomst> uitkomsten = SweepRunner.run(folder.problem(),
                folder.woningaanbod().orElse(Woningaanbod.LEEG), mijn, Set.copyOf(detailRuns), draden,
                engine, new Voortgangsbalk(err, mijn.size()));
        List<List<String>> rijen = uitkomsten.stream().map(SweepRunner.Uitkomst::rij).toList();
        List<PlanOverzicht> overzichten = uitkomsten.stream().map(SweepRunner.Uitkomst::overzicht)
                .filter(java.util.Objects::nonNull).toList();
        AtomicFolder.write(out, tmp -> SweepUitvoer.write(tmp, meta, rijen, overzichten, report));
        long s = (System.nanoTime() - start) / 1_000_000_000L;
        err.println("klaar: " + mijn.size() + " runs in " + s / 60 + "m" + String.format("%02d", s % 60) + "s; "
                + out.resolve(SweepTabel.BESTAND) + (report ? ", " + out.resolve("report.html") : ""));
        return KansrijkCli.OK;
    }

    /** Parses {@code i/n} with 0 <= i < n. */
    static int[] parseShard(String text) {
        String[] delen = text.split("/", -1);
        try {
            if (delen.length == 2) {
                int i = Integer.parseInt(delen[0].strip());
                int n = Integer.parseInt(delen[1].strip());
                if (n >= 1 && i >= 0 && i < n) {
                    return new int[] {i, n};
                }
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InputException(null, 0, "--shard", text, "verwacht i/n met 0 <= i < n, bijvoorbeeld 0/4");
    }

    private static SweepMeta meta(InputFolder folder, Map<String, String> hashes, Grid g, int runs, int[] deel,
            List<Integer> detailRuns) {
        SweepDefinitie definitie = SweepDefinitie.van(g);
        String hash = SweepMeta.sha256(definitie);
        long personen = folder.problem().huishoudens().stream().mapToLong(Huishouden::personen).sum();
        String beschrijving = naam(folder.dir()) + ": " + folder.problem().huishoudens().size() + " huishoudens, " + personen
                + " personen, " + folder.problem().gemeenten().size() + " gemeenten; " + g.instellingen().size()
                + " instellingen × " + g.seeds().size() + " seeds + baselines " + String.join(", ", g.baselines())
                + " = " + runs + " runs";
        return new SweepMeta(KansrijkCli.version(), "kansrijk sweep: gewichten, baselines en groepsverschillen", beschrijving,
                hashes, hash, definitie, deel[0], deel[1], runs, g.rapport().x(), g.rapport().y(), detailRuns);
    }

    private static String naam(Path p) {
        Path f = p.toAbsolutePath().normalize().getFileName();
        return f == null ? p.toString() : f.toString();
    }
}
