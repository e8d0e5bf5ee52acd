package nl.kansrijk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SolveCommandTest {

    static final Path GELDIG = Path.of("src/test/resources/invoer/geldig");

    @TempDir
    Path tmp;

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = KansrijkCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void solvesFolderAndWritesAllOutputsWhoseContributionsAddUpToTheScore() throws IOException {
        Path uit = tmp.resolve("uit");
        Run r = run("solve", GELDIG.toString(), "--out", uit.toString(), "--quiet");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("8 huishoudens", "uitvoer:");
        assertThat(uit.resolve("koppelingen.csv")).exists();
        assertThat(uit.resolve("gemeenten-resultaat.csv")).exists();
        assertThat(uit.resolve("invoer/huishoudens.csv")).exists();
        JsonNode s = new JsonMapper().readTree(uit.resolve("samenvatting.json").toFile());
        long soft = s.get("score").get("soft").asLong();

        List<CSVRecord> koppelingen = read(uit.resolve("koppelingen.csv"));
        long perHuishouden = koppelingen.stream().mapToLong(k -> Long.parseLong(k.get("score_huishouden"))).sum();
        long balans = read(uit.resolve("gemeenten-resultaat.csv")).stream()
                .mapToLong(g -> Long.parseLong(g.get("score_balans"))).sum();
        assertThat(perHuishouden + balans).isEqualTo(soft);
        assertThat(koppelingen).hasSize(8);
        assertThat(koppelingen).allSatisfy(k -> assertThat(k.get("toelichting")).isNotBlank());
        assertThat(s.get("invoer_sha256").get("huishoudens.csv").asString()).hasSize(64);
        assertThat(s.get("configuratie").get("gewichten").get("regioadvies").asLong()).isEqualTo(100);
        assertThat(s.get("seed").asLong()).isEqualTo(7); // from the folder's config.json
    }

    @Test
    void reportOptionWritesSelfContainedReport() throws IOException {
        Path uit = tmp.resolve("uit");
        Run r = run("solve", GELDIG.toString(), "--out", uit.toString(), "--quiet", "--report");
        assertThat(r.exit()).as(r.err()).isZero();
        String html = Files.readString(uit.resolve("report.html"), StandardCharsets.UTF_8);
        assertThat(html).contains("<canvas").doesNotContainPattern("<script[^>]+src=").doesNotContainPattern("<link[^>]+href=\"http");
    }

    @Test
    void badInputExitsWithTwoAndLeavesNoOutput() throws IOException {
        Path kapot = tmp.resolve("kapot");
        Files.createDirectories(kapot);
        try (var files = Files.list(GELDIG)) {
            for (Path f : files.toList()) {
                Files.copy(f, kapot.resolve(f.getFileName()));
            }
        }
        Path h = kapot.resolve("huishoudens.csv");
        String text = Files.readString(h, StandardCharsets.UTF_8);
        Files.writeString(h, text.replaceFirst("\n(H00[0-9]),[0-9]+,", "\n$1,-3,"), StandardCharsets.UTF_8);
        Path uit = tmp.resolve("uit");
        Run r = run("solve", kapot.toString(), "--out", uit.toString(), "--quiet");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("huishoudens.csv:").contains("personen").doesNotContain("Exception");
        assertThat(uit).doesNotExist();
    }

    private static List<CSVRecord> read(Path file) throws IOException {
        try (CSVParser p = CSVParser.parse(file, StandardCharsets.UTF_8,
                CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return p.getRecords();
        }
    }
}
