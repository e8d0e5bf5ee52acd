package nl.kansrijk.solve;

import java.util.Locale;

/** What happened to a household: linked by the engine, kept at its existing koppeling, or not placed. */
public enum Status {
    GEKOPPELD, VASTGEZET, NIET_GEPLAATST;

    /** The lower-case code used in files: {@code gekoppeld}, {@code vastgezet}, {@code niet_geplaatst}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
