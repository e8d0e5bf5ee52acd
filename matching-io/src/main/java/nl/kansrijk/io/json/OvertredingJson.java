package nl.kansrijk.io.json;

import nl.kansrijk.explain.Overtreding;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** One broken hard rule of a plan, as an element of {@code harde_schendingen}. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record OvertredingJson(String huishoudenId, String gemeenteCode, String regel, long punten, String tekst) {

    /** The JSON form of a violation. */
    public static OvertredingJson van(Overtreding o) {
        return new OvertredingJson(o.huishoudenId(), o.gemeenteCode(), o.regel().id(), o.punten(), o.tekst());
    }
}
