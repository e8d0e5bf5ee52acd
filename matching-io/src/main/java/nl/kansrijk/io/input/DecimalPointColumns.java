package nl.kansrijk.io.input;

import java.util.BitSet;
import java.util.regex.Pattern;

/**
 * Which columns of a {@code ;}-separated file write their numbers with a decimal point, inferred from the whole
 * column: a column with a value that can only be a decimal point ({@code 52.34594}, {@code 1234.5}) and none that
 * can only be a decimal comma or a thousands separator ({@code 52,3}, {@code 1.234,5}, {@code 1.234.567}) reads
 * {@code 5.728} as five point seven two eight instead of refusing it as ambiguous.
 */
final class DecimalPointColumns {

    private static final Pattern POINT_DECIMAL = Pattern.compile("[+-]?\\d+\\.\\d+");
    private static final Pattern COMMA_DECIMAL = Pattern.compile("[+-]?\\d+,\\d+");
    private static final Pattern THOUSANDS = Pattern.compile("[+-]?\\d{1,3}(\\.\\d{3})+(,\\d+)?");

    private final BitSet point = new BitSet();
    private final BitSet comma = new BitSet();

    /** Takes in one data row's cells. */
    void accept(String[] values) {
        for (int i = 0; i < values.length; i++) {
            String v = values[i].strip();
            if (v.isEmpty() || v.length() > 40) {
                continue;
            }
            boolean thousands = THOUSANDS.matcher(v).matches();
            if (COMMA_DECIMAL.matcher(v).matches() || (thousands && (v.indexOf(',') >= 0 || v.indexOf('.') != v.lastIndexOf('.')))) {
                comma.set(i);
            } else if (!thousands && POINT_DECIMAL.matcher(v).matches()) {
                point.set(i);
            }
        }
    }

    /** The columns (by position) whose values all read unambiguously with a decimal point. */
    BitSet pointColumns() {
        BitSet out = (BitSet) point.clone();
        out.andNot(comma);
        return out;
    }
}
