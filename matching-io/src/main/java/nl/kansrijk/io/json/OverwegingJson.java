package nl.kansrijk.io.json;

import java.util.List;
import java.util.Map;

import nl.kansrijk.explain.Overweging;
import nl.kansrijk.rules.Regel;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A what-if for one household and gemeente ({@code kansrijk advise --gemeente --json},
 * {@code GET /api/huishoudens/{id}/overweging}): allowed or refused by which rules, its cost against the best.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record OverwegingJson(String huishoudenId, String gemeenteCode, boolean toegestaan, List<String> weigering,
        List<String> weigeringTekst, ScoreJson kosten, Map<String, Long> kostenPerRegel, OptieJson gekozen,
        OptieJson beste) {

    /** The JSON form of a what-if. */
    public static OverwegingJson van(Overweging o) {
        return new OverwegingJson(o.huishoudenId(), o.gekozen().gemeenteCode(), o.isToegestaan(),
                o.weigeringsregels().stream().map(Regel::id).toList(), o.weigering(), ScoreJson.van(o.kosten()),
                RegelMap.van(o.kostenPerRegel()), OptieJson.van(o.gekozen()), OptieJson.van(o.beste()));
    }
}
