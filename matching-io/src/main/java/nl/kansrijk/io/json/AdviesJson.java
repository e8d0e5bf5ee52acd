package nl.kansrijk.io.json;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import nl.kansrijk.explain.Advies;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The advice for one household ({@code kansrijk advise --json}, {@code GET /api/huishoudens/{id}/advies}): the best
 * gemeenten against the plan, and how many gemeenten each hard rule excludes; with scarcity also the value of waiting.
 *
 * @param koppelingenInPlan the koppelingen of other households the advice is made against
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record AdviesJson(String huishoudenId, long koppelingenInPlan, int gemeenten, int toegestaan,
        List<OptieJson> advies, @JsonUnwrapped Wachten wachten, Map<String, Integer> uitgesloten) {

    /** What waiting for more information is worth, and its explanation. */
    public record Wachten(Double informatiewaarde, String wachten) {
    }

    /** The JSON form of an advice made against {@code koppelingenInPlan} koppelingen. */
    public static AdviesJson van(Advies a, long koppelingenInPlan) {
        return new AdviesJson(a.huishoudenId(), koppelingenInPlan, a.gemeenten(), a.toegestaan(),
                a.opties().stream().map(OptieJson::van).toList(),
                a.informatiewaarde() == null ? null : new Wachten(a.informatiewaarde(), a.wachtTekst()),
                RegelMap.van(a.uitgesloten()));
    }
}
