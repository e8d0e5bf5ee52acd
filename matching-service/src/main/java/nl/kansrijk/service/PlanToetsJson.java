package nl.kansrijk.service;

import java.util.List;
import java.util.Map;

import nl.kansrijk.io.json.KwaliteitJson;
import nl.kansrijk.io.json.OvertredingJson;
import nl.kansrijk.io.json.ScoreJson;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A plan made elsewhere, scored with the engine's rules ({@code POST /api/evaluatie}): score, points per rule,
 * quality, the hard rules it breaks, how many households it places, and the warnings of reading it.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record PlanToetsJson(ScoreJson score, Map<String, Long> perRegel, KwaliteitJson kwaliteit,
        List<OvertredingJson> hardeSchendingen, long geplaatst, long nietGeplaatst, List<String> waarschuwingen) {
}
