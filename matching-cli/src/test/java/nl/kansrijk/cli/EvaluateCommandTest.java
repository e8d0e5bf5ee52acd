package nl.kansrijk.cli;

import static nl.kansrijk.cli.SolveCommandTest.GELDIG;
import static nl.kansrijk.cli.SolveCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import nl.kansrijk.cli.SolveCommandTest.Run;
import nl.kansrijk.io.input.ConfigReader;
import nl.kansrijk.io.input.InputFolder;
import nl.kansrijk.io.input.ProblemReader;
import nl.kansrijk.io.input.ReadOptions;
import nl.kansrijk.solve.MatchingEngine;
import nl.kansrijk.solve.MatchingResult;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code kansrijk evaluate}: a plan made elsewhere scored beside the engine's, as text, JSON and output files. */
class EvaluateCommandTest {

    static final Path MINI = Path.of("../sample-data/mini");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A plan made by hand: semicolons and a BOM as a spreadsheet writes them; H003 is placed too far from care. */
    static final String PLAN = "\uFEFFhuishouden_id;gemeente_code;reden\n"
            + "H001;GM0344;school van de kinderen\nH002;GM0599;\nH003;GM0599;\nH005;GM0362;\n";

    @TempDir
    Path tmp;

    @Test
    void writesEveryFileAndScoresThePlanExactlyAsTheEngineDoes() throws IOException {
        Path plan = Files.writeString(tmp.resolve("plan.csv"), PLAN, StandardCharsets.UTF_8);
        Path uit = tmp.resolve("uit");
        Run r = run("evaluate", GELDIG.toString(), "--koppelingen", plan.toString(), "--out", uit.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        for (String f : List.of("koppelingen.csv", "gemeenten-resultaat.csv", "samenvatting.json", "evaluatie.json",
                "invoer/huishoudens.csv", "invoer/config.json")) {
            assertThat(uit.resolve(f)).exists();
        }
        InputFolder in = ProblemReader.read(GELDIG, ReadOptions.DEFAULT);
        MatchingResult expected = new MatchingEngine().evaluate(in.problem(), ConfigReader.read(GELDIG.resolve("config.json")),
                Map.of("H001", "GM0344", "H002", "GM0599", "H003", "GM0599", "H005", "GM0362"));
        JsonNode samenvatting = JSON.readTree(uit.resolve("samenvatting.json").toFile());
        JsonNode evaluatie = JSON.readTree(uit.resolve("evaluatie.json").toFile());
        assertThat(samenvatting.get("score").get("tekst").asString()).isEqualTo(expected.score().toString());
        assertThat(evaluatie.get("score").get("plan").get("tekst").asString()).isEqualTo(expected.score().toString());
        assertThat(evaluatie.get("harde_schendingen").findValuesAsString("regel")).contains("medische-zorg", "taakstelling");

        List<CSVRecord> rows = read(uit.resolve("koppelingen.csv"));
        CSVRecord h001 = rows.stream().filter(k -> k.get("huishouden_id").equals("H001")).findFirst().orElseThrow();
        assertThat(h001.get("overrule_reden")).isEqualTo("school van de kinderen");
        CSVRecord h003 = rows.stream().filter(k -> k.get("huishouden_id").equals("H003")).findFirst().orElseThrow();
        assertThat(h003.get("harde_schending")).isEqualTo("medische-zorg");
        assertThat(r.out()).contains("Harde regels gebroken (3)", "H003 in GM0599: medische zorg");
    }

    @Test
    void theEnginesComparisonIsReproducibleAndEqualsItsOwnSolve() throws IOException {
        Path plan = Files.writeString(tmp.resolve("plan.csv"), PLAN, StandardCharsets.UTF_8);
        Run a = run("evaluate", GELDIG.toString(), "--koppelingen", plan.toString(), "--out", tmp.resolve("a").toString(), "--json");
        Run solve = run("solve", GELDIG.toString(), "--out", tmp.resolve("s").toString(), "--quiet");
        assertThat(solve.exit()).isZero();
        JsonNode printed = JSON.readTree(a.out());
        assertThat(printed).isEqualTo(JSON.readTree(tmp.resolve("a/evaluatie.json").toFile()));
        assertThat(printed.get("score").get("engine").get("tekst").asString()).isEqualTo(
                JSON.readTree(tmp.resolve("s/samenvatting.json").toFile()).get("score").get("tekst").asString());
    }

    @Test
    void theMiniOptimumEvaluatesToItsDocumentedScoreAndTheEngineAgrees() throws IOException {
        Path plan = Files.writeString(tmp.resolve("optimum.csv"), """
                huishouden_id,gemeente_code
                H01,GM0014
                H02,GM0106
                H03,GM0047
                H04,GM0014
                H05,GM0106
                H07,GM0014
                H08,GM0114
                H09,GM0047
                H11,GM0114
                """, StandardCharsets.UTF_8);
        Run r = run("evaluate", MINI.toString(), "--koppelingen", plan.toString(), "--out", tmp.resolve("uit").toString(), "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode e = JSON.readTree(r.out());
        assertThat(e.get("score").get("plan").get("tekst").asString()).isEqualTo("0hard/-7medium/16629soft");
        assertThat(e.get("score").get("engine").get("tekst").asString()).isEqualTo("0hard/-7medium/16629soft");
        assertThat(e.get("harde_schendingen")).isEmpty();
        assertThat(e.get("verplaatst_door_engine").asLong()).isZero();
    }

    @Test
    void badKoppelingenFileNamesFileLineAndColumnAndWritesNothing() throws IOException {
        Path plan = Files.writeString(tmp.resolve("plan.csv"),
                "huishouden_id,gemeente_code\nH001,GM0344\nH404,GM0344\nH002,GM9999\nH001,GM0363\nH003,Utrecht\n",
                StandardCharsets.UTF_8);
        Path uit = tmp.resolve("uit");
        Run r = run("evaluate", GELDIG.toString(), "--koppelingen", plan.toString(), "--out", uit.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("plan.csv:3: kolom 'huishouden_id', waarde 'H404': onbekend huishouden",
                "plan.csv:4: kolom 'gemeente_code': onbekende gemeente",
                "plan.csv:5: kolom 'huishouden_id', waarde 'H001': huishouden komt al voor op regel 2",
                "plan.csv:6: kolom 'gemeente_code': heeft niet de vorm").doesNotContain("Exception");
        assertThat(uit).doesNotExist();

        Files.writeString(plan, "huishouden_id;gemeente\nH001;GM0344\n", StandardCharsets.UTF_8);
        r = run("evaluate", GELDIG.toString(), "--koppelingen", plan.toString(), "--out", uit.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("plan.csv:1: kolom 'gemeente_code': verplichte kolom ontbreekt");
    }

    static List<CSVRecord> read(Path file) throws IOException {
        try (CSVParser p = CSVParser.parse(file, StandardCharsets.UTF_8,
                CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return p.getRecords();
        }
    }
}
