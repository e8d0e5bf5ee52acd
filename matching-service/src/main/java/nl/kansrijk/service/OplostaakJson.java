package nl.kansrijk.service;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import nl.kansrijk.io.json.ScoreJson;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A solve job's state as {@code /api/oplostaken/{id}} answers it (schema {@code Oplostaak} of openapi.json).
 *
 * @param toestand {@code bezig}, {@code klaar}, {@code geannuleerd} or {@code mislukt}
 * @param bovengrensZacht the proven upper bound of the soft score, once known
 * @param procentVanBovengrens the best soft score so far as a percentage of that bound
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record OplostaakJson(String id, String toestand, long planVersie, String gestart, long verstrekenMs,
        int verbeteringen, ScoreJson besteScore, Long bovengrensZacht, BigDecimal procentVanBovengrens,
        boolean resultaatBeschikbaar) {

    /**
     * A finished job's proposal ({@code /api/oplostaken/{id}/resultaat}): the state, the score and per household that
     * was free in this solve its gemeente, or unplaced with the reason.
     */
    public record Resultaat(@JsonUnwrapped OplostaakJson taak, ScoreJson score, List<Voorstel> koppelingen) {
    }

    /** One household's place in a proposal. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Voorstel(String huishoudenId, String gemeenteCode, String status, String reden) {
    }
}
