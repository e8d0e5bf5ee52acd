package nl.kansrijk.cli.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import nl.kansrijk.cli.KansrijkCli;
import nl.kansrijk.cli.fuzz.Bsns;
import nl.kansrijk.cli.fuzz.CliRun;
import nl.kansrijk.cli.fuzz.RunChecks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Privacy by design: a value that looks like a BSN is refused in any column of any file (exit 2, a message naming
 * file, line and column but never the value) unless {@code --allow-bsn}; household attributes never reach what the
 * command prints or logs, in this JVM and in a separate process with the real logging configuration.
 */
class PrivacyTest {

    private static final Path MINI = Path.of("..", "sample-data", "mini");

    @TempDir
    Path tmp;

    private Path copyOfMini() throws IOException {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        try (var s = Files.list(MINI)) {
            for (Path f : s.toList()) {
                Files.copy(f, in.resolve(f.getFileName()));
            }
        }
        return in;
    }

    /** Replaces cell {@code col} of data line {@code line} (1-based, header is line 1) of a CSV file written with commas. */
    private static void setCell(Path file, int line, int col, String value) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        String[] cells = lines.get(line - 1).split(",", -1);
        cells[col] = value;
        lines.set(line - 1, String.join(",", cells));
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    @Test
    void aBsnInAnyColumnOfAnyFileIsRefusedNamingFileLineAndColumnButNotTheValue() throws IOException {
        Random rnd = new Random(8);
        int tried = 0;
        try (var s = Files.list(MINI)) {
            for (Path source : s.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
                String file = source.getFileName().toString();
                String[] header = Files.readAllLines(source).get(0).split(",");
                for (int col = 0; col < header.length; col++) {
                    Path in = copyOfMini();
                    String bsn = Bsns.random(rnd);
                    setCell(in.resolve(file), 2, col, bsn);
                    Path out = tmp.resolve("out");
                    CliRun run = CliRun.of("solve", in.toString(), "--out", out.toString(), "--quiet");
                    String context = "BSN in " + file + " column " + header[col];
                    RunChecks.noCrash(run, context);
                    assertThat(run.exit()).as("%s%n%s", context, run).isEqualTo(KansrijkCli.BAD_INPUT);
                    assertThat(run.err()).as(context).contains(file + ":2: kolom '" + header[col] + "'", "BSN");
                    RunChecks.leaksNothing(run, List.of(bsn), context);
                    assertThat(out).doesNotExist();
                    delete(in);
                    tried++;
                }
            }
        }
        assertThat(tried).as("every column of every mini file").isGreaterThanOrEqualTo(40);
    }

    @Test
    void allowBsnAcceptsTheValueWithAWarningThatDoesNotRepeatIt() throws IOException {
        Path in = copyOfMini();
        List<String> lines = new ArrayList<>(Files.readAllLines(in.resolve("huishoudens.csv")));
        String bsn = Bsns.random(new Random(2));
        lines.set(0, lines.get(0) + ",dossiernummer");
        for (int i = 1; i < lines.size(); i++) {
            lines.set(i, lines.get(i) + "," + (i == 2 ? bsn : "d" + i)); // file line 3
        }
        Files.write(in.resolve("huishoudens.csv"), lines);
        Path out = tmp.resolve("out");
        CliRun refused = CliRun.of("solve", in.toString(), "--out", out.toString(), "--quiet");
        assertThat(refused.exit()).isEqualTo(KansrijkCli.BAD_INPUT);
        assertThat(refused.err()).contains("huishoudens.csv:3: kolom 'dossiernummer'").doesNotContain(bsn);
        CliRun allowed = CliRun.of("solve", in.toString(), "--out", out.toString(), "--quiet", "--allow-bsn");
        assertThat(allowed.exit()).as(allowed.toString()).isZero();
        assertThat(allowed.err()).contains("BSN", "--allow-bsn");
        RunChecks.leaksNothing(allowed, List.of(bsn), "--allow-bsn");
        assertThat(Files.readString(out.resolve("koppelingen.csv"))).as("results carry no attribute").doesNotContain(bsn);
    }

    @Test
    void aBsnAsAColumnNameIsNotEchoed() throws IOException {
        Path in = copyOfMini();
        List<String> lines = new ArrayList<>(Files.readAllLines(in.resolve("huishoudens.csv")));
        String bsn = Bsns.random(new Random(3));
        lines.set(0, lines.get(0) + "," + bsn);
        for (int i = 1; i < lines.size(); i++) {
            lines.set(i, lines.get(i) + ",x");
        }
        Files.write(in.resolve("huishoudens.csv"), lines);
        CliRun run = CliRun.of("solve", in.toString(), "--out", tmp.resolve("out").toString(), "--quiet");
        RunChecks.noCrash(run, "BSN as column name");
        assertThat(run.exit()).as(run.toString()).isEqualTo(KansrijkCli.BAD_INPUT);
        assertThat(run.err()).contains("huishoudens.csv:1: de naam van kolom 18 lijkt op een BSN");
        RunChecks.leaksNothing(run, List.of(bsn), "BSN as column name");
    }

    /**
     * The real command in its own JVM, with the shipped logging configuration: a household with a planted nationality
     * and a damaged row is named only by its pseudonymous id, and a valid run prints no attribute either.
     */
    @Test
    void attributesNeverReachOutputOrLogsOfARealProcess() throws Exception {
        Path in = copyOfMini();
        List<String> lines = new ArrayList<>(Files.readAllLines(in.resolve("huishoudens.csv")));
        lines.set(0, lines.get(0) + ",nationaliteit,religie");
        for (int i = 1; i < lines.size(); i++) {
            lines.set(i, lines.get(i) + ",Zorbiaanse,Kwartsgelovig");
        }
        Files.write(in.resolve("huishoudens.csv"), lines);
        List<String> secrets = List.of("Zorbiaanse", "Kwartsgelovig");

        String valid = process("solve", in.toString(), "--out", tmp.resolve("out").toString());
        assertThat(valid).contains("huishoudens");
        assertThat(secrets).allSatisfy(x -> assertThat(valid).doesNotContain(x));
        assertThat(Files.readString(tmp.resolve("out").resolve("koppelingen.csv"))).doesNotContain(secrets.get(0));

        String id = lines.get(2).split(",")[0];
        String[] cells = lines.get(2).split(",", -1);
        cells[1] = "-4"; // personen
        cells[cells.length - 2] = "Zorbiaanse;"; // attribute that also breaks nothing but contains a delimiter-like char
        lines.set(2, String.join(",", cells));
        Files.write(in.resolve("huishoudens.csv"), lines);
        for (String command : List.of("validate", "solve")) {
            String bad = command.equals("solve")
                    ? process("solve", in.toString(), "--out", tmp.resolve("out2").toString())
                    : process("validate", in.toString());
            assertThat(bad).as(command).contains("huishoudens.csv:3: kolom 'personen'");
            assertThat(secrets).allSatisfy(x -> assertThat(bad).as(command).doesNotContain(x));
            assertThat(bad).doesNotContain("Exception").doesNotContain("\tat ");
        }
        assertThat(id).isNotBlank();
    }

    /** Runs the command line in a new JVM with this test's class path; returns stdout and stderr together. */
    private String process(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), KansrijkCli.class.getName()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(output).isIn(0, 2);
        return output;
    }

    private static void delete(Path dir) throws IOException {
        nl.kansrijk.io.output.AtomicFolder.deleteRecursively(dir);
    }
}
