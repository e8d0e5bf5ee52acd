package nl.kansrijk.model;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One of the 35 labour-market regions (arbeidsmarktregio) with the demand for workers (0–100) per sector.
 *
 * @param code region code, {@code AM} followed by two digits
 * @param naam name
 * @param sectorvraag demand 0–100 per sector name (lower case); sectors not listed have demand 0
 */
public record Arbeidsmarktregio(String code, String naam, Map<String, Integer> sectorvraag) {

    public Arbeidsmarktregio {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(naam, "naam");
        sectorvraag = sectorvraag == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(sectorvraag));
    }

    /** Demand 0–100 for the sector, 0 when the sector is not listed. */
    public int vraag(String sector) {
        return sectorvraag.getOrDefault(sector, 0);
    }
}
