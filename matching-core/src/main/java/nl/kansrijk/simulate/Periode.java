package nl.kansrijk.simulate;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A half year (periode) as dates: H1 is January–June, H2 July–December.
 *
 * @param code {@code YYYY-H1} or {@code YYYY-H2}
 * @param start first day
 * @param einde first day after the period (exclusive)
 */
public record Periode(String code, LocalDate start, LocalDate einde) {

    private static final Pattern PERIODE = Pattern.compile("(\\d{4})-H([12])");

    /** The half year with this code; throws {@link IllegalArgumentException} when it is not {@code YYYY-H1|H2}. */
    public static Periode van(String code) {
        Matcher m = code == null ? null : PERIODE.matcher(code);
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("periode '" + code + "' heeft niet de vorm JJJJ-H1 of JJJJ-H2");
        }
        LocalDate start = LocalDate.of(Integer.parseInt(m.group(1)), m.group(2).equals("1") ? 1 : 7, 1);
        return new Periode(code, start, start.plusMonths(6));
    }
}
