package nl.kansrijk.model;

import java.util.Locale;

/** Education level (opleidingsniveau) of a household's main applicant, as screened by COA. */
public enum Opleidingsniveau {
    LAAG, MIDDEN, HOOG, ONBEKEND;

    /** The lower-case code used in files: {@code laag}, {@code midden}, {@code hoog} or {@code onbekend}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a code case-insensitively; an empty value is {@link #ONBEKEND}. */
    public static Opleidingsniveau parse(String code) {
        if (code == null || code.isBlank()) {
            return ONBEKEND;
        }
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
