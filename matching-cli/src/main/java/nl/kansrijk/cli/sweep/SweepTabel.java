package nl.kansrijk.cli.sweep;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import nl.kansrijk.io.InputException;
import nl.kansrijk.io.output.ResultWriter;
import nl.kansrijk.io.report.MetriekKolommen;
import nl.kansrijk.metrics.Metrics;
import nl.kansrijk.rules.Regel;
import nl.kansrijk.solve.MatchingConfig;
import nl.kansrijk.solve.MatchingResult;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * {@code sweep.csv}: one row per run with the policy, the setting, every weight, radius and the tolerance, the seed,
 * and the outcome columns of {@link MetriekKolommen}. Same CSV dialect as the other outputs.
 */
public final class SweepTabel {

    /** File name. */
    public static final String BESTAND = "sweep.csv";

    /** Name given to the base configuration the baselines run under. */
    public static final String BASIS = "basisconfiguratie";

    private SweepTabel() {
    }

    /** The header, in column order. */
    public static List<String> header() {
        List<String> h = new ArrayList<>(List.of("run", "beleid", "instelling", "instelling_naam", "seed"));
        for (Regel r : Regel.values()) {
            h.add("gewicht_" + r.id().replace('-', '_'));
        }
        h.addAll(List.of("straal_familie_km", "straal_zorg_km", "straal_werk_km", "straal_netwerk_km", "tolerantie"));
        h.addAll(MetriekKolommen.namen());
        return h;
    }

    /** The row of one run. */
    public static List<String> rij(SweepRun run, MatchingResult r, Metrics m) {
        MatchingConfig c = run.config();
        List<String> rij = new ArrayList<>();
        rij.add(String.valueOf(run.index()));
        rij.add(run.beleid());
        rij.add(run.instelling() == null ? "" : String.valueOf(run.instelling().index()));
        rij.add(run.instelling() == null ? BASIS : run.instelling().naam());
        rij.add(String.valueOf(c.seed()));
        for (Regel regel : Regel.values()) {
            rij.add(String.valueOf(c.gewichten().get(regel)));
        }
        rij.add(String.valueOf(c.stralen().familieKm()));
        rij.add(String.valueOf(c.stralen().zorgKm()));
        rij.add(String.valueOf(c.stralen().werkKm()));
        rij.add(String.valueOf(c.stralen().netwerkKm()));
        rij.add(String.valueOf(c.tolerantie()));
        rij.addAll(MetriekKolommen.waarden(r, m));
        return rij;
    }

    /** Writes the header and the rows. */
    public static void write(Path file, List<List<String>> rijen) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(w, ResultWriter.FORMAT)) {
            csv.printRecord(header());
            for (List<String> rij : rijen) {
                csv.printRecord(nl.kansrijk.io.output.FormulaGuard.rij(rij));
            }
        }
    }

    /** Reads the rows of a sweep.csv written by this version (the header must match exactly). */
    public static List<List<String>> read(Path file) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = ResultWriter.FORMAT.parse(r)) {
            List<List<String>> rijen = new ArrayList<>();
            List<String> header = header();
            boolean eerste = true;
            for (CSVRecord rec : parser) {
                List<String> cellen = rec.toList();
                if (eerste) {
                    if (!cellen.equals(header)) {
                        throw new InputException(file, 1, null, null,
                                "de kolommen wijken af van wat deze versie schrijft; maak de shards met dezelfde versie");
                    }
                    eerste = false;
                } else if (cellen.size() != header.size()) {
                    throw new InputException(file, rec.getRecordNumber(), null, null,
                            cellen.size() + " cellen, verwacht " + header.size());
                } else {
                    rijen.add(cellen);
                }
            }
            return rijen;
        } catch (IOException e) {
            throw new InputException(file, "kan bestand niet lezen: " + e.getClass().getSimpleName());
        }
    }
}
