package nl.kansrijk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import nl.kansrijk.cli.SolveCommandTest.Run;
import nl.kansrijk.cli.sweep.SweepTabel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepCommandTest {

    static final Path GELDIG = SolveCommandTest.GELDIG;

    @TempDir
    Path tmp;

    Path grid;

    static Run run(String... args) {
        return SolveCommandTest.run(args);
    }

    @BeforeEach
    void grid() throws IOException {
        grid = tmp.resolve("grid.json");
        Files.writeString(grid, """
                {"gewichten": {"regioadvies": [50, 200]},
                 "lijst": [{"naam": "zonder balans", "gewichten": {"balans": 0}}],
                 "seeds": [0, 1],
                 "beeindiging": {"tijdslimiet": null, "onverbeterde_stappen": null, "zettenlimiet": 3000}}
                """);
    }

    private Run sweep(String out, String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("sweep", GELDIG.toString(), "--grid", grid.toString(),
                "--out", tmp.resolve(out).toString()));
        args.addAll(List.of(extra));
        return run(args.toArray(String[]::new));
    }

    private List<String> lines(String out, String file) throws IOException {
        return Files.readAllLines(tmp.resolve(out).resolve(file));
    }

    @Test
    void writesOneRowPerRunInRunOrderWithTheBaselinesInTheSameTable() throws IOException {
        Run r = sweep("uit", "--report", "--threads", "2");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("3 instellingen × 2 seeds", "= 10 runs", "10/10 runs");
        List<String> csv = lines("uit", "sweep.csv");
        assertThat(csv.get(0)).isEqualTo(String.join(",", SweepTabel.header()));
        assertThat(csv.get(0)).contains("gewicht_regioadvies", "score_hard", "aandeel_advies_regio", "km_p90",
                "vulgraad_gini", "niet_geplaatste_personen", "verschil_aandeel_advies_regio");
        List<String> rijen = csv.subList(1, csv.size());
        assertThat(rijen).hasSize(3 * 2 + 2 + 1 + 1);
        assertThat(rijen).extracting(l -> l.split(",")[0]).containsExactly("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
        assertThat(rijen).extracting(l -> l.split(",")[1]).containsExactly("engine", "engine", "engine", "engine", "engine",
                "engine", "willekeurig", "willekeurig", "fcfs", "proportioneel");
        assertThat(rijen.get(0)).startsWith("0,engine,0,regioadvies=50,0,");
        assertThat(rijen.get(5)).startsWith("5,engine,2,zonder balans,1,");
        assertThat(rijen.get(8)).startsWith("8,fcfs,,basisconfiguratie,0,");
        int hard = SweepTabel.header().indexOf("score_hard");
        assertThat(rijen).allSatisfy(l -> assertThat(l.split(",", -1)[hard]).isEqualTo("0"));
        assertThat(tmp.resolve("uit/report.html")).isNotEmptyFile();
        assertThat(tmp.resolve("uit/details")).isDirectoryContaining("glob:**/run-0000.json")
                .isDirectoryContaining("glob:**/run-0008.json");
        assertThat(Files.readString(tmp.resolve("uit/sweep.json"))).contains("\"definitie_sha256\"", "\"invoer_sha256\"",
                "\"huishoudens.csv\"");
    }

    @Test
    void sameOutputWhateverTheNumberOfThreads() throws IOException {
        assertThat(sweep("een", "--threads", "1", "--report").exit()).isZero();
        assertThat(sweep("twee", "--threads", "2", "--report").exit()).isZero();
        for (String f : List.of("sweep.csv", "sweep.json", "report.html", "details/run-0000.json")) {
            assertThat(Files.readAllBytes(tmp.resolve("twee").resolve(f))).as(f)
                    .isEqualTo(Files.readAllBytes(tmp.resolve("een").resolve(f)));
        }
    }

    @Test
    void shardsMergeIntoExactlyTheWholeSweep() throws IOException {
        assertThat(sweep("heel", "--report", "--seeds", "1").exit()).isZero();
        for (int i = 0; i < 3; i++) {
            Run r = sweep("shard" + i, "--shard", i + "/3", "--seeds", "1");
            assertThat(r.exit()).as(r.err()).isZero();
        }
        assertThat(lines("shard1", "sweep.csv").subList(1, 3)).extracting(l -> l.split(",")[0]).containsExactly("1", "4");
        // shards given in any order
        Run m = run("sweep-merge", tmp.resolve("shard2").toString(), tmp.resolve("shard0").toString(),
                tmp.resolve("shard1").toString(), "--out", tmp.resolve("samen").toString(), "--report");
        assertThat(m.exit()).as(m.err()).isZero();
        for (String f : List.of("sweep.csv", "sweep.json", "report.html")) {
            assertThat(Files.readAllBytes(tmp.resolve("samen").resolve(f))).as(f)
                    .isEqualTo(Files.readAllBytes(tmp.resolve("heel").resolve(f)));
        }
    }

    @Test
    void mergeRefusesShardsOfAnotherGridAndIncompleteSets() throws IOException {
        assertThat(sweep("a0", "--shard", "0/2", "--seeds", "1").exit()).isZero();
        assertThat(sweep("b1", "--shard", "1/2", "--seeds", "2").exit()).isZero(); // other seeds: another sweep
        Run ander = run("sweep-merge", tmp.resolve("a0").toString(), tmp.resolve("b1").toString(),
                "--out", tmp.resolve("x").toString());
        assertThat(ander.exit()).isEqualTo(KansrijkCli.BAD_INPUT);
        assertThat(ander.err()).contains("andere grid");
        Run half = run("sweep-merge", tmp.resolve("a0").toString(), "--out", tmp.resolve("x").toString());
        assertThat(half.exit()).isEqualTo(KansrijkCli.BAD_INPUT);
        assertThat(half.err()).contains("shards [1] van /2 ontbreken");
        Run dubbel = run("sweep-merge", tmp.resolve("a0").toString(), tmp.resolve("a0").toString(),
                "--out", tmp.resolve("x").toString());
        assertThat(dubbel.exit()).isEqualTo(KansrijkCli.BAD_INPUT);
        assertThat(dubbel.err()).contains("twee keer");
        Run geen = run("sweep-merge", tmp.toString(), "--out", tmp.resolve("x").toString());
        assertThat(geen.exit()).isEqualTo(KansrijkCli.BAD_INPUT);
        assertThat(geen.err()).contains("sweep.json ontbreekt");
        assertThat(tmp.resolve("x")).doesNotExist();
    }

    @Test
    void badArgumentsAndGridsAreBadInput() throws IOException {
        Run shard = sweep("x", "--shard", "2/2");
        assertThat(shard.exit()).isEqualTo(KansrijkCli.BAD_INPUT);
        assertThat(shard.err()).contains("--shard", "0 <= i < n");
        Files.writeString(grid, "{\"gewichten\": {\"regioadvis\": [1, 2]}}");
        Run slecht = sweep("x");
        assertThat(slecht.exit()).isEqualTo(KansrijkCli.BAD_INPUT);
        assertThat(slecht.err()).contains("grid.json", "gewichten.regioadvis");
        assertThat(tmp.resolve("x")).doesNotExist();
    }
}
