package nl.kansrijk.service;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import nl.kansrijk.service.opslag.Beslissing;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;
import tools.jackson.databind.json.JsonMapper;

/** A decision of the log as {@code GET /api/beslissingen} lists it (schema {@code Beslissing} of openapi.json). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record BeslissingJson(long id, String tijd, String gebruiker, String periode, long planVersie, Long invoerversie,
        String huishoudenId,
        String gekozenGemeente, String geadviseerdeGemeente, int rang, Map<String, Long> kostenPerRegel, String reden) {

    /**
     * A decision just taken ({@code POST /api/koppelingen}): the decision, the plan version it made, the gemeente the
     * household left ({@code null} when it was waiting) and whether this answers a repeated request.
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Genomen(@JsonUnwrapped BeslissingJson beslissing, long nieuwePlanVersie, String vorigeGemeente,
            boolean herhaald) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final tools.jackson.core.type.TypeReference<java.util.LinkedHashMap<String, Long>> KOSTEN =
            new tools.jackson.core.type.TypeReference<>() { };

    /** The JSON form of a stored decision (its costs per rule are stored as JSON text). */
    public static BeslissingJson van(Beslissing b) {
        return new BeslissingJson(b.id(), Tijd.iso(b.tijd()), b.gebruiker(), b.periode(), b.planVersie(), b.invoerversie(),
                b.huishoudenId(),
                b.gekozenGemeente(), b.geadviseerdeGemeente(), b.rang(), JSON.readValue(b.kostenPerRegel(), KOSTEN),
                b.reden());
    }
}
