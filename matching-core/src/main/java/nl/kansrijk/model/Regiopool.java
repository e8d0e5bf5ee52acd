package nl.kansrijk.model;

import java.util.List;
import java.util.Objects;

/**
 * A regional pool (regiopool): gemeenten that fill their taakstellingen together and may exchange linked households.
 *
 * @param naam the pool's name as given
 * @param gemeenteCodes its gemeenten, in input order, each in one pool only
 */
public record Regiopool(String naam, List<String> gemeenteCodes) {

    public Regiopool {
        Objects.requireNonNull(naam, "naam");
        gemeenteCodes = List.copyOf(gemeenteCodes);
    }
}
