package nl.kansrijk.io.output;

import static nl.kansrijk.io.output.ResultWriter.decimaal;
import static nl.kansrijk.io.output.ResultWriter.ordered;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.kansrijk.metrics.Groepsverschil;
import nl.kansrijk.metrics.Kwaliteit;
import nl.kansrijk.simulate.Beleidsuitkomst;
import nl.kansrijk.simulate.SimulatieResultaat;
import org.apache.commons.csv.CSVPrinter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a simulation as {@code simulatie.csv} (one row per plan: hindsight first, then each policy) and
 * {@code simulatie.json} (the same rows plus the settings). No timings: the same run gives the same bytes.
 */
public final class SimulatieWriter {

    public static final String CSV = "simulatie.csv";
    public static final String JSON = "simulatie.json";

    /** The columns of simulatie.csv, in order. */
    public static final List<String> KOLOMMEN = List.of("beleid", "batch", "batches", "huishoudens", "personen",
            "geplaatste_personen", "niet_geplaatste_personen", "score_zacht", "procent_van_achteraf", "score",
            "aandeel_eerste_regio", "aandeel_advies_regio", "km_gemiddeld", "km_p90", "aandeel_voorkeur_of_netwerk",
            "gemiddelde_sectorvraag", "vulgraad_min", "vulgraad_max", "vulgraad_gini", "harde_schendingen",
            "overvolle_gemeenten", "grootste_groepsverschil_eerste_regio", "grootste_groepsverschil_km",
            "procent_van_bovengrens", "wachtdagen_gemiddeld", "hard_bij_koppeling");

    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private SimulatieWriter() {
    }

    /** Writes both files into {@code dir} (which must exist). */
    public static void write(Path dir, SimulatieResultaat r, Map<String, Object> instellingen) throws IOException {
        try (Writer w = Files.newBufferedWriter(dir.resolve(CSV), StandardCharsets.UTF_8)) {
            writeCsv(w, r);
        }
        try (Writer w = Files.newBufferedWriter(dir.resolve(JSON), StandardCharsets.UTF_8)) {
            writeJson(w, r, instellingen);
        }
    }

    /** Writes {@value #CSV}: a row per plan (the writer is left open). */
    public static void writeCsv(Writer w, SimulatieResultaat r) throws IOException {
        List<Map<String, Object>> rijen = rijen(r);
        CSVPrinter csv = new CSVPrinter(w, ResultWriter.FORMAT);
        csv.printRecord(KOLOMMEN);
        for (Map<String, Object> rij : rijen) {
            List<Object> waarden = new ArrayList<>();
            KOLOMMEN.forEach(k -> waarden.add(rij.get(k) == null ? "" : rij.get(k)));
            csv.printRecord(FormulaGuard.rij(waarden));
        }
        csv.flush();
    }

    /** Writes {@value #JSON}: the run, its settings and a row per plan (the writer is left open). */
    public static void writeJson(Writer w, SimulatieResultaat r, Map<String, Object> instellingen) throws IOException {
        List<Map<String, Object>> rijen = rijen(r);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("periode", r.periode().code());
        json.put("batch", r.ritme().code());
        json.put("batches", r.batches());
        json.put("huishoudens_aangekomen", r.huishoudens());
        json.put("procent_van_achteraf", "100 × (1 − (zacht_achteraf − zacht_beleid) / |zacht_achteraf|)");
        json.put("bovengrens", r.bovengrens());
        json.put("procent_van_bovengrens", "100 × (1 − (bovengrens − zacht_beleid) / |bovengrens|); bovengrens: bewezen "
                + "bovengrens (relaxatie) van de zachte score van elk plan dat niet meer personen ongeplaatst laat dan achteraf");
        json.put("instellingen", instellingen);
        json.put("plannen", rijen);
        w.write(MAPPER.writeValueAsString(json) + "\n");
    }

    /** One ordered row per plan: hindsight, then the policies in the order run. */
    public static List<Map<String, Object>> rijen(SimulatieResultaat r) {
        List<Map<String, Object>> out = new ArrayList<>();
        out.add(rij(r, r.achteraf()));
        r.beleid().forEach(u -> out.add(rij(r, u)));
        return out;
    }

    private static Map<String, Object> rij(SimulatieResultaat r, Beleidsuitkomst u) {
        Kwaliteit k = u.metrics().totaal();
        boolean achteraf = u == r.achteraf();
        return ordered("beleid", u.naam(), "batch", achteraf ? "" : r.ritme().code(), "batches", u.batches(),
                "huishoudens", k.huishoudens(), "personen", k.personen(), "geplaatste_personen", k.geplaatstePersonen(),
                "niet_geplaatste_personen", k.nietGeplaatstePersonen(), "score_zacht", u.zacht(),
                "procent_van_achteraf", decimaal(r.procentVanAchteraf(u), 2), "score", u.resultaat().score().toString(),
                "aandeel_eerste_regio", decimaal(k.aandeelEersteRegio(), 4),
                "aandeel_advies_regio", decimaal(k.aandeelAdviesRegio(), 4),
                "km_gemiddeld", decimaal(k.kmGemiddeld(), 1), "km_p90", decimaal(k.kmP90(), 1),
                "aandeel_voorkeur_of_netwerk", decimaal(k.aandeelVoorkeurOfNetwerk(), 4),
                "gemiddelde_sectorvraag", decimaal(k.gemiddeldeSectorvraag(), 2),
                "vulgraad_min", decimaal(u.metrics().vulgraadMin(), 4), "vulgraad_max", decimaal(u.metrics().vulgraadMax(), 4),
                "vulgraad_gini", decimaal(u.metrics().vulgraadGini(), 4),
                "harde_schendingen", u.metrics().huishoudensMetHardeSchending(),
                "overvolle_gemeenten", u.metrics().overvoldeGemeenten(),
                "grootste_groepsverschil_eerste_regio", decimaal(grootsteVerschil(u, "aandeel_eerste_regio"), 4),
                "grootste_groepsverschil_km", decimaal(grootsteVerschil(u, "km_gemiddeld"), 1),
                "procent_van_bovengrens", r.bovengrens() == null ? null : decimaal(r.procentVanBovengrens(u), 2),
                "wachtdagen_gemiddeld", achteraf ? null : decimaal(u.wachtdagenGemiddeld(), 2),
                "hard_bij_koppeling", u.hard());
    }

    /** The largest gap in a measure between the groups of any grouping. */
    private static double grootsteVerschil(Beleidsuitkomst u, String maat) {
        double max = 0;
        for (Groepsverschil g : u.metrics().groepen()) {
            max = Math.max(max, g.grootsteVerschil().getOrDefault(maat, 0.0));
        }
        return max;
    }
}
