package nl.kansrijk.model;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A half year (periode), the unit the taakstelling is set for: its code {@code YYYY-H1} (January–June) or
 * {@code YYYY-H2} (July–December) and its dates. The one place the code's form is defined.
 *
 * @param code {@code YYYY-H1} or {@code YYYY-H2}
 * @param start first day
 * @param einde first day after the period (exclusive)
 */
public record Periode(String code, LocalDate start, LocalDate einde) {

    /** The form of a period code: {@code YYYY-H1} or {@code YYYY-H2}. */
    public static final Pattern PATROON = Pattern.compile("(\\d{4})-H([12])");

    /** What a wrong code is told with. */
    public static final String VORM = "JJJJ-H1 of JJJJ-H2";

    /** The half year with this code; throws {@link IllegalArgumentException} when it is not {@code YYYY-H1|H2}. */
    public static Periode van(String code) {
        Matcher m = code == null ? null : PATROON.matcher(code);
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException(fout(code));
        }
        LocalDate start = LocalDate.of(Integer.parseInt(m.group(1)), m.group(2).equals("1") ? 1 : 7, 1);
        return new Periode(code, start, start.plusMonths(6));
    }

    /** Whether {@code code} has the form {@code YYYY-H1} or {@code YYYY-H2}. */
    public static boolean isGeldig(String code) {
        return code != null && PATROON.matcher(code).matches();
    }

    /** The message for a code of the wrong form, in Dutch. */
    public static String fout(String code) {
        return "periode '" + code + "' heeft niet de vorm " + VORM;
    }
}
