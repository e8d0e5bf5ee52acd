package nl.kansrijk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import nl.kansrijk.cli.fuzz.CliRun;
import nl.kansrijk.io.input.Werkboeken;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same data as a UTF-8 CSV folder, as a workbook, and as Dutch Excel saves CSV in both flavours: every one
 * solves to the same plan byte for byte; the output follows the input's style unless asked otherwise; the bundled
 * {@code sample-data/mini-xlsx} is exactly what the converter writes from {@code sample-data/mini}.
 */
class SpreadsheetFlavoursTest {

    static final Path MINI = Path.of("..", "sample-data", "mini");
    static final Path MINI_XLSX = Path.of("..", "sample-data", "mini-xlsx");
    static final List<String> PLAN = List.of("koppelingen.csv", "gemeenten-resultaat.csv");

    @TempDir
    Path tmp;

    private Path solve(Path in, String name, String... extra) {
        Path out = tmp.resolve(name);
        String[] args = new String[5 + extra.length];
        args[0] = "solve";
        args[1] = in.toString();
        args[2] = "--out";
        args[3] = out.toString();
        args[4] = "--no-timing";
        System.arraycopy(extra, 0, args, 5, extra.length);
        CliRun run = CliRun.of(args);
        assertThat(run.exit()).as(run.toString()).isZero();
        return out;
    }

    private static void sameBytes(Path a, Path b) throws IOException {
        assertThat(java.util.Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(b)))
                .as("%s and %s hold the same bytes", a, b).isTrue();
    }

    private static void samePlan(Path a, Path b) throws IOException {
        for (String f : PLAN) {
            assertThat(Files.readAllBytes(b.resolve(f))).as(f + " of " + b + " and " + a)
                    .isEqualTo(Files.readAllBytes(a.resolve(f)));
        }
    }

    /**
     * The bundled workbook is what {@link Werkboeken#alsEenWerkboek} writes from sample-data/mini. Regenerate with
     * {@code ./mvnw -pl matching-cli -am test -Dtest=SpreadsheetFlavoursTest -Dsurefire.failIfNoSpecifiedTests=false
     * -Dkansrijk.regenerate=true}.
     */
    @Test
    void bundledMiniXlsxIsExactlyWhatTheConverterWrites() throws IOException {
        Path fresh = Werkboeken.alsEenWerkboek(MINI, tmp.resolve("fresh"));
        if (Boolean.getBoolean("kansrijk.regenerate")) {
            Files.createDirectories(MINI_XLSX);
            Files.copy(fresh.resolve("invoer.xlsx"), MINI_XLSX.resolve("invoer.xlsx"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.copy(fresh.resolve("config.json"), MINI_XLSX.resolve("config.json"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        for (String f : List.of("invoer.xlsx", "config.json")) {
            sameBytes(MINI_XLSX.resolve(f), fresh.resolve(f));
        }
        Path again = Werkboeken.alsEenWerkboek(MINI, tmp.resolve("again"));
        sameBytes(again.resolve("invoer.xlsx"), fresh.resolve("invoer.xlsx"));
    }

    @Test
    void miniAndMiniXlsxGiveTheSamePlanByteForByte() throws IOException {
        Path csv = solve(MINI, "csv");
        Path xlsx = solve(MINI_XLSX, "xlsx", "--csv-style", "standard");
        samePlan(csv, xlsx);
        Path xlsxDefault = solve(MINI_XLSX, "xlsx-default");
        Path csvExcel = solve(MINI, "csv-excel", "--csv-style", "excel");
        samePlan(csvExcel, xlsxDefault);
        assertThat(Files.readString(xlsxDefault.resolve("koppelingen.csv"))).startsWith("\uFEFFhuishouden_id;gemeente_code;");
        assertThat(xlsxDefault.resolve("invoer/invoer.xlsx")).as("the input copy holds the workbook").isRegularFile();
        CliRun explain = CliRun.of("explain", xlsxDefault.toString(), "--household", "H08");
        assertThat(explain.exit()).as(explain.toString()).isZero();
        Path eval = tmp.resolve("eval");
        CliRun evaluate = CliRun.of("evaluate", MINI_XLSX.toString(), "--koppelingen",
                xlsxDefault.resolve("koppelingen.csv").toString(), "--out", eval.toString(), "--xlsx");
        assertThat(evaluate.exit()).as("an Excel-style koppelingen.csv is read back: %s", evaluate).isZero();
        assertThat(eval.resolve("uitvoer.xlsx")).isRegularFile();
        assertThat(evaluate.out()).contains("uitvoer.xlsx");
        assertThat(Files.readString(eval.resolve("koppelingen.csv"))).startsWith("\uFEFFhuishouden_id;");
    }

    @Test
    void dutchExcelCsvInBothFlavoursSolvesToThePlanOfTheUtf8Sample() throws IOException {
        Path reference = solve(MINI, "reference");
        Path referenceExcel = solve(MINI, "reference-excel", "--csv-style", "excel");
        for (Charset cs : List.of(Charset.forName("windows-1252"), StandardCharsets.UTF_8)) {
            Path in = Werkboeken.alsExcelCsv(MINI, tmp.resolve("in-" + cs.name()), cs);
            assertThat(Files.readString(in.resolve("gemeenten.csv"), cs)).contains(";53,");
            assertThat(Files.readString(in.resolve("huishoudens.csv"), cs)).contains(";5-1-2026;");
            CliRun run = CliRun.of("solve", in.toString(), "--out", tmp.resolve("out-" + cs.name()).toString(),
                    "--no-timing");
            assertThat(run.exit()).as(run.toString()).isZero();
            assertThat(run.err()).contains("uitvoer-CSV in Excel-stijl");
            samePlan(referenceExcel, tmp.resolve("out-" + cs.name()));
            samePlan(reference, solve(in, "standard-" + cs.name(), "--csv-style", "standard"));
        }
    }

    @Test
    void windows1252IsNeverReadSilently() throws IOException {
        Path in = Werkboeken.alsExcelCsv(MINI, tmp.resolve("in"), Charset.forName("windows-1252"));
        Files.writeString(in.resolve("arbeidsmarktregios.csv"), "arbeidsmarktregio_code;naam\r\nAM01;Groningen\r\n"
                + "AM03;Drenthe Súdwest\r\n", Charset.forName("windows-1252"));
        CliRun run = CliRun.of("validate", in.toString());
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.all()).contains("arbeidsmarktregios.csv: is geen UTF-8 (regel 3 bevat ongeldige UTF-8-bytes) en "
                + "is daarom gelezen als Windows-1252");
    }

    @Test
    void xlsxOutputHasASheetPerCsvFileWithFrozenHeaderWidthsAndNumbers() throws IOException {
        Path out = solve(MINI, "out", "--xlsx");
        assertThat(out.resolve("uitvoer.xlsx")).isRegularFile();
        Path again = solve(MINI, "again", "--xlsx");
        Path book = out.resolve("uitvoer.xlsx");
        sameBytes(again.resolve("uitvoer.xlsx"), book);
        try (ZipFile zip = new ZipFile(book.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                assertThat(e.getTimeLocal()).as(e.getName()).isEqualTo(java.time.LocalDateTime.of(2000, 1, 1, 0, 0));
            }
        }
        try (InputStream in = Files.newInputStream(book); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(2);
            Sheet k = wb.getSheet("koppelingen");
            Sheet g = wb.getSheet("gemeenten-resultaat");
            assertThat(k.getPaneInformation().isFreezePane()).isTrue();
            assertThat(k.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(k.getRow(0).getCell(0).getStringCellValue()).isEqualTo("huishouden_id");
            List<String> csv = Files.readAllLines(out.resolve("koppelingen.csv"));
            assertThat(k.getLastRowNum()).isEqualTo(csv.size() - 1);
            int personen = csv.get(0).split(",").length > 4 ? 4 : -1;
            assertThat(k.getRow(1).getCell(personen).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(k.getColumnWidth(0)).isGreaterThan(13 * 256);
            int vulgraad = List.of(Files.readAllLines(out.resolve("gemeenten-resultaat.csv")).get(0).split(","))
                    .indexOf("vulgraad");
            assertThat(g.getRow(1).getCell(vulgraad).getCellType()).isEqualTo(CellType.NUMERIC);
            String csvVulgraad = Files.readAllLines(out.resolve("gemeenten-resultaat.csv")).get(1).split(",")[vulgraad];
            assertThat(g.getRow(1).getCell(vulgraad).getNumericCellValue()).isEqualTo(Double.parseDouble(csvVulgraad));
        }
    }

    @Test
    void excelStyleCsvHasBomSemicolonsCrlfAndDecimalCommas() throws IOException {
        Path out = solve(MINI, "out", "--csv-style", "excel");
        byte[] bytes = Files.readAllBytes(out.resolve("gemeenten-resultaat.csv"));
        assertThat(bytes[0]).isEqualTo((byte) 0xEF);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFgemeente_code;gemeente_naam;").contains("\r\n").doesNotContain("0.");
        assertThat(text).containsPattern(";0,\\d{4};|;1,0000;");
        CliRun bad = CliRun.of("solve", MINI.toString(), "--out", tmp.resolve("x").toString(), "--csv-style", "dos");
        assertThat(bad.exit()).isEqualTo(KansrijkCli.BAD_INPUT);
        assertThat(bad.err()).contains("kies excel of standard");
    }
}
