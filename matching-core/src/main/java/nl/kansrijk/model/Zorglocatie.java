package nl.kansrijk.model;

import java.util.Objects;

/**
 * A place of medical care (zorglocatie), such as an academic hospital, that a household may need to stay near.
 *
 * @param code zorglocatie code
 * @param naam name
 * @param soort kind of care, for example {@code umc} or {@code ziekenhuis}
 * @param lat WGS84 latitude
 * @param lon WGS84 longitude
 */
public record Zorglocatie(String code, String naam, String soort, double lat, double lon) {
    public Zorglocatie {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(naam, "naam");
    }
}
