package nl.kansrijk.io.input;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One input table being read, from a CSV file ({@link CsvSource}) or from a sheet of a workbook
 * ({@link XlsxWorkbook}): checks the size and the header, then hands every non-blank data row to a consumer as a
 * {@link TableRow}. Problems go to the shared {@link Problems}, located by file and line, or in a workbook by
 * file, sheet, row and column letter as Excel shows them.
 */
final class TableFile {

    static final int BUFFER = 1 << 16;

    /**
     * What reading a table found out.
     *
     * @param complete the table was read to its end, so its codes are complete for reference checks (rows with
     *        errors still count; a missing or unreadable file does not)
     * @param excel the table was saved the way Excel with Dutch settings saves it: a workbook, {@code ;} as
     *        delimiter, or Windows-1252
     */
    record Outcome(boolean complete, boolean excel) {
        static final Outcome NOT_READ = new Outcome(false, false);
    }

    private final Path path;
    private final String blad;
    private final FileSpec spec;
    private final ReadOptions options;
    private final Problems problems;
    private final Consumer<TableRow> rows;
    private final Map<String, Integer> columnIndex = new HashMap<>();
    private final List<String> extraColumns = new ArrayList<>();
    private final List<Integer> extraIndexes = new ArrayList<>();
    private final List<String> headerNames = new ArrayList<>();
    private long bsnAllowed;
    private int headerWidth;
    private boolean headerSeen;
    private boolean headerOk;
    private long dataRows;
    private boolean decimalComma;
    private BitSet decimalPointColumns = new BitSet();

    TableFile(Path path, String blad, FileSpec spec, ReadOptions options, Problems problems, Consumer<TableRow> rows) {
        this.path = path;
        this.blad = blad;
        this.spec = spec;
        this.options = options;
        this.problems = problems;
        this.rows = rows;
    }


    Path path() { return path; }
    ReadOptions options() { return options; }

    /** Whether a decimal comma is read as such: in a {@code ;}-delimited CSV file and in the text cells of a workbook. */
    boolean decimalComma() { return decimalComma; }

    void decimalComma(boolean on) {
        decimalComma = on;
    }

    /** The columns (by position) found to write a decimal point throughout, in a file with a decimal comma. */
    void decimalPointColumns(BitSet columns) {
        decimalPointColumns = columns;
    }

    /** Whether the whole column showed its numbers use a decimal point ({@link DecimalPointColumns}). */
    boolean decimalPoint(String column) {
        int i = index(column);
        return i >= 0 && decimalPointColumns.get(i);
    }

    /** Index of a column in each record, or −1 when the header does not have it. */
    int index(String column) {
        return columnIndex.getOrDefault(column, -1);
    }

    /** The header's name for a column index (as written, trimmed). */
    String columnName(int index) {
        return index < headerNames.size() ? headerNames.get(index) : "#" + (index + 1);
    }

    /** Whether error messages may repeat values of this column. */
    boolean echo(String column) {
        return spec.echoValues() || "huishouden_id".equals(column);
    }

    /** Unknown columns kept as household attributes, in header order. */
    List<String> extraColumns() { return extraColumns; }
    List<Integer> extraIndexes() { return extraIndexes; }

    void countAllowedBsn() {
        bsnAllowed++;
    }

    /** Column letters as Excel shows them: 0 is A, 25 is Z, 26 is AA. */
    static String letter(int index) {
        StringBuilder sb = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            sb.append((char) ('A' + (n - 1) % 26));
        }
        return sb.reverse().toString();
    }

    /**
     * Reports a problem in row {@code line}: in a CSV file by line and column name, in a sheet by row, column
     * letter and name. {@code index} is the column's position, or −1 when not about one cell.
     */
    void report(long line, int index, String column, String value, String message) {
        if (blad == null) {
            problems.error(path, line, column, value, message);
        } else {
            problems.error(path, blad, line, index < 0 ? null : letter(index), column, value, message);
        }
    }

    /** {@link #report} for a named column of this table. */
    void report(long line, String column, String value, String message) {
        report(line, column == null ? -1 : index(column), column, value, message);
    }

    /** Reports a problem about the whole file or sheet. */
    void reportFile(String message) {
        report(0, -1, null, null, message);
    }

    void warn(String message) {
        if (blad == null) {
            problems.warning(path, message);
        } else {
            problems.warning(path, blad, message);
        }
    }

    /**
     * One record from the source, with its 1-based line or row. {@code exact} marks cells whose text came from a
     * typed number or date (a workbook's), {@code cellProblems} holds what the source found wrong in a cell (or is
     * null). Returns false when reading must stop (the header is bad or a limit was reached).
     */
    boolean record(long line, String[] values, BitSet exact, String[] cellProblems, boolean widthMustMatch) {
        if (!headerSeen) {
            headerSeen = true;
            if (line != 1) {
                report(line, -1, null, null, "kopregel ontbreekt: " + (blad == null ? "regel" : "rij")
                        + " 1 moet de kolomnamen bevatten");
                return false;
            }
            headerOk = header(values, cellProblems);
            return headerOk;
        }
        if (isBlank(values)) {
            return true;
        }
        if (++dataRows > spec.maxRows()) {
            if (blad == null) {
                problems.stop(path, line, "meer dan " + spec.maxRows() + " rijen; dat is meer dan de invoer mag bevatten");
            } else {
                problems.stop(path, blad, line, "meer dan " + spec.maxRows() + " rijen; dat is meer dan de invoer mag bevatten");
            }
            return false;
        }
        String[] cells = values;
        if (values.length != headerWidth) {
            if (widthMustMatch) {
                report(line, -1, null, null, "regel heeft " + values.length + " velden, de kopregel " + headerWidth
                        + "; controleer scheidingstekens en aanhalingstekens");
                return true;
            }
            for (int i = headerWidth; i < values.length; i++) {
                if (!values[i].isBlank()) {
                    report(line, i, null, null, "cel staat rechts van de laatste kolom van de kopregel; geef de kolom "
                            + "een naam in rij 1 of maak de cel leeg");
                    return true;
                }
            }
            cells = java.util.Arrays.copyOf(values, headerWidth);
            for (int i = values.length; i < headerWidth; i++) {
                cells[i] = "";
            }
        }
        TableRow row = new TableRow(this, line, cells, exact);
        if (cellProblems != null) {
            for (int i = 0; i < cellProblems.length && i < headerWidth; i++) {
                if (cellProblems[i] != null) {
                    row.refuse(i, cellProblems[i]);
                }
            }
        }
        rows.accept(row);
        return true;
    }

    /** After the last record: reports a missing header and the BSN count; returns whether the table is usable. */
    boolean finish() {
        if (!headerSeen) {
            report(1, -1, null, null, "kopregel ontbreekt: de eerste " + (blad == null ? "regel" : "rij")
                    + " moet de kolomnamen bevatten");
            return false;
        }
        if (!headerOk) {
            return false;
        }
        if (bsnAllowed > 0) {
            warn(bsnAllowed + " waarden lijken op een BSN en zijn toegestaan door --allow-bsn");
        }
        return true;
    }

    /** Reads the header; reports duplicate and missing columns and warns about unknown ones. */
    private boolean header(String[] record, String[] cellProblems) {
        boolean ok = true;
        int width = record.length;
        if (blad != null) {
            while (width > 0 && record[width - 1].isBlank()) {
                width--; // a sheet's header ends at its last named column
            }
        }
        headerWidth = width;
        for (int i = 0; i < width; i++) {
            headerNames.add(record[i].strip());
        }
        List<String> ignoredNames = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < width; i++) {
            String raw = record[i].strip();
            String name = raw.toLowerCase(Locale.ROOT);
            if (cellProblems != null && i < cellProblems.length && cellProblems[i] != null) {
                report(1, i, null, null, cellProblems[i]);
                ok = false;
                continue;
            }
            if (!options.allowBsn() && Bsn.looksLikeBsn(raw)) {
                report(1, i, null, null, "de naam van kolom " + (i + 1) + " lijkt op een BSN (negen cijfers "
                        + "die de elfproef doorstaan) en wordt daarom niet herhaald; geef de kolom een andere naam");
                ok = false;
                continue;
            }
            if (!name.isEmpty() && seen.putIfAbsent(name, i) != null) {
                report(1, i, raw, null, "kolom komt twee keer voor in de kopregel");
                ok = false;
                continue;
            }
            if (spec.knows(name)) {
                columnIndex.put(name, i);
            } else if (spec.keepExtraColumns() && !name.isEmpty()) {
                extraColumns.add(raw);
                extraIndexes.add(i);
            } else if (!name.isEmpty()) {
                ignoredNames.add(raw);
            }
        }
        for (String required : spec.required()) {
            if (!columnIndex.containsKey(required)) {
                report(1, -1, required, null, "verplichte kolom ontbreekt in de kopregel");
                ok = false;
            }
        }
        if (ok && !ignoredNames.isEmpty()) {
            warn("onbekende kolommen genegeerd: " + String.join(", ", ignoredNames));
        }
        if (ok && !extraColumns.isEmpty()) {
            warn("extra kolommen bewaard als kenmerken voor groepsmetrieken (nooit gebruikt voor "
                    + "plaatsing): " + String.join(", ", extraColumns));
        }
        return ok;
    }

    private static boolean isBlank(String[] record) {
        for (String v : record) {
            if (!v.isBlank()) {
                return false;
            }
        }
        return true;
    }

}
