package nl.kansrijk.demo;

import java.util.Locale;

/** How permit dates spread over the half year: evenly (the default), in two or three waves, or mostly late. */
public enum Aankomst {
    /** Evenly over the half year, with only the weekly rhythm (the generator's original calendar). */
    EVEN,
    /** In two or three waves: peaks at random places in the half year, a quiet base level between them. */
    GOLVEN,
    /** Late-heavy: the daily volume rises over the half year, the last month about four times the first. */
    LAAT;

    /** Parses {@code even}, {@code golven} or {@code laat} (case-insensitive). */
    public static Aankomst parse(String tekst) {
        for (Aankomst a : values()) {
            if (a.name().equalsIgnoreCase(tekst == null ? "" : tekst.trim())) {
                return a;
            }
        }
        throw new IllegalArgumentException("aankomst '" + tekst + "' is niet even, golven of laat");
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
