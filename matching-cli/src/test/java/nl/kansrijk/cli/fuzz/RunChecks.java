package nl.kansrijk.cli.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import nl.kansrijk.cli.KansrijkCli;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every run of the command line must satisfy, whatever its input: exit 0 with a complete output folder, or
 * exit 2 with messages that name the file (and the line, where one applies), no output folder and nothing left
 * behind; never a stack trace, never exit 1, never a secret value in what it prints.
 */
public final class RunChecks {

    /** The output files a successful solve writes. */
    public static final List<String> OUTPUT_FILES = List.of("koppelingen.csv", "gemeenten-resultaat.csv", "samenvatting.json");

    /**
     * "file.csv:12: …" or "file.csv: …" anywhere in a line, or in a workbook "file.xlsx, blad s, rij 12, …",
     * "file.xlsx, blad s: …" or "file.xlsx: …"; the line or row is group 2 or 3.
     */
    public static final Pattern LOCATION = Pattern.compile(
            "([\\w.-]+\\.(?:csv|json|xlsx))(?::(\\d+): |, blad [^,:]+(?:, rij (\\d+))?[,:] |: )");

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> STACK_TRACE_MARKS = List.of("Exception", "\tat ", "    at ", "Caused by", "interne fout");

    private RunChecks() {
    }

    /** No stack trace, no internal error, and an exit code of 0 or 2. */
    public static void noCrash(CliRun run, String context) {
        assertThat(run.exit()).as("exit code (0 or 2) of %s%n%s", context, run).isIn(KansrijkCli.OK, KansrijkCli.BAD_INPUT);
        for (String mark : STACK_TRACE_MARKS) {
            assertThat(run.all()).as("no stack trace or internal error in %s%n%s", context, run).doesNotContain(mark);
        }
    }

    /** None of the secret values appears in anything the run printed. */
    public static void leaksNothing(CliRun run, Collection<String> secrets, String context) {
        for (String s : secrets) {
            assertThat(run.all()).as("printed output of %s must not repeat '%s'", context, s).doesNotContain(s);
        }
    }

    /** Exit 0 and {@code out} holds every output file, a readable samenvatting.json and one row per household. */
    public static void completeOutput(CliRun run, Path out, String context) {
        assertThat(run.exit()).as("exit of %s%n%s", context, run).isZero();
        for (String f : OUTPUT_FILES) {
            assertThat(out.resolve(f)).as("%s in %s", f, context).isRegularFile();
        }
        JsonNode s = JSON.readTree(read(out.resolve("samenvatting.json")));
        long huishoudens = s.path("huishoudens").path("totaal").asLong(-1);
        long rows = dataRows(out.resolve("koppelingen.csv"));
        assertThat(rows).as("rows in koppelingen.csv = huishoudens.totaal in samenvatting.json (%s)", context)
                .isEqualTo(huishoudens);
        long gemeenten = dataRows(out.resolve("gemeenten-resultaat.csv"));
        assertThat(gemeenten).as("gemeenten-resultaat.csv has rows (%s)", context).isPositive();
    }

    /** Exit 2, no output folder, and every message names its file; a line too when {@code lineExpected}. */
    public static void locatedRejection(CliRun run, Path out, boolean lineExpected, String context) {
        assertThat(run.exit()).as("exit of %s%n%s", context, run).isEqualTo(KansrijkCli.BAD_INPUT);
        assertThat(out).as("no output folder after bad input (%s)", context).doesNotExist();
        List<Matcher> located = locations(run.all());
        assertThat(located).as("a message naming the file (%s)%n%s", context, run).isNotEmpty();
        if (lineExpected) {
            assertThat(located).as("a message naming file and line (%s)%n%s", context, run)
                    .anyMatch(m -> line(m) >= 1);
        }
    }

    /** The line (CSV) or row (workbook) of a location, or 0. */
    public static long line(Matcher m) {
        String n = m.group(2) != null ? m.group(2) : m.group(3);
        return n == null ? 0 : Long.parseLong(n);
    }

    /** Every "file[:line]: " location in the text. */
    public static List<Matcher> locations(String text) {
        List<Matcher> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            Matcher m = LOCATION.matcher(line);
            if (m.find()) {
                out.add(m);
            }
        }
        return out;
    }

    /** Nothing but {@code expected} in the folder: no temporary or half-written folders left behind. */
    public static void onlyEntries(Path dir, Collection<String> expected, String context) {
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString()).toList())
                    .as("entries of %s after %s", dir, context).containsExactlyInAnyOrderElementsOf(expected);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long dataRows(Path csv) {
        try (Stream<String> lines = Files.lines(csv, StandardCharsets.UTF_8)) {
            return lines.count() - 1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
