package nl.kansrijk.service;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * What the werkbank has loaded ({@code GET /api/periode}): the period, counts, plan version, today and the term,
 * the input files' hashes, warnings and the effective configuration. {@code datumWaarschuwing} says, once, that today
 * is outside the period ({@code null} when it is inside).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record PeriodeJson(String periode, long planVersie, long gemeenten, long huishoudens, long vasteKoppelingen,
        long koppelingenWerkbank, String datum, String datumWaarschuwing, int termijnDagen, Map<String, String> bestanden,
        List<String> waarschuwingen, nl.kansrijk.io.json.ConfigJson configuratie) {

    /** A period just uploaded ({@code PUT /api/periode}): its summary and the files of the upload that were ignored. */
    public record Geladen(@JsonUnwrapped PeriodeJson periode, List<String> genegeerd) {
    }
}
