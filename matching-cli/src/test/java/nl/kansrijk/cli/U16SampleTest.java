package nl.kansrijk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.kansrijk.cli.SolveCommandTest.Run;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** sample-data/u16-2026-h1: made by the documented command, and it solves with a toewijzing of its dwellings. */
class U16SampleTest {

    static final Path U16 = Path.of("..", "sample-data", "u16-2026-h1");
    static final String GEMEENTEN = "GM0344,GM0310,GM0312,GM0321,GM0331,GM0335,GM0352,GM0353,GM0355,GM0356,GM0589,"
            + "GM0632,GM0736,GM1581,GM1904,GM1961";

    @TempDir
    Path tmp;

    private static List<CSVRecord> read(Path csv) throws IOException {
        try (CSVParser p = CSVParser.parse(csv, StandardCharsets.UTF_8,
                CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return p.getRecords();
        }
    }

    @Test
    void theGeneratedFilesAreWhatTheDocumentedCommandWrites() throws IOException {
        Path fresh = tmp.resolve("u16");
        Run r = SolveCommandTest.run("generate", "--households", "360", "--seed", "2026", "--periode", "2026-H1",
                "--gebied", "gemeenten:" + GEMEENTEN, "--gekoppeld-fractie", "0.1", "--out", fresh.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        try (var files = Files.list(fresh)) {
            for (Path f : files.toList()) {
                assertThat(Files.readAllBytes(U16.resolve(f.getFileName()))).as(f.getFileName().toString())
                        .isEqualTo(Files.readAllBytes(f));
            }
        }
        assertThat(read(U16.resolve("gemeenten.csv"))).extracting(g -> g.get("gemeente_code"))
                .containsExactlyInAnyOrder(GEMEENTEN.split(","));
        assertThat(read(U16.resolve("regiopools.csv"))).extracting(g -> g.get("gemeente_code"))
                .containsExactlyInAnyOrder(GEMEENTEN.split(","));
    }

    @Test
    void theFolderSolvesAndItsDwellingsAreAssigned() throws IOException {
        Path uit = tmp.resolve("uit");
        Run r = SolveCommandTest.run("solve", U16.toString(), "--out", uit.toString(), "--quiet", "--seed", "1");
        assertThat(r.exit()).as(r.err()).isZero();
        Map<String, CSVRecord> woningen = new HashMap<>();
        read(U16.resolve("woningen.csv")).forEach(w -> woningen.put(w.get("woning_id"), w));
        Map<String, Integer> personen = new HashMap<>();
        read(U16.resolve("huishoudens.csv")).forEach(h -> personen.put(h.get("huishouden_id"), Integer.parseInt(h.get("personen"))));
        long geplaatst = read(uit.resolve("koppelingen.csv")).stream().filter(k -> !k.get("gemeente_code").isEmpty()).count();
        List<CSVRecord> toewijzing = read(uit.resolve("woningtoewijzing.csv"));
        assertThat(toewijzing).hasSize((int) geplaatst);
        Set<String> gebruikt = new HashSet<>();
        for (CSVRecord t : toewijzing) {
            if (!t.get("woning_id").isEmpty()) {
                CSVRecord w = woningen.get(t.get("woning_id"));
                assertThat(gebruikt.add(w.get("woning_id"))).isTrue();
                assertThat(w.get("gemeente_code")).isEqualTo(t.get("gemeente_code"));
                assertThat(personen.get(t.get("huishouden_id")))
                        .isBetween(Integer.parseInt(w.get("min_personen")), Integer.parseInt(w.get("max_personen")));
            }
        }
        JsonNode s = new JsonMapper().readTree(uit.resolve("samenvatting.json").toFile()).get("woningtoewijzing");
        assertThat(s.get("gehuisvest").asLong()).isEqualTo(gebruikt.size()).isGreaterThan(geplaatst / 2);
        assertThat(s.get("woningen").asLong()).isEqualTo(woningen.size());
    }
}
