package nl.kansrijk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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

/** {@code solve} on a folder with woningen.csv: the toewijzing, the month overview, the summary and the report chart. */
class WoningenSolveTest {

    @TempDir
    Path tmp;

    /** Every gemeente of the fixture gets dwellings for 1-2, 3-4 and 5-6 persons; Utrecht one accessible flat. */
    private static final String WONINGEN = """
            woning_id,gemeente_code,beschikbaar_vanaf,min_personen,max_personen,toegankelijk
            W01,GM0363,2026-02-01,1,2,nee
            W02,GM0363,2026-03-01,3,4,nee
            W03,GM0363,2026-01-10,5,6,nee
            W04,GM0362,2026-02-15,1,2,nee
            W05,GM0362,2026-04-01,3,6,nee
            W06,GM0344,2026-01-25,1,1,nee
            W07,GM0344,2026-02-10,1,4,ja
            W08,GM0599,2026-03-20,1,3,nee
            W09,GM0599,2026-05-01,2,6,nee
            W10,GM0518,2026-02-01,1,6,ja
            """;

    private Path folder(String woningen) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("in-" + System.nanoTime()));
        try (var files = Files.list(SolveCommandTest.GELDIG)) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        if (woningen != null) {
            Files.writeString(dir.resolve("woningen.csv"), woningen, StandardCharsets.UTF_8);
        }
        return dir;
    }

    private static List<CSVRecord> read(Path csv) throws IOException {
        try (CSVParser p = CSVParser.parse(csv, StandardCharsets.UTF_8,
                CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return p.getRecords();
        }
    }

    @Test
    void writesTheToewijzingConsistentWithKoppelingenAndInput() throws IOException {
        Path uit = tmp.resolve("uit");
        Run r = SolveCommandTest.run("solve", folder(WONINGEN).toString(), "--out", uit.toString(), "--quiet",
                "--report", "--xlsx");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("woningen:", "gehuisvest");

        Map<String, CSVRecord> huishoudens = new HashMap<>();
        read(SolveCommandTest.GELDIG.resolve("huishoudens.csv")).forEach(h -> huishoudens.put(h.get("huishouden_id"), h));
        Map<String, CSVRecord> woningen = new HashMap<>();
        for (CSVRecord w : CSVParser.parse(WONINGEN, CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            woningen.put(w.get("woning_id"), w);
        }
        List<CSVRecord> koppelingen = read(uit.resolve("koppelingen.csv")).stream()
                .filter(k -> !k.get("gemeente_code").isEmpty()).toList();
        List<CSVRecord> toewijzing = read(uit.resolve("woningtoewijzing.csv"));
        assertThat(toewijzing).extracting(t -> t.get("huishouden_id"))
                .containsExactlyElementsOf(koppelingen.stream().map(k -> k.get("huishouden_id")).toList());
        Set<String> gebruikt = new HashSet<>();
        long gehuisvest = 0;
        long persoonsdagen = 0;
        for (int i = 0; i < toewijzing.size(); i++) {
            CSVRecord t = toewijzing.get(i);
            assertThat(t.get("gemeente_code")).isEqualTo(koppelingen.get(i).get("gemeente_code"));
            if (t.get("woning_id").isEmpty()) {
                assertThat(t.get("beschikbaar_vanaf")).isEmpty();
                assertThat(t.get("wachtdagen")).isEmpty();
                continue;
            }
            gehuisvest++;
            CSVRecord w = woningen.get(t.get("woning_id"));
            CSVRecord h = huishoudens.get(t.get("huishouden_id"));
            int personen = Integer.parseInt(h.get("personen"));
            assertThat(gebruikt.add(w.get("woning_id"))).isTrue();
            assertThat(w.get("gemeente_code")).isEqualTo(t.get("gemeente_code"));
            assertThat(personen).isBetween(Integer.parseInt(w.get("min_personen")), Integer.parseInt(w.get("max_personen")));
            if (!h.get("zorg_code").isEmpty()) {
                assertThat(w.get("toegankelijk")).isEqualTo("ja");
            }
            long wacht = Math.max(0, ChronoUnit.DAYS.between(LocalDate.parse(h.get("vergunningdatum")),
                    LocalDate.parse(w.get("beschikbaar_vanaf"))));
            assertThat(t.get("beschikbaar_vanaf")).isEqualTo(w.get("beschikbaar_vanaf"));
            assertThat(Long.parseLong(t.get("wachtdagen"))).isEqualTo(wacht);
            persoonsdagen += personen * wacht;
        }
        assertThat(gehuisvest).isPositive();

        JsonNode s = new JsonMapper().readTree(uit.resolve("samenvatting.json").toFile()).get("woningtoewijzing");
        assertThat(s.get("huishoudens").asLong()).isEqualTo(toewijzing.size());
        assertThat(s.get("gehuisvest").asLong()).isEqualTo(gehuisvest);
        assertThat(s.get("persoonsdagen").asLong()).isEqualTo(persoonsdagen);
        assertThat(s.get("woningen").asLong()).isEqualTo(woningen.size());

        List<CSVRecord> maanden = read(uit.resolve("woningen-per-maand.csv"));
        assertThat(maanden.stream().mapToInt(m -> Integer.parseInt(m.get("koppelingen"))).sum()).isEqualTo(toewijzing.size());
        assertThat(maanden.stream().mapToInt(m -> Integer.parseInt(m.get("vrijkomende_woningen"))).sum()).isEqualTo(woningen.size());
        assertThat(maanden.stream().mapToLong(m -> Integer.parseInt(m.get("toegewezen"))).sum()).isEqualTo(gehuisvest);
        assertThat(maanden).anySatisfy(m -> {
            assertThat(m.get("gemeente_code")).isEqualTo("GM0599");
            assertThat(m.get("maand")).isEqualTo("2026-05");
            assertThat(m.get("vrijkomende_woningen")).isEqualTo("1");
        });

        assertThat(Files.readString(uit.resolve("report.html"), StandardCharsets.UTF_8))
                .contains("<canvas id=\"woningen\">", "\"woningen\":{\"rijen\":[");
        assertThat(uit.resolve("invoer/woningen.csv")).exists();
        assertThat(uit.resolve("uitvoer.xlsx")).exists();
        assertThat(uit.resolve("ruilvoorstellen.csv")).as("only with regiopools.csv").doesNotExist();
        assertThat(s.has("ruilvoorstellen")).isFalse();
    }

    @Test
    void withPoolsTheExchangeProposalsAreWritten() throws IOException {
        Path in = folder(WONINGEN);
        // H001 (4 persons) pinned in Amstelveen, whose only family dwelling is for 3-6 from April; Amsterdam has one
        // for 3-4 in March: the pool proposes to move it or to swap it
        Files.writeString(in.resolve("regiopools.csv"), "pool,gemeente_code,tolerantie\nA,GM0363,100\nA,GM0362,\n");
        String h = Files.readString(in.resolve("huishoudens.csv"));
        int regel = h.indexOf("\nH001,");
        int eind = h.indexOf('\n', regel + 1);
        String h001 = h.substring(regel + 1, eind);
        Files.writeString(in.resolve("huishoudens.csv"), h.substring(0, regel + 1)
                + h001.substring(0, h001.lastIndexOf(',', h001.lastIndexOf(',') - 1)) + ",GM0362,A" + h.substring(eind));
        Path uit = tmp.resolve("pools");
        Run r = SolveCommandTest.run("solve", in.toString(), "--out", uit.toString(), "--quiet");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("ruilvoorstellen");
        List<CSVRecord> voorstellen = read(uit.resolve("ruilvoorstellen.csv"));
        JsonNode s = new JsonMapper().readTree(uit.resolve("samenvatting.json").toFile()).get("woningtoewijzing");
        assertThat(s.get("ruilvoorstellen").asLong()).isEqualTo(voorstellen.size());
        assertThat(voorstellen).isNotEmpty().allSatisfy(v -> {
            assertThat(v.get("pool")).isEqualTo("A");
            assertThat(v.get("van_a_naar_b") + "|" + v.get("van_b_naar_a")).contains("H001");
            assertThat(Long.parseLong(v.get("extra_gehuisvest")) > 0 || Long.parseLong(v.get("minder_persoonsdagen")) > 0)
                    .isTrue();
        });
    }

    @Test
    void evaluateAssignsTheDwellingsOfAPlanMadeElsewhere() throws IOException {
        Path in = folder(WONINGEN);
        Path plan = tmp.resolve("plan");
        assertThat(SolveCommandTest.run("solve", in.toString(), "--out", plan.toString(), "--quiet").exit()).isZero();
        Path uit = tmp.resolve("eval");
        Run r = SolveCommandTest.run("evaluate", in.toString(), "--koppelingen", plan.resolve("koppelingen.csv").toString(),
                "--out", uit.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("woningtoewijzing.csv");
        assertThat(Files.readString(uit.resolve("woningtoewijzing.csv")))
                .isEqualTo(Files.readString(plan.resolve("woningtoewijzing.csv")));
    }

    @Test
    void withoutWoningenNothingAboutHomesIsWritten() throws IOException {
        Path uit = tmp.resolve("zonder");
        Run r = SolveCommandTest.run("solve", folder(null).toString(), "--out", uit.toString(), "--quiet", "--report");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(uit.resolve("woningtoewijzing.csv")).doesNotExist();
        assertThat(uit.resolve("woningen-per-maand.csv")).doesNotExist();
        assertThat(Files.readString(uit.resolve("samenvatting.json"))).doesNotContain("woningtoewijzing");
        assertThat(Files.readString(uit.resolve("report.html"))).doesNotContain("canvas id=\"woningen\"");
    }

    @Test
    void aBadDwellingExitsWithTwoNamingFileLineColumnAndValue() throws IOException {
        Path uit = tmp.resolve("kapot");
        Run r = SolveCommandTest.run("solve", folder(WONINGEN.replace("W05,GM0362,2026-04-01", "W05,GM0362,2026-04-31"))
                .toString(), "--out", uit.toString(), "--quiet");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("woningen.csv:6: kolom 'beschikbaar_vanaf', waarde '2026-04-31': geen geldige datum")
                .doesNotContain("Exception");
        assertThat(uit).doesNotExist();
    }
}
