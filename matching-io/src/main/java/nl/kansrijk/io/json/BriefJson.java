package nl.kansrijk.io.json;

import nl.kansrijk.explain.Brief;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The letter for a household about its koppeling as JSON ({@code explain --brief --json}): the text in Dutch and in
 * English, {@code null} for a language not asked for.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record BriefJson(String huishoudenId, String nl, String en) {

    /** The letter in the languages asked for: {@code nl}, {@code en} or {@code beide}. */
    public static BriefJson van(Brief b, String taal) {
        return new BriefJson(b.huishoudenId(), taal.equals("en") ? null : b.nederlands(),
                taal.equals("nl") ? null : b.engels());
    }
}
