package nl.kansrijk.model;

import java.util.Objects;

/**
 * An asylum reception centre (azc) of COA where households live until they move to their gemeente.
 *
 * @param code azc code
 * @param naam name
 * @param gemeenteCode the gemeente the azc lies in
 * @param lat WGS84 latitude
 * @param lon WGS84 longitude
 */
public record Azc(String code, String naam, String gemeenteCode, double lat, double lon) {
    public Azc {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(naam, "naam");
    }
}
