package nl.kansrijk.service;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import nl.kansrijk.io.json.AdviesJson;
import nl.kansrijk.io.json.BriefJson;
import nl.kansrijk.io.json.OverwegingJson;
import nl.kansrijk.io.json.UitlegJson;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The werkbank's answers about one household: the command line's JSON ({@code advise}, {@code explain}) followed by
 * the plan version it was made against, so that a decision can name it.
 */
final class OpPlan {

    private OpPlan() {
    }

    /** {@code GET /api/huishoudens/{id}/advies}: the advice, the plan version and the household's gemeente in the plan. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Advies(@JsonUnwrapped AdviesJson advies, long planVersie, String huidigeGemeente) {
    }

    /** {@code GET /api/huishoudens/{id}/overweging}: the what-if and the plan version. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Overweging(@JsonUnwrapped OverwegingJson overweging, long planVersie) {
    }

    /** {@code GET /api/huishoudens/{id}/uitleg}: the explanation, the overrule reason and the plan version. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Uitleg(@JsonUnwrapped UitlegJson uitleg, String overruleReden, long planVersie) {
    }

    /** {@code GET /api/huishoudens/{id}/brief}: the letter as {@code explain --brief --json} writes it, and the plan version. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Brief(@JsonUnwrapped BriefJson brief, long planVersie) {
    }
}
