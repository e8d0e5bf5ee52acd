package nl.kansrijk.io.output;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Neutralises spreadsheet formulas in output cells (OWASP "CSV injection"): a text cell that begins with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a single quote in front, so Excel, LibreOffice and
 * Google Sheets show it as text instead of evaluating it. Numbers are left alone: typed numbers are not text, and a
 * text cell that is a plain number ({@code -3}, {@code -0.25}, {@code -1,5}) stays a number.
 */
public final class FormulaGuard {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?\\d+([.,]\\d+)?");

    private FormulaGuard() {
    }

    /** Whether a text would be read as a formula (or a formula's start) by a spreadsheet. */
    public static boolean gevaarlijk(String s) {
        if (s == null || s.isEmpty()) {
            return false;
        }
        char c = s.charAt(0);
        boolean trigger = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
        return trigger && !PLAIN_NUMBER.matcher(s).matches();
    }

    /** The text as it may be written in a cell: with a leading quote when it would be a formula. */
    public static String tekst(String s) {
        return gevaarlijk(s) ? "'" + s : s;
    }

    /** A cell value as it may be written: text neutralised, everything else (numbers, dates, null) as it is. */
    public static Object cel(Object value) {
        return value instanceof CharSequence cs ? tekst(cs.toString()) : value;
    }

    /** A row with every cell through {@link #cel(Object)}. */
    public static List<Object> rij(Iterable<?> values) {
        List<Object> out = new ArrayList<>();
        for (Object v : values) {
            out.add(cel(v));
        }
        return out;
    }

    /** A row with every cell through {@link #cel(Object)}. */
    public static Object[] rij(Object... values) {
        Object[] out = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = cel(values[i]);
        }
        return out;
    }
}
