package nl.kansrijk.cli.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import nl.kansrijk.cli.fuzz.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Refactorings keep behaviour: solve, evaluate, simulate, generate, validate, advise and explain on the small samples
 * (move limits and seeds, no time limits) give files and printed answers whose SHA-256 equal the ones recorded in
 * {@code golden/hashes.txt}. Record anew with {@code -Dkansrijk.golden.record=true} only when a change of output is meant.
 */
class GoldenOutputTest {

    private static final Path MINI = Path.of("..", "sample-data", "mini");
    private static final Path MINI_XLSX = Path.of("..", "sample-data", "mini-xlsx");
    private static final Path RECORDED = Path.of("src", "test", "resources", "golden", "hashes.txt");

    @TempDir
    Path tmp;

    private final Map<String, String> hashes = new TreeMap<>();

    @Test
    void everyOutputFileAndAnswerIsByteIdenticalToTheRecordedOne() throws IOException {
        Path limit = tmp.resolve("config.json");
        Files.writeString(limit, "{\"gewichten\": {\"balans\": 0}, \"beeindiging\": {\"tijdslimiet\": null, "
                + "\"onverbeterde_stappen\": null, \"zettenlimiet\": 30000}, \"seed\": 0}");
        Path solve = tmp.resolve("solve");
        runTimed("solve", "solve", MINI.toString(), "--out", solve.toString(), "--config", limit.toString(), "--seed", "3",
                "--no-timing", "--quiet", "--report", "--xlsx");
        files("solve", solve);
        Path excel = tmp.resolve("excel");
        runTimed("solve-excel", "solve", MINI.toString(), "--out", excel.toString(), "--csv-style", "excel", "--no-timing",
                "--quiet");
        files("solve-excel", excel);
        Path xlsx = tmp.resolve("xlsx");
        runTimed("solve-xlsx", "solve", MINI_XLSX.toString(), "--out", xlsx.toString(), "--no-timing", "--quiet");
        files("solve-xlsx", xlsx);

        Path evaluate = tmp.resolve("evaluate");
        run("evaluate", "evaluate", MINI.toString(), "--koppelingen", solve.resolve("koppelingen.csv").toString(),
                "--out", evaluate.toString());
        files("evaluate", evaluate);
        run("evaluate-json", "evaluate", MINI.toString(), "--koppelingen", solve.resolve("koppelingen.csv").toString(),
                "--out", tmp.resolve("evaluate2").toString(), "--json");

        Path simulate = tmp.resolve("simulate");
        runTimed("simulate", "simulate", MINI.toString(), "--out", simulate.toString(), "--quiet", "--seed", "7",
                "--moves-per-household", "50", "--hindsight-moves-per-household", "200",
                "--policy", "greedy,batch,lookahead,price");
        files("simulate", simulate);

        Path generate = tmp.resolve("generate");
        run("generate", "generate", "--households", "30", "--seed", "2", "--gekoppeld-fractie", "0.2",
                "--out", generate.toString());
        files("generate", generate);

        run("validate", "validate", MINI.toString());
        run("advise", "advise", MINI.toString(), "--household", "H01", "--top", "3");
        run("advise-json", "advise", MINI.toString(), "--household", "H01", "--top", "3", "--json");
        run("advise-schaarste-json", "advise", MINI.toString(), "--household", "H02", "--met-schaarste", "--json");
        run("advise-gemeente-json", "advise", MINI.toString(), "--household", "H02", "--gemeente", "GM0106", "--json");
        run("explain", "explain", solve.toString(), "--household", "H01");
        run("explain-json", "explain", solve.toString(), "--household", "H01", "--json");
        run("explain-brief", "explain", solve.toString(), "--household", "H02", "--brief");

        String actual = render(hashes);
        if (Boolean.getBoolean("kansrijk.golden.record")) {
            Files.createDirectories(RECORDED.getParent());
            Files.writeString(RECORDED, actual);
        }
        Files.writeString(Path.of("target", "golden-actual.txt"), actual); // to diff against the recorded hashes
        assertThat(actual).isEqualTo(Files.readString(RECORDED));
    }

    /** Runs the command, requires success and records the hash of what it printed (temp paths masked). */
    private void run(String label, String... args) {
        CliRun r = CliRun.of(args);
        assertThat(r.exit()).as(label + ": " + r).isZero();
        hashes.put(label + " >stdout", sha256(r.out().replace(tmp.toString(), "<tmp>").getBytes(StandardCharsets.UTF_8)));
    }

    /** Runs a command whose printed lines hold timings: requires success, records nothing (its files are compared). */
    private static void runTimed(String label, String... args) {
        CliRun r = CliRun.of(args);
        assertThat(r.exit()).as(label + ": " + r).isZero();
    }

    /** Records the hash of every file under {@code root}. */
    private void files(String label, Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            for (Path f : s.filter(Files::isRegularFile).sorted().toList()) {
                hashes.put(label + "/" + root.relativize(f).toString().replace('\\', '/'), sha256(Files.readAllBytes(f)));
            }
        }
    }

    private static String render(Map<String, String> hashes) {
        return hashes.entrySet().stream().map(e -> e.getValue() + "  " + e.getKey())
                .collect(Collectors.joining("\n", "", "\n"));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
