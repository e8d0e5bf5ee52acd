package nl.kansrijk.io.json;

import java.math.BigDecimal;
import java.util.Locale;

/** A measured figure as exact JSON: rounded to a fixed number of decimals, {@code null} when not a number. */
public final class Decimaal {

    private Decimaal() {
    }

    /** {@code v} rounded to {@code places} decimals as a BigDecimal (exact JSON), or {@code null} for NaN or infinity. */
    public static BigDecimal van(double v, int places) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return null;
        }
        return new BigDecimal(String.format(Locale.ROOT, "%." + places + "f", v));
    }
}
