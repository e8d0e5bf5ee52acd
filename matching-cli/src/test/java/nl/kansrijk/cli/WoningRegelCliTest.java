package nl.kansrijk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import nl.kansrijk.cli.SolveCommandTest.Run;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The woning rule through the commands: with woningen.csv {@code solve} scores it (koppelingen.csv's
 * {@code score_woning} adds up to samenvatting.json's total), and {@code explain} on that output folder recomputes the
 * same score, so it sees the copied dwellings too.
 */
class WoningRegelCliTest {

    @TempDir
    Path tmp;

    private static final String WONINGEN = """
            woning_id,gemeente_code,beschikbaar_vanaf,min_personen,max_personen
            W01,GM0363,2026-02-01,1,2
            W02,GM0363,2026-03-01,3,4
            W03,GM0362,2026-01-10,1,6
            W04,GM0344,2026-01-25,1,4
            W05,GM0599,2026-05-01,2,6
            """;

    @Test
    void solveScoresTheRuleAndExplainRecomputesTheSameScore() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        try (var files = Files.list(SolveCommandTest.GELDIG)) {
            for (Path f : files.toList()) {
                Files.copy(f, in.resolve(f.getFileName()));
            }
        }
        Files.writeString(in.resolve("woningen.csv"), WONINGEN, StandardCharsets.UTF_8);
        Path uit = tmp.resolve("uit");
        Run r = SolveCommandTest.run("solve", in.toString(), "--out", uit.toString(), "--quiet");
        assertThat(r.exit()).as(r.err()).isZero();
        long som = 0;
        try (CSVParser p = CSVParser.parse(uit.resolve("koppelingen.csv"), StandardCharsets.UTF_8,
                CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            List<CSVRecord> rows = p.getRecords();
            for (CSVRecord k : rows) {
                som += k.get("score_woning").isEmpty() ? 0 : Long.parseLong(k.get("score_woning"));
            }
        }
        JsonNode s = new JsonMapper().readTree(uit.resolve("samenvatting.json").toFile());
        assertThat(som).isPositive();
        assertThat(s.findValue("woning").asLong()).isEqualTo(som);

        String household = Files.readAllLines(uit.resolve("koppelingen.csv")).get(1).split(",")[0];
        Run e = SolveCommandTest.run("explain", uit.toString(), "--household", household);
        assertThat(e.exit()).as(e.err()).isZero();
        assertThat(e.err()).doesNotContain("wijkt af");
    }
}
