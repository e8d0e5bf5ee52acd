package nl.kansrijk.io.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import nl.kansrijk.io.InputException;
import nl.kansrijk.model.MatchingProblem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input tables as .xlsx workbooks: the same problem as from CSV, cells as Excel stores them, located refusals. */
class XlsxInputTest {

    @TempDir
    Path tmp;

    private Path csv() throws IOException {
        return Invoer.geldig(Files.createDirectories(tmp.resolve("csv"))).dir();
    }

    private static List<InputException> problems(Path dir) {
        return ProblemReader.validate(dir, ReadOptions.DEFAULT);
    }

    private static List<String> messages(Path dir) {
        return problems(dir).stream().map(Throwable::getMessage).toList();
    }

    @Test
    void oneWorkbookWithASheetPerFileGivesTheSameProblemAsTheCsvFolder() throws IOException {
        Path csv = csv();
        Path xlsx = Werkboeken.alsEenWerkboek(csv, tmp.resolve("xlsx"));
        InputFolder fromCsv = ProblemReader.read(csv, ReadOptions.DEFAULT);
        InputFolder fromXlsx = ProblemReader.read(xlsx, ReadOptions.DEFAULT);
        assertThat(fromXlsx.problem()).isEqualTo(fromCsv.problem());
        assertThat(fromXlsx.sha256PerFile().keySet()).contains("invoer.xlsx").noneMatch(k -> k.endsWith(".csv"));
        assertThat(fromXlsx.uitExcel()).isTrue();
        assertThat(fromCsv.uitExcel()).isFalse();
    }

    @Test
    void aWorkbookPerFileGivesTheSameProblemToo() throws IOException {
        Path csv = csv();
        Path xlsx = Werkboeken.alsWerkboekPerBestand(csv, tmp.resolve("xlsx"));
        assertThat(ProblemReader.read(xlsx, ReadOptions.DEFAULT).problem())
                .isEqualTo(ProblemReader.read(csv, ReadOptions.DEFAULT).problem());
    }

    @Test
    void aFolderMayMixCsvAndWorkbooks() throws IOException {
        Path csv = csv();
        Path mixed = Werkboeken.alsWerkboekPerBestand(csv, tmp.resolve("xlsx"));
        Files.delete(mixed.resolve("gemeenten.xlsx"));
        Files.copy(csv.resolve("gemeenten.csv"), mixed.resolve("gemeenten.csv"));
        InputFolder in = ProblemReader.read(mixed, ReadOptions.DEFAULT);
        assertThat(in.problem()).isEqualTo(ProblemReader.read(csv, ReadOptions.DEFAULT).problem());
        assertThat(in.sha256PerFile()).containsKeys("gemeenten.csv", "huishoudens.xlsx");
    }

    /** A workbook with one sheet written cell by cell, as a person might have made it in Excel. */
    private static void workbook(Path file, String sheet, Consumer<XSSFWorkbook> fill) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            if (sheet != null) {
                wb.createSheet(sheet);
            }
            fill.accept(wb);
            wb.write(out);
        }
    }

    private static void row(Sheet s, int index, Object... cells) {
        Row r = s.createRow(index);
        for (int i = 0; i < cells.length; i++) {
            Object v = cells[i];
            if (v == null) {
                continue;
            }
            Cell c = r.createCell(i);
            if (v instanceof Number n) {
                c.setCellValue(n.doubleValue());
            } else {
                c.setCellValue(v.toString());
            }
        }
    }

    /** The fixture with huishoudens.csv replaced by a hand-made huishoudens.xlsx. */
    private Path withHuishoudens(Consumer<Sheet> fill) throws IOException {
        Path dir = csv();
        Files.delete(dir.resolve("huishoudens.csv"));
        Files.delete(dir.resolve("kansen.csv"));
        workbook(dir.resolve("huishoudens.xlsx"), "huishoudens", wb -> {
            Sheet s = wb.getSheetAt(0);
            row(s, 0, ProblemReader.HUISHOUDENS.required().toArray());
            fill.accept(s);
        });
        return dir;
    }

    @Test
    void numbersKeepTheirDigitsAndDateCellsAreDates() throws IOException {
        Path dir = withHuishoudens(s -> {
            row(s, 1, 100000, 3, 2, 1, "AZC01", null, "AM01");
            CellStyle date = s.getWorkbook().createCellStyle();
            date.setDataFormat(s.getWorkbook().getCreationHelper().createDataFormat().getFormat("d-m-yyyy"));
            Cell c = s.getRow(1).createCell(5);
            c.setCellValue(LocalDate.of(2026, 1, 15));
            c.setCellStyle(date);
            row(s, 2, "H2", 1, 1, 0, "AZC01", "2026-02-01", "AM02");
        });
        MatchingProblem p = ProblemReader.read(dir, ReadOptions.DEFAULT).problem();
        assertThat(p.huishoudens()).extracting(h -> h.id()).containsExactly("100000", "H2");
        assertThat(p.huishoudens().get(0).vergunningdatum()).isEqualTo(LocalDate.of(2026, 1, 15));
        assertThat(p.huishoudens().get(1).vergunningdatum()).isEqualTo(LocalDate.of(2026, 2, 1));
    }

    @Test
    void anErrorNamesFileSheetRowAndColumnLetterAsExcelShowsThem() throws IOException {
        Path dir = withHuishoudens(s -> {
            row(s, 1, "H1", 3, 2, 1, "AZC01");
            row(s, 11, "H12", "drie", 2, 1, "AZC01");
        });
        assertThat(messages(dir)).containsExactly(
                "huishoudens.xlsx, blad huishoudens, rij 12, kolom B (personen): geen geheel getal");
    }

    @Test
    void aNumberOfMoreThanFifteenDigitsIsRefused() throws IOException {
        Path dir = withHuishoudens(s -> row(s, 1, 1234567890123456789L, 3, 2, 1, "AZC01"));
        assertThat(messages(dir)).singleElement().asString()
                .startsWith("huishoudens.xlsx, blad huishoudens, rij 2, kolom A (huishouden_id): getal van meer dan 15 cijfers");
    }

    @Test
    void formulaCellsAreReadAsTheirStoredResultWithAWarning() throws IOException {
        Path dir = withHuishoudens(s -> {
            row(s, 1, "H1", null, 2, 1, "AZC01");
            s.getRow(1).createCell(1).setCellFormula("C2+D2");
        });
        // POI does not compute on write: the formula has no stored result yet, as in a file not saved by Excel
        assertThat(messages(dir)).singleElement().asString().isEqualTo("huishoudens.xlsx, blad huishoudens, rij 2, "
                + "kolom B (personen): formule zonder opgeslagen uitkomst; open het werkboek in Excel en sla het op, of "
                + "plak de cellen als waarden");
        Path computed = withHuishoudensIn("b", s -> {
            row(s, 1, "H1", null, 2, 1, "AZC01");
            s.getRow(1).createCell(1).setCellFormula("C2+D2");
            s.getWorkbook().getCreationHelper().createFormulaEvaluator().evaluateAll();
        });
        InputFolder in = ProblemReader.read(computed, ReadOptions.DEFAULT);
        assertThat(in.problem().huishoudens().get(0).personen()).isEqualTo(3);
        assertThat(in.warnings()).contains("huishoudens.xlsx, blad huishoudens: 1 cellen met een formule: de uitkomst "
                + "die Excel bij het opslaan bewaarde is gelezen");
    }

    private Path withHuishoudensIn(String name, Consumer<Sheet> fill) throws IOException {
        Path dir = Invoer.geldig(Files.createDirectories(tmp.resolve(name))).dir();
        Files.delete(dir.resolve("huishoudens.csv"));
        Files.delete(dir.resolve("kansen.csv"));
        workbook(dir.resolve("huishoudens.xlsx"), "huishoudens", wb -> {
            Sheet s = wb.getSheetAt(0);
            row(s, 0, ProblemReader.HUISHOUDENS.required().toArray());
            fill.accept(s);
        });
        return dir;
    }

    @Test
    void anExcelErrorValueIsRefused() throws IOException {
        Path dir = withHuishoudens(s -> {
            row(s, 1, "H1", null, 2, 1, "AZC01");
            s.getRow(1).createCell(1).setCellErrorValue(org.apache.poi.ss.usermodel.FormulaError.NA.getCode());
        });
        assertThat(messages(dir)).singleElement().asString()
                .isEqualTo("huishoudens.xlsx, blad huishoudens, rij 2, kolom B (personen): cel bevat de Excel-fout #N/A; "
                        + "herstel de formule of vul een waarde in");
    }

    @Test
    void mergedCellsAreRefusedNotReadAsEmpty() throws IOException {
        Path dir = withHuishoudens(s -> {
            row(s, 1, "H1", 3, 2, 1, "AZC01", null, "AM01");
            row(s, 2, "H2", 1, 1, 0, "AZC01");
            s.addMergedRegion(new CellRangeAddress(1, 2, 6, 6));
        });
        assertThat(messages(dir)).singleElement().asString()
                .isEqualTo("huishoudens.xlsx, blad huishoudens, rij 2, kolom G (regioadvies): samengevoegde cellen G2:G3: "
                        + "alleen de eerste cel heeft een waarde; hef de samenvoeging op en vul elke cel");
    }

    @Test
    void aCellRightOfTheHeaderIsRefused() throws IOException {
        int width = ProblemReader.HUISHOUDENS.required().size();
        Path dir = withHuishoudens(s -> {
            row(s, 1, "H1", 3, 2, 1, "AZC01");
            s.getRow(1).createCell(width + 1).setCellValue("opmerking");
        });
        assertThat(messages(dir)).singleElement().asString()
                .startsWith("huishoudens.xlsx, blad huishoudens, rij 2, kolom S: cel staat rechts van de laatste kolom");
    }

    @Test
    void theSheetNamedLikeTheFileIsRead_elseTheFirstWithAWarning() throws IOException {
        Path dir = withHuishoudens(s -> row(s, 1, "H1", 3, 2, 1, "AZC01"));
        Path other = tmp.resolve("other.xlsx");
        workbook(other, null, wb -> {
            row(wb.createSheet("Toelichting"), 0, "Dit blad legt de kolommen uit");
            Sheet data = wb.createSheet("Blad2");
            row(data, 0, ProblemReader.HUISHOUDENS.required().toArray());
            row(data, 1, "H1", 3, 2, 1, "AZC01");
        });
        Files.move(other, dir.resolve("huishoudens.xlsx"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        List<InputException> problems = problems(dir);
        assertThat(problems).as("the wrong sheet is read, and the messages say which").isNotEmpty()
                .allSatisfy(p -> assertThat(p.getMessage()).startsWith("huishoudens.xlsx, blad Toelichting, "));
        assertThat(problems.get(0).getMessage()).contains("verplichte kolom ontbreekt");
    }

    @Test
    void theSameTableTwiceIsRefusedNotGuessed() throws IOException {
        Path csv = csv();
        Path dir = Werkboeken.alsEenWerkboek(csv, tmp.resolve("xlsx"));
        Files.copy(csv.resolve("azcs.csv"), dir.resolve("azcs.csv"));
        assertThat(messages(dir)).contains("azcs.csv: staat meer dan eens in de invoermap: azcs.csv, invoer.xlsx (blad "
                + "azcs); laat er één over");
    }

    @Test
    void aMissingSheetInTheWorkbookIsNamed() throws IOException {
        Path csv = csv();
        Files.delete(csv.resolve("zorglocaties.csv"));
        Path dir = Werkboeken.alsEenWerkboek(csv, tmp.resolve("xlsx"));
        assertThat(messages(dir)).anyMatch(m -> m.startsWith("zorglocaties.csv: bestand ontbreekt in ")
                && m.endsWith("(ook geen zorglocaties.xlsx of blad zorglocaties in invoer.xlsx)"));
    }

    @Test
    void aDamagedWorkbookIsRefusedWithItsName() throws IOException {
        Path csv = csv();
        Path dir = Werkboeken.alsEenWerkboek(csv, tmp.resolve("xlsx"));
        byte[] bytes = Files.readAllBytes(dir.resolve("invoer.xlsx"));
        Files.write(dir.resolve("invoer.xlsx"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertThat(messages(dir)).singleElement().asString().startsWith("invoer.xlsx: geen leesbaar .xlsx-werkboek");
        Files.writeString(dir.resolve("invoer.xlsx"), "huishouden_id;personen\nH1;3\n"); // a CSV file named .xlsx
        assertThat(messages(dir)).singleElement().asString().startsWith("invoer.xlsx: geen leesbaar .xlsx-werkboek");
    }

    @Test
    void aWorkbookAboveTheSizeLimitIsRefusedBeforeReading() throws IOException {
        Path dir = withHuishoudens(s -> row(s, 1, "H1", 3, 2, 1, "AZC01"));
        try (RandomAccessFile f = new RandomAccessFile(dir.resolve("huishoudens.xlsx").toFile(), "rw")) {
            f.setLength(InputLimits.MAX_FILE_BYTES + 1);
        }
        assertThat(messages(dir)).singleElement().asString()
                .startsWith("huishoudens.xlsx: bestand is 209,715,201 bytes, groter dan het maximum van 200 MB");
    }

    @Test
    void anEmptySheetHasNoHeader() throws IOException {
        Path dir = withHuishoudens(s -> { });
        workbook(dir.resolve("huishoudens.xlsx"), "huishoudens", wb -> { });
        assertThat(messages(dir)).singleElement().asString()
                .isEqualTo("huishoudens.xlsx, blad huishoudens, rij 1: kopregel ontbreekt: de eerste rij moet de "
                        + "kolomnamen bevatten");
    }

    @Test
    void rowLimitStopsReadingAWorkbookToo() throws IOException {
        Path file = tmp.resolve("kansen.xlsx");
        workbook(file, "kansen", wb -> {
            Sheet s = wb.getSheetAt(0);
            row(s, 0, "huishouden_id", "arbeidsmarktregio_code", "kans");
            for (int i = 1; i <= 4; i++) {
                row(s, i, "H00" + i, "AM01", 0.5);
            }
        });
        FileSpec small = new FileSpec("kansen.xlsx", ProblemReader.KANSEN.required(), List.of(), false, false, 2);
        Problems problems = new Problems();
        List<Long> lines = new java.util.ArrayList<>();
        boolean complete = TableFiles.readFile(file, small, ReadOptions.DEFAULT, problems, new java.util.TreeMap<>(),
                r -> lines.add(r.line())).complete();
        assertThat(complete).isFalse();
        assertThat(lines).containsExactly(2L, 3L);
        assertThat(problems.errors()).singleElement().extracting(Throwable::getMessage)
                .isEqualTo("kansen.xlsx, blad kansen, rij 4: meer dan 2 rijen; dat is meer dan de invoer mag bevatten");
    }

    @Test
    void koppelingenMayBeAWorkbookToo() throws IOException {
        Path csv = csv();
        MatchingProblem p = ProblemReader.read(csv, ReadOptions.DEFAULT).problem();
        Path plan = tmp.resolve("plan.xlsx");
        workbook(plan, "Blad1", wb -> {
            row(wb.getSheetAt(0), 0, "huishouden_id", "gemeente_code");
            row(wb.getSheetAt(0), 1, "H001", "GM0363");
        });
        assertThat(KoppelingenReader.read(plan, p, ReadOptions.DEFAULT).geplaatst()).containsEntry("H001", "GM0363");
        assertThatThrownBy(() -> KoppelingenReader.read(tmp.resolve("geen.xlsx"), p, ReadOptions.DEFAULT))
                .hasMessageContaining("geen.xlsx: bestand ontbreekt");
    }
}
