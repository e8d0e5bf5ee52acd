package nl.kansrijk.model;


/** The household type (huishoudtype) used to break outcomes down by group. */
public enum Huishoudtype {
    ALLEENSTAAND("alleenstaand"),
    STEL("stel"),
    EENOUDERGEZIN("eenoudergezin"),
    GEZIN_3_5("gezin 3-5"),
    GEZIN_6_PLUS("gezin 6+"),
    OVERIG("overig");

    private final String label;

    Huishoudtype(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * 6+ persons: gezin 6+; 1 person: alleenstaand; 1 adult with children: eenoudergezin; 2 adults without
     * children: stel; other households of 3–5 persons: gezin 3-5; anything else (e.g. minors only): overig.
     */
    public static Huishoudtype van(Huishouden h) {
        if (h.personen() >= 6) {
            return GEZIN_6_PLUS;
        }
        if (h.personen() == 1) {
            return ALLEENSTAAND;
        }
        if (h.volwassenen() == 1 && h.kinderen() >= 1) {
            return EENOUDERGEZIN;
        }
        if (h.volwassenen() == 2 && h.kinderen() == 0) {
            return STEL;
        }
        if (h.personen() >= 3 && h.volwassenen() >= 1) {
            return GEZIN_3_5;
        }
        return OVERIG;
    }
}
