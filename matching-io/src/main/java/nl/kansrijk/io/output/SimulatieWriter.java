package nl.kansrijk.io.output;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import nl.kansrijk.io.json.SimulatieInstellingenJson;
import nl.kansrijk.io.json.SimulatieRijJson;
import nl.kansrijk.simulate.Beleidsuitkomst;
import nl.kansrijk.simulate.SimulatieResultaat;
import nl.kansrijk.solve.Koppeling;
import org.apache.commons.csv.CSVPrinter;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.annotation.JsonNaming;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a simulation as {@code simulatie.csv} (one row per plan: hindsight first, then each policy),
 * {@code simulatie.json} (the same rows plus the settings) and per plan its koppelingen
 * ({@code koppelingen-<beleid>.csv}, which {@code kansrijk evaluate} scores rule by rule). No timings: the same run
 * gives the same bytes.
 */
public final class SimulatieWriter {

    public static final String CSV = "simulatie.csv";
    public static final String JSON = "simulatie.json";

    /** The columns of each plan's {@code koppelingen-<beleid>.csv}, in order. */
    public static final List<String> KOPPELING_KOLOMMEN = List.of("huishouden_id", "gemeente_code", "koppeldatum");

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
        List<Beleidsuitkomst> plannen = new ArrayList<>();
        plannen.add(r.achteraf());
        plannen.addAll(r.beleid());
        for (Beleidsuitkomst u : plannen) {
            try (Writer w = Files.newBufferedWriter(dir.resolve(koppelingenBestand(u.naam())), StandardCharsets.UTF_8)) {
                writeKoppelingen(w, u);
            }
        }
    }

    /** The file name of a plan's koppelingen: {@code koppelingen-<beleid>.csv}. */
    public static String koppelingenBestand(String beleid) {
        return "koppelingen-" + beleid + ".csv";
    }

    /**
     * Writes one plan's koppelingen: a row per household of the period by id, its gemeente (empty when left
     * unplaced) and the batch date it was linked on (empty for hindsight and for households pinned before the
     * period's first batch); the writer is left open.
     */
    public static void writeKoppelingen(Writer w, Beleidsuitkomst u) throws IOException {
        CSVPrinter csv = new CSVPrinter(w, ResultWriter.FORMAT);
        csv.printRecord(KOPPELING_KOLOMMEN);
        List<Koppeling> rijen = new ArrayList<>(u.resultaat().koppelingen());
        rijen.sort(Comparator.comparing(Koppeling::huishoudenId));
        for (Koppeling k : rijen) {
            LocalDate op = u.koppeldatum().get(k.huishoudenId());
            csv.printRecord(FormulaGuard.rij(List.of(k.huishoudenId(), k.isGeplaatst() ? k.gemeenteCode() : "",
                    op == null ? "" : op.toString())));
        }
        csv.flush();
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
