package nl.kansrijk.io.output;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import nl.kansrijk.io.json.SimulatieInstellingenJson;
import nl.kansrijk.io.json.SimulatieRijJson;
import nl.kansrijk.simulate.SimulatieResultaat;
import org.apache.commons.csv.CSVPrinter;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.annotation.JsonNaming;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a simulation as {@code simulatie.csv} (one row per plan: hindsight first, then each policy) and
 * {@code simulatie.json} (the same rows plus the settings). No timings: the same run gives the same bytes.
 */
public final class SimulatieWriter {

    public static final String CSV = "simulatie.csv";
    public static final String JSON = "simulatie.json";

    /** The columns of simulatie.csv, in order. */
    public static final List<String> KOLOMMEN = SimulatieRijJson.KOLOMMEN;

    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private SimulatieWriter() {
    }

    /** Writes both files into {@code dir} (which must exist). */
    public static void write(Path dir, SimulatieResultaat r, SimulatieInstellingenJson instellingen) throws IOException {
        try (Writer w = Files.newBufferedWriter(dir.resolve(CSV), StandardCharsets.UTF_8)) {
            writeCsv(w, r);
        }
        try (Writer w = Files.newBufferedWriter(dir.resolve(JSON), StandardCharsets.UTF_8)) {
            writeJson(w, r, instellingen);
        }
    }

    /** Writes {@value #CSV}: a row per plan (the writer is left open). */
    public static void writeCsv(Writer w, SimulatieResultaat r) throws IOException {
        CSVPrinter csv = new CSVPrinter(w, ResultWriter.FORMAT);
        csv.printRecord(KOLOMMEN);
        for (SimulatieRijJson rij : SimulatieRijJson.van(r)) {
            csv.printRecord(FormulaGuard.rij(rij.waarden().stream().map(v -> v == null ? "" : v).toList()));
        }
        csv.flush();
    }

    /** Writes {@value #JSON}: the run, its settings and a row per plan (the writer is left open). */
    public static void writeJson(Writer w, SimulatieResultaat r, SimulatieInstellingenJson instellingen)
            throws IOException {
        SimulatieJson json = new SimulatieJson(r.periode().code(), r.ritme().code(), r.batches(), r.huishoudens(),
                "100 × (1 − (zacht_achteraf − zacht_beleid) / |zacht_achteraf|)", r.bovengrens(),
                "100 × (1 − (bovengrens − zacht_beleid) / |bovengrens|); bovengrens: bewezen "
                        + "bovengrens (relaxatie) van de zachte score van elk plan dat niet meer personen ongeplaatst laat dan achteraf",
                instellingen, SimulatieRijJson.van(r));
        w.write(MAPPER.writeValueAsString(json) + "\n");
    }

    /** {@value #JSON} as a whole. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record SimulatieJson(String periode, String batch, int batches, int huishoudensAangekomen,
            String procentVanAchteraf, Long bovengrens, String procentVanBovengrens,
            SimulatieInstellingenJson instellingen, List<SimulatieRijJson> plannen) {
    }
}
