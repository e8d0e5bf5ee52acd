package nl.kansrijk.service;

import java.util.List;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A household as {@code GET /api/huishoudens} lists it (schema {@code Huishouden} of openapi.json).
 *
 * @param status {@code wachtend}, {@code gekoppeld} (in the plan) or {@code vast} (linked before this period)
 * @param dagenOver days left of the 14-day term (negative: overdue), or {@code null} without a permit date
 * @param gemeenteNaam the name of {@code gemeenteCode}
 * @param regioadviesNamen the names of the regioadvies codes, in the same order
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record HuishoudenJson(String huishoudenId, int personen, String azcCode, String vergunningdatum, Integer dagenOver,
        String status, String gemeenteCode, String gemeenteNaam, List<String> regioadvies, List<String> regioadviesNamen) {
}
