package nl.kansrijk.model;

import java.util.Objects;

/**
 * A grouping of households (groepsindeling) by one column: the derived {@code huishoudtype}, the
 * {@code opleidingsniveau}, or any extra column of {@code huishoudens.csv} (for example
 * {@code geslacht_hoofdaanvrager}). The one definition of "the group of a household", used by the
 * groepsgelijkheid rule and by the group metrics. A household without a value for an extra column is in
 * group {@code ""}.
 *
 * @param kolom {@code huishoudtype}, {@code opleidingsniveau} or the name of an extra column
 */
public record Groepsindeling(String kolom) {

    /** The derived household type. */
    public static final String HUISHOUDTYPE = "huishoudtype";
    /** The education level column. */
    public static final String OPLEIDINGSNIVEAU = "opleidingsniveau";
    /** The default grouping: household type. */
    public static final Groepsindeling STANDAARD = new Groepsindeling(HUISHOUDTYPE);

    public Groepsindeling {
        Objects.requireNonNull(kolom, "kolom");
        if (kolom.isBlank()) {
            throw new IllegalArgumentException("grouping column must not be empty");
        }
    }

    /** Whether the grouping is by an extra column of {@code huishoudens.csv} (a kenmerk). */
    public boolean isKenmerk() {
        return !kolom.equals(HUISHOUDTYPE) && !kolom.equals(OPLEIDINGSNIVEAU);
    }

    /** The group of a household under this grouping. */
    public String groep(Huishouden h) {
        return switch (kolom) {
            case HUISHOUDTYPE -> Huishoudtype.van(h).label();
            case OPLEIDINGSNIVEAU -> h.opleidingsniveau().code();
            default -> h.kenmerken().getOrDefault(kolom, "");
        };
    }

    /** The name of the grouping in the metrics: {@code huishoudtype}, {@code opleidingsniveau} or {@code kenmerk:<column>}. */
    public String naam() {
        return isKenmerk() ? "kenmerk:" + kolom : kolom;
    }
}
