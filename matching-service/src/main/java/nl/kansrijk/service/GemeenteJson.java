package nl.kansrijk.service;

import java.math.BigDecimal;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A gemeente as {@code GET /api/gemeenten} lists it: the taakstelling, the persons linked now and the places still
 * open; {@code vulgraad} is (gerealiseerd + gekoppeld) / opgave, {@code null} without an opgave; {@code lat} and
 * {@code lon} are the coordinates of the input (gemeenten.csv), which the page's map plots.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record GemeenteJson(String gemeenteCode, String gemeenteNaam, String arbeidsmarktregioCode,
        String arbeidsmarktregioNaam, long taakstelling,
        long achterstand, long gerealiseerd, long opgave, long capaciteit, long gekoppeld, long resterend,
        BigDecimal vulgraad, double lat, double lon) {
}
