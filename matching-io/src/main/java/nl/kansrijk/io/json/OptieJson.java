package nl.kansrijk.io.json;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import nl.kansrijk.explain.Optie;
import nl.kansrijk.model.Gemeente;
import nl.kansrijk.rules.Regel;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * One gemeente of an advice, a what-if or an explanation (docs/advice.md): its rank, score against the plan, the
 * difference with the best, points per rule, the rules it breaks and the reasons; with scarcity its price, with a
 * look-ahead its plan value (both left out otherwise).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record OptieJson(int rang, String gemeenteCode, String gemeenteNaam, String arbeidsmarktregioCode, ScoreJson score,
        ScoreJson verschil, Map<String, Long> perRegel, List<String> overtreden, List<RedenJson> redenen,
        String toelichting, @JsonUnwrapped Prijs prijs, @JsonUnwrapped Vooruitblik vooruitblik) {

    /** The scarcity price of the place and its explanation. */
    public record Prijs(Long prijs, String schaarste) {
    }

    /** The plan value of the place looking ahead and its explanation. */
    public record Vooruitblik(Long planwaarde, String vooruitblik) {
    }

    /** The JSON form of an option, or {@code null} for none. */
    public static OptieJson van(Optie o) {
        if (o == null) {
            return null;
        }
        Gemeente g = o.gemeente();
        return new OptieJson(o.rang(), g.code(), g.naam(), g.arbeidsmarktregioCode(), ScoreJson.van(o.delta()),
                ScoreJson.van(o.verschil()), RegelMap.van(o.perRegel()), o.overtreden().stream().map(Regel::id).toList(),
                o.redenen().stream().map(RedenJson::van).toList(), o.redenTekst(),
                o.prijs() == null ? null : new Prijs(o.prijs(), o.schaarsteTekst()),
                o.planwaarde() == null ? null : new Vooruitblik(o.planwaarde(), o.vooruitblikTekst()));
    }
}
