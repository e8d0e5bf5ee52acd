package nl.kansrijk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import nl.kansrijk.cli.sweep.SweepMeta;
import nl.kansrijk.cli.sweep.SweepTabel;
import nl.kansrijk.cli.sweep.SweepUitvoer;
import nl.kansrijk.io.InputException;
import nl.kansrijk.io.output.AtomicFolder;
import nl.kansrijk.io.report.PlanOverzicht;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kansrijk sweep-merge OUT1 OUT2 ... --out OUTDIR}: joins the outputs of the shards of one sweep into the
 * output the whole sweep would have written, after checking they come from the same grid and input.
 */
@Command(name = "sweep-merge", mixinStandardHelpOptions = true,
        description = {"Joins the outputs of 'kansrijk sweep --shard i/n' into one sweep output.",
                "Checks that every shard comes from the same grid and input files and that no run is missing or double."})
public final class SweepMergeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "SHARD", description = "Output folders of the shards.")
    private List<Path> shards;

    @Option(names = "--out", required = true, paramLabel = "OUTDIR", description = "Output folder, written atomically.")
    private Path out;

    @Option(names = "--report", description = "Also write report.html.")
    private boolean report;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        List<SweepUitvoer.Gelezen> delen = shards.stream().map(SweepUitvoer::read).toList();
        SweepMeta eerste = delen.get(0).meta();
        Map<Integer, Path> shardMap = new TreeMap<>();
        Map<Integer, List<String>> rijen = new TreeMap<>();
        Map<Integer, PlanOverzicht> overzichten = new TreeMap<>();
        for (SweepUitvoer.Gelezen d : delen) {
            SweepMeta m = d.meta();
            if (!m.definitieSha256().equals(eerste.definitieSha256())) {
                throw new InputException(d.map().resolve(SweepMeta.BESTAND), "komt uit een andere grid of basisconfiguratie dan "
                        + delen.get(0).map() + " (definitie_sha256 verschilt)");
            }
            if (!m.invoerSha256().equals(eerste.invoerSha256())) {
                throw new InputException(d.map().resolve(SweepMeta.BESTAND), "komt uit andere invoerbestanden dan "
                        + delen.get(0).map() + " (invoer_sha256 verschilt)");
            }
            if (m.shardAantal() != eerste.shardAantal()) {
                throw new InputException(d.map().resolve(SweepMeta.BESTAND), "is shard " + m.shardIndex() + "/" + m.shardAantal()
                        + ", de andere zijn van /" + eerste.shardAantal());
            }
            Path dubbel = shardMap.put(m.shardIndex(), d.map());
            if (dubbel != null) {
                throw new InputException(d.map(), "shard " + m.shardIndex() + "/" + m.shardAantal() + " komt twee keer voor (ook "
                        + dubbel + ")");
            }
            for (List<String> rij : d.rijen()) {
                int run = Integer.parseInt(rij.get(0));
                if (run % m.shardAantal() != m.shardIndex() || rijen.put(run, rij) != null) {
                    throw new InputException(d.map().resolve(SweepTabel.BESTAND), "run " + run + " hoort niet in shard "
                            + m.shardIndex() + "/" + m.shardAantal() + " of komt twee keer voor");
                }
            }
            d.overzichten().forEach(o -> overzichten.put(o.run(), o));
        }
        List<Integer> ontbreekt = new ArrayList<>();
        for (int i = 0; i < eerste.shardAantal(); i++) {
            if (!shardMap.containsKey(i)) {
                ontbreekt.add(i);
            }
        }
        if (!ontbreekt.isEmpty() || rijen.size() != eerste.runsTotaal()) {
            throw new InputException(null, "onvolledig: " + (ontbreekt.isEmpty() ? "" : "shards " + ontbreekt + " van /"
                    + eerste.shardAantal() + " ontbreken; ") + rijen.size() + " van " + eerste.runsTotaal() + " runs aanwezig");
        }
        List<List<String>> alle = new ArrayList<>(rijen.values());
        List<PlanOverzicht> details = overzichten.values().stream().sorted(Comparator.comparingInt(PlanOverzicht::run)).toList();
        SweepMeta geheel = eerste.geheel();
        AtomicFolder.write(out, tmp -> SweepUitvoer.write(tmp, geheel, alle, details, report));
        err.println("samengevoegd: " + delen.size() + " shards, " + alle.size() + " runs; " + out.resolve(SweepTabel.BESTAND));
        return KansrijkCli.OK;
    }
}
