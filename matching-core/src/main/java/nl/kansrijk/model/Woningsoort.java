package nl.kansrijk.model;

import java.util.Locale;

/** The kind of a dwelling (woningsoort) offered to a vergunninghouder: a home of its own, a room, flex or shared. */
public enum Woningsoort {
    ZELFSTANDIG, KAMER, FLEX, GEDEELD;

    /** The code as written in {@code woningen.csv}: the lower-case name. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind for a code ({@code zelfstandig}, {@code kamer}, {@code flex}, {@code gedeeld}), case-insensitive. */
    public static Woningsoort parse(String code) {
        return valueOf(code.strip().toUpperCase(Locale.ROOT));
    }
}
