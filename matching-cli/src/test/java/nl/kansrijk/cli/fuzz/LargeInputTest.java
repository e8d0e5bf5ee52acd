package nl.kansrijk.cli.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import nl.kansrijk.io.input.InputLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs at and beyond the documented limits ({@link InputLimits}): refused with a clear message naming the file,
 * exit 2, no output folder. The CI cases are cheap (a sparse file just over the byte limit, a 2 MB file with one
 * row too many); the 100 MB cases run only with {@code -Dkansrijk.fuzz.long=true}.
 */
class LargeInputTest {

    @TempDir
    Path tmp;

    private Path base() {
        Path in = tmp.resolve("in");
        FuzzBases.generated(in, new nl.kansrijk.demo.DemoSettings(10, 5, "2026-H1", 0.0));
        return in;
    }

    private CliRun solve(Path in) {
        return CliRun.of("solve", in.toString(), "--out", tmp.resolve("out").toString(), "--no-timing", "--quiet");
    }

    @Test
    void fileJustOverTheByteLimitIsRefusedBeforeItIsRead() throws IOException {
        Path in = base();
        try (RandomAccessFile f = new RandomAccessFile(in.resolve("huishoudens.csv").toFile(), "rw")) {
            f.setLength(InputLimits.MAX_FILE_BYTES + 1); // sparse: costs no disk and is never read
        }
        CliRun run = solve(in);
        RunChecks.noCrash(run, "file over the limit");
        RunChecks.locatedRejection(run, tmp.resolve("out"), false, "file over the limit");
        assertThat(run.err()).contains("huishoudens.csv: bestand is 209,715,201 bytes, groter dan het maximum van 200 MB");
        RunChecks.onlyEntries(tmp, List.of("in"), "file over the limit");
    }

    @Test
    void workbookJustOverTheByteLimitIsRefusedBeforeItIsRead() throws IOException {
        Path in = base();
        Files.delete(in.resolve("huishoudens.csv"));
        try (RandomAccessFile f = new RandomAccessFile(in.resolve("huishoudens.xlsx").toFile(), "rw")) {
            f.setLength(InputLimits.MAX_FILE_BYTES + 1);
        }
        CliRun run = solve(in);
        RunChecks.noCrash(run, "workbook over the limit");
        RunChecks.locatedRejection(run, tmp.resolve("out"), false, "workbook over the limit");
        assertThat(run.err()).contains("huishoudens.xlsx: bestand is 209,715,201 bytes, groter dan het maximum van 200 MB");
        RunChecks.onlyEntries(tmp, List.of("in"), "workbook over the limit");
    }

    /** A small workbook whose sheet unzips to 40 MB of spaces: refused as a zip bomb, not read into memory. */
    @Test
    void workbookThatUnzipsFarBeyondItsSizeIsRefused() throws IOException {
        Path in = base();
        Path books = nl.kansrijk.io.input.Werkboeken.alsWerkboekPerBestand(in, tmp.resolve("books"));
        Path book = books.resolve("huishoudens.xlsx");
        Path bomb = in.resolve("huishoudens.xlsx");
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(book.toFile());
                java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(bomb))) {
            for (java.util.zip.ZipEntry e : java.util.Collections.list(zip.entries())) {
                out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                byte[] data = zip.getInputStream(e).readAllBytes();
                if (e.getName().startsWith("xl/worksheets/")) {
                    String xml = new String(data, StandardCharsets.UTF_8);
                    int end = xml.lastIndexOf("</worksheet>");
                    out.write(xml.substring(0, end).getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = new byte[1 << 20];
                    java.util.Arrays.fill(spaces, (byte) ' ');
                    for (int i = 0; i < 40; i++) {
                        out.write(spaces);
                    }
                    out.write(xml.substring(end).getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(data);
                }
                out.closeEntry();
            }
        }
        Files.delete(in.resolve("huishoudens.csv"));
        assertThat(Files.size(bomb)).as("the bomb itself is small").isLessThan(1024 * 1024);
        CliRun run = solve(in);
        RunChecks.noCrash(run, "zip bomb");
        RunChecks.locatedRejection(run, tmp.resolve("out"), false, "zip bomb");
        assertThat(run.err()).contains("huishoudens.xlsx").contains("zip-bom");
        RunChecks.onlyEntries(tmp, List.of("in", "books"), "zip bomb");
    }

    @Test
    void oneHouseholdRowMoreThanTheLimitIsRefusedAndSaysSo() throws IOException {
        Path in = base();
        String header = Files.readAllLines(in.resolve("huishoudens.csv")).get(0);
        try (BufferedWriter w = Files.newBufferedWriter(in.resolve("huishoudens.csv"), StandardCharsets.UTF_8)) {
            w.write(header);
            w.write('\n');
            for (int i = 0; i <= InputLimits.MAX_HUISHOUDENS; i++) {
                w.write("x\n");
            }
        }
        CliRun run = solve(in);
        RunChecks.noCrash(run, "too many rows");
        RunChecks.locatedRejection(run, tmp.resolve("out"), true, "too many rows");
        assertThat(run.err()).as("the row limit is reported even behind %d other problems", InputLimits.MAX_PROBLEMS)
                .contains("huishoudens.csv:" + (InputLimits.MAX_HUISHOUDENS + 2) + ": ", "meer dan 1000000 rijen");
        assertThat(run.err().lines().count()).as("problems shown are capped").isLessThan(InputLimits.MAX_PROBLEMS + 20);
    }

    @Test
    void severalMegabytesOfGarbageAreRefusedWithCappedMessages() throws IOException {
        Path in = base();
        byte[] junk = new byte[6 * 1024 * 1024];
        new java.util.Random(3).nextBytes(junk);
        for (int i = 0; i < junk.length; i++) {
            junk[i] = (byte) (' ' + Math.floorMod(junk[i], 90)); // printable ASCII, with commas and quotes
            if (i % 97 == 96) {
                junk[i] = '\n';
            }
        }
        Files.write(in.resolve("sectorvraag.csv"), junk);
        CliRun run = solve(in);
        RunChecks.noCrash(run, "garbage file");
        RunChecks.locatedRejection(run, tmp.resolve("out"), false, "garbage file");
        assertThat(run.err()).contains("sectorvraag.csv");
    }

    /** 100 MB of households: read to the end, and a damaged row near the end is found on its line. */
    @Test
    @EnabledIfSystemProperty(named = "kansrijk.fuzz.long", matches = "true")
    void hundredMegabyteHouseholdFile() throws IOException {
        Path in = base();
        List<String> lines = Files.readAllLines(in.resolve("huishoudens.csv"));
        long line = 1;
        try (BufferedWriter w = Files.newBufferedWriter(in.resolve("huishoudens.csv"), StandardCharsets.UTF_8)) {
            w.write(lines.get(0) + ",opmerking");
            w.write('\n');
            String pad = ",".concat("p".repeat(80)); // wider rows: 100 MB stays under the household limit
            long bytes = 0;
            int n = 0;
            while (bytes < 100L * 1024 * 1024) {
                String row = lines.get(1 + n % (lines.size() - 1));
                String copy = "G" + n + row.substring(row.indexOf(',')) + pad;
                w.write(copy);
                w.write('\n');
                bytes += copy.length() + 1;
                line++;
                n++;
            }
            w.write("BROKEN,-1\n"); // one row with too few fields, right at the end
            line++;
        }
        long size = Files.size(in.resolve("huishoudens.csv"));
        CliRun run = CliRun.of("validate", in.toString());
        System.out.println("long run: " + size / (1024 * 1024) + " MB, " + (line - 1) + " rows: " + run.err().strip());
        RunChecks.noCrash(run, "100 MB file");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out().strip()).startsWith("huishoudens.csv:" + line + ": ").doesNotContain("\n");
    }
}
