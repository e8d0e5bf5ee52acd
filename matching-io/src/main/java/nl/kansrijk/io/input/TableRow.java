package nl.kansrijk.io.input;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One data row of an input table with typed, checked access to its cells. Every problem is reported with file,
 * line (or sheet, row and column letter), column and (where the file allows it) value; a cell that fails a check
 * reads as {@code null} and marks the row as not usable. Cells that look like a BSN are refused up front unless
 * the options allow them.
 */
final class TableRow {

    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d+(\\.\\d+)?");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("[+-]?\\d+,\\d+");
    /** 1.234 or 12.345.678: a point as thousands separator, as Dutch Excel writes a number formatted with one. */
    private static final Pattern THOUSANDS = Pattern.compile("[+-]?\\d{1,3}(\\.\\d{3})+(,\\d+)?");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** 5-1-2026: the Dutch short date (day first) that Excel writes into a CSV file it saves. */
    private static final Pattern DUTCH_DATE = Pattern.compile("(\\d{1,2})-(\\d{1,2})-(\\d{4})");
    private static final int MAX_ECHO = 40;

    private final TableFile file;
    private final long line;
    private final String[] values;
    private final BitSet exact;
    private final BitSet refused = new BitSet();
    private boolean ok = true;

    /** @param exact cells whose text was made from a typed number or date of a workbook, not typed by a person */
    TableRow(TableFile file, long line, String[] values, BitSet exact) {
        this.file = file;
        this.line = line;
        this.values = values;
        this.exact = exact;
        for (int i = 0; i < values.length; i++) {
            if (looksLikeBsn(values[i])) {
                if (file.options().allowBsn()) {
                    file.countAllowedBsn();
                } else {
                    refused.set(i);
                    ok = false;
                    file.report(line, i, columnName(i), null,
                            "waarde lijkt op een BSN (negen cijfers die de elfproef doorstaan); een BSN hoort niet in de "
                                    + "invoer, gebruik pseudonieme ids (of --allow-bsn als het zeker geen BSN is)");
                }
            }
        }
    }

    /** Refuses a cell the source found wrong (an Excel error value, a formula without result…): reported, reads as null. */
    void refuse(int index, String message) {
        if (!refused.get(index)) {
            refused.set(index);
            ok = false;
            file.report(line, index, columnName(index), null, message);
        }
    }

    private static boolean looksLikeBsn(String cell) {
        if (Bsn.looksLikeBsn(cell)) {
            return true;
        }
        if (cell.indexOf('|') >= 0) {
            for (String part : cell.split("\\|", -1)) {
                if (Bsn.looksLikeBsn(part)) {
                    return true;
                }
            }
        }
        return false;
    }

    private String columnName(int index) {
        return file.columnName(index);
    }

    long line() { return line; }

    /** Whether every cell read so far passed its checks. */
    boolean ok() { return ok; }

    /** The trimmed cell, or {@code null} when empty, absent from the header or refused as a BSN. */
    String text(String column) {
        int i = file.index(column);
        if (i < 0 || refused.get(i)) {
            return null;
        }
        String v = values[i].strip();
        return v.isEmpty() ? null : v;
    }

    private boolean isRefused(String column) {
        int i = file.index(column);
        return i >= 0 && refused.get(i);
    }

    /** The trimmed cell; reports it when empty. */
    String required(String column) {
        String v = text(column);
        if (v == null && !isRefused(column)) {
            error(column, null, "waarde ontbreekt");
        }
        return v;
    }

    private String cell(String column, boolean required) {
        return required ? required(column) : text(column);
    }

    /** A whole number in [min, max], or {@code null} when empty or bad (bad is reported). */
    Integer integer(String column, boolean required, int min, int max) {
        String v = cell(column, required);
        if (v == null) {
            return null;
        }
        if (!INTEGER.matcher(v).matches()) {
            error(column, v, thousands(column, v) ? THOUSANDS_MESSAGE : "geen geheel getal");
            return null;
        }
        long n;
        try {
            n = v.length() > 12 ? Long.MAX_VALUE : Long.parseLong(v);
        } catch (NumberFormatException e) {
            n = Long.MAX_VALUE;
        }
        if (n < min || n > max) {
            error(column, v, range(min, max));
            return null;
        }
        return (int) n;
    }

    /** A decimal number with a point in [min, max], or {@code null} when empty or bad (bad is reported). */
    Double decimal(String column, boolean required, double min, double max) {
        String v = cell(column, required);
        if (v == null) {
            return null;
        }
        String number = v;
        if (thousands(column, v) && !decimalPoint(column, v, min, max)) {
            error(column, v, THOUSANDS_MESSAGE);
            return null;
        }
        if (file.decimalComma() && !isExact(column) && DECIMAL_COMMA.matcher(v).matches()) {
            number = v.replace(',', '.');
        } else if (!DECIMAL.matcher(v).matches()) {
            error(column, v, !v.contains(",") ? "geen getal" : file.decimalComma() ? "geen getal"
                    : "geen getal: gebruik een punt als decimaalteken (of ; als scheidingsteken, dan is de komma het "
                            + "decimaalteken)");
            return null;
        }
        double d = Double.parseDouble(number);
        if (!(d >= min && d <= max)) {
            error(column, v, range(min, max));
            return null;
        }
        return d;
    }

    private static final String THOUSANDS_MESSAGE = "punt als duizendtalscheiding of als decimaalteken? In een "
            + "bestand met ; als scheidingsteken is de komma het decimaalteken: schrijf het getal zonder "
            + "duizendtalscheiding (1234 of 1234,5)";

    /**
     * A typed-in number with a point every three digits, where a comma is the decimal sign: {@code 1.234} is then
     * a thousands separator or a decimal point, and is refused rather than guessed.
     */
    private boolean thousands(String column, String v) {
        return file.decimalComma() && !isExact(column) && THOUSANDS.matcher(v).matches();
    }

    /**
     * Whether a number that looks like {@code 1.234} in a file with a decimal comma is nevertheless read with a
     * decimal point: because the whole column writes a decimal point ({@link DecimalPointColumns}), or because as
     * a thousands separator it would lie outside [min, max] and as a decimal point inside ({@code lon} 5.728).
     */
    private boolean decimalPoint(String column, String v, double min, double max) {
        if (!DECIMAL.matcher(v).matches()) {
            return false;
        }
        if (file.decimalPoint(column)) {
            return true;
        }
        double asThousands = Double.parseDouble(v.replace(".", ""));
        double asDecimal = Double.parseDouble(v);
        return !(asThousands >= min && asThousands <= max) && asDecimal >= min && asDecimal <= max;
    }

    private boolean isExact(String column) {
        int i = file.index(column);
        return i >= 0 && exact.get(i);
    }

    /** The required WGS84 latitude in column {@code lat}. */
    Double latitude() {
        return decimal("lat", true, -90, 90);
    }

    /** The required WGS84 longitude in column {@code lon}. */
    Double longitude() {
        return decimal("lon", true, -180, 180);
    }

    private static String range(double min, double max) {
        if (max == Integer.MAX_VALUE) {
            return min == 0 ? "mag niet negatief zijn" : "moet minstens " + fmt(min) + " zijn";
        }
        return "moet tussen " + fmt(min) + " en " + fmt(max) + " liggen";
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    /**
     * A date YYYY-MM-DD, or {@code null} when empty or bad (bad is reported); where a decimal comma is read (a
     * {@code ;} file or a workbook's text cell) also the Dutch D-M-YYYY that Excel writes.
     */
    LocalDate date(String column) {
        String v = text(column);
        if (v == null) {
            return null;
        }
        if (DATE.matcher(v).matches()) {
            try {
                return LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        java.util.regex.Matcher dutch = DUTCH_DATE.matcher(v);
        if (file.decimalComma() && dutch.matches()) {
            try {
                return LocalDate.of(Integer.parseInt(dutch.group(3)), Integer.parseInt(dutch.group(2)),
                        Integer.parseInt(dutch.group(1)));
            } catch (java.time.DateTimeException e) {
                // reported below
            }
        }
        error(column, v, file.decimalComma() ? "geen geldige datum (JJJJ-MM-DD of D-M-JJJJ)" : "geen geldige datum (JJJJ-MM-DD)");
        return null;
    }

    /** A code that must match the pattern, or {@code null} when empty or bad (bad is reported). */
    String code(String column, boolean required, Pattern pattern, String form) {
        String v = cell(column, required);
        if (v != null && !pattern.matcher(v).matches()) {
            error(column, v, "heeft niet de vorm " + form);
            return null;
        }
        return v;
    }

    /** The {@code |}-separated values of a multi-valued cell, trimmed, empty parts left out. */
    List<String> list(String column) {
        String v = text(column);
        List<String> out = new ArrayList<>();
        if (v != null) {
            for (String part : v.split("\\|")) {
                String p = part.strip();
                if (!p.isEmpty()) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    /** A lower-case name (sector), or {@code null}. */
    String lowerCase(String column, boolean required) {
        String v = cell(column, required);
        return v == null ? null : v.toLowerCase(Locale.ROOT);
    }

    /** The non-empty cells of the extra columns kept as attributes (kenmerken), by column name in header order. */
    Map<String, String> extras() {
        Map<String, String> out = new LinkedHashMap<>();
        List<String> names = file.extraColumns();
        List<Integer> indexes = file.extraIndexes();
        for (int k = 0; k < names.size(); k++) {
            int i = indexes.get(k);
            String v = values[i].strip();
            if (!refused.get(i) && !v.isEmpty()) {
                out.put(names.get(k), v);
            }
        }
        return out;
    }

    /**
     * Reports a problem with a cell and marks the row unusable. The value is repeated only where the file allows
     * it (never for household attributes).
     */
    void error(String column, String value, String message) {
        ok = false;
        String echoed = value == null || !file.echo(column) ? null
                : value.length() > MAX_ECHO ? value.substring(0, MAX_ECHO) + "…" : value;
        file.report(line, column, echoed, message);
    }
}
