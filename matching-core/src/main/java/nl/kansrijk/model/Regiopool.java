package nl.kansrijk.model;

import java.util.List;
import java.util.Objects;

/**
 * A regional pool (regiopool): gemeenten that fill their taakstellingen together and may exchange linked households.
 *
 * @param naam the pool's name as given
 * @param gemeenteCodes its gemeenten, in input order, each in one pool only
 * @param tolerantie how far (a fraction of its own taakstelling plus achterstand) each member may end up from it
 *        when the pool exchanges households: the pool's total holds, each member stays within this band
 */
public record Regiopool(String naam, List<String> gemeenteCodes, double tolerantie) {

    /** The tolerance when the input gives none: ±10 %. */
    public static final double STANDAARD_TOLERANTIE = 0.10;

    public Regiopool {
        Objects.requireNonNull(naam, "naam");
        gemeenteCodes = List.copyOf(gemeenteCodes);
        if (!(tolerantie >= 0 && tolerantie <= 1)) {
            throw new IllegalArgumentException("pool " + naam + ": tolerantie " + tolerantie);
        }
    }

    /** A pool with the standard tolerance. */
    public Regiopool(String naam, List<String> gemeenteCodes) {
        this(naam, gemeenteCodes, STANDAARD_TOLERANTIE);
    }
}
