package nl.kansrijk.model;

import java.util.Objects;

/**
 * A Dutch municipality (gemeente) that receives households: CBS code, name, labour-market region,
 * centroid and, optionally, inhabitants and the share (0–100) of its housing suited to one-person households.
 *
 * @param code CBS code, {@code GM} followed by four digits
 * @param naam name
 * @param arbeidsmarktregioCode code of the arbeidsmarktregio the gemeente belongs to ({@code AMxx})
 * @param lat WGS84 latitude of the centroid
 * @param lon WGS84 longitude of the centroid
 * @param inwoners inhabitants, or {@code null} when not given
 * @param aandeelEenpersoonswoningen share 0–100 of housing suited to one-person households, or {@code null}
 */
public record Gemeente(String code, String naam, String arbeidsmarktregioCode, double lat, double lon,
        Integer inwoners, Integer aandeelEenpersoonswoningen) {

    public Gemeente {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(naam, "naam");
        Objects.requireNonNull(arbeidsmarktregioCode, "arbeidsmarktregioCode");
    }

    /** A gemeente without inhabitants or housing share. */
    public Gemeente(String code, String naam, String arbeidsmarktregioCode, double lat, double lon) {
        this(code, naam, arbeidsmarktregioCode, lat, lon, null, null);
    }
}
