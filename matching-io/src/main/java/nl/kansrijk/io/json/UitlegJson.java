package nl.kansrijk.io.json;

import java.util.Map;

import nl.kansrijk.explain.Uitleg;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * Why a household is where the plan has it, and its best alternative ({@code kansrijk explain --json},
 * {@code GET /api/huishoudens/{id}/uitleg}).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record UitlegJson(String huishoudenId, String gemeenteCode, String status, String toelichting, OptieJson koppeling,
        OptieJson alternatief, ScoreJson verschil, Map<String, Long> verschilPerRegel) {

    /** The JSON form of an explanation. */
    public static UitlegJson van(Uitleg u) {
        return new UitlegJson(u.koppeling().huishoudenId(), u.koppeling().gemeenteCode(), u.koppeling().status().code(),
                u.zin(), OptieJson.van(u.huidig()), OptieJson.van(u.alternatief()), ScoreJson.van(u.verschil()),
                RegelMap.van(u.verschilPerRegel()));
    }
}
