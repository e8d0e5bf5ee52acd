package nl.kansrijk.service.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What an account may do in the werkbank: a regievoerder decides (koppelingen, solve tasks), a beheerder loads the
 * period and its configuration, a lezer reads and exports. Every role reads. Named in the users file as
 * {@code "rol"} (docs/service.md).
 */
public enum Rol {

    REGIEVOERDER, BEHEERDER, LEZER;

    /** The name in the users file and in answers: {@code regievoerder}, {@code beheerder}, {@code lezer}. */
    public String naam() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role of a name in the users file; an unknown name is refused with the names that exist. */
    public static Rol van(String naam) {
        for (Rol r : values()) {
            if (r.naam().equals(naam)) {
                return r;
            }
        }
        throw new IllegalArgumentException("onbekende rol '" + naam + "'; bekend zijn: "
                + Arrays.stream(values()).map(Rol::naam).collect(Collectors.joining(", ")));
    }
}
