package nl.kansrijk.io.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * How output CSV files are written (docs/output-format.md). {@link #STANDARD}: comma, LF, UTF-8 without BOM,
 * decimal point. {@link #EXCEL}: what Excel with Dutch settings opens by double-click in columns, and saves itself:
 * {@code ;}, CRLF, UTF-8 with BOM (so accents survive), decimal comma.
 */
public enum CsvStijl {

    STANDARD(CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get(), false, '.'),
    EXCEL(CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get(), true, ',');

    private final CSVFormat format;
    private final boolean bom;
    private final char decimalSign;

    CsvStijl(CSVFormat format, boolean bom, char decimalSign) {
        this.format = format;
        this.bom = bom;
        this.decimalSign = decimalSign;
    }

    /** The name used on the command line: {@code standard} or {@code excel}. */
    public String naam() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public CSVFormat format() {
        return format;
    }

    /** A printer on a new file, BOM written when the style has one; closing it closes the file. */
    public CSVPrinter printer(Path file) throws IOException {
        return printer(Files.newOutputStream(file));
    }

    /** A printer on a stream, BOM written when the style has one; closing it closes the stream. */
    public CSVPrinter printer(OutputStream out) throws IOException {
        if (bom) {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        Writer w = new java.io.BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        return new CSVPrinter(w, format);
    }

    /**
     * A cell as this style writes it: decimals ({@link BigDecimal}, {@link Double}) with the style's decimal sign,
     * text that a spreadsheet would take for a formula neutralised ({@link FormulaGuard}).
     */
    public Object cel(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof CharSequence) {
            return FormulaGuard.cel(value);
        }
        if (value instanceof BigDecimal || value instanceof Double || value instanceof Float) {
            String s = value instanceof BigDecimal b ? b.toPlainString() : BigDecimal.valueOf(((Number) value).doubleValue()).toPlainString();
            return decimalSign == '.' ? s : s.replace('.', decimalSign);
        }
        return value;
    }
}
