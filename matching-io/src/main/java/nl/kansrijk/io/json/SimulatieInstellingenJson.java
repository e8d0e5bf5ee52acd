package nl.kansrijk.io.json;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The settings of a simulation as {@code simulatie.json} echoes them under {@code instellingen}: the policies run,
 * their search budgets, the look-ahead and price policy's parameters, the seed, the input files' SHA-256 and the
 * effective configuration, so that a run can be repeated from its output alone.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SimulatieInstellingenJson(List<String> beleid, long zettenPerHuishouden, int lateAcceptance,
        long achterafZettenPerHuishouden, Vooruitblik vooruitblik, Prijs prijs, long seed,
        Map<String, String> invoerSha256, ConfigJson configuratie) {

    /** The look-ahead policy's parameters. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Vooruitblik(int steekproeven, double schaal, int maxToekomst) {
    }

    /**
     * The price policy's parameters; {@code herbouwRondesPerHuishouden}, {@code wachtdagen} and {@code wachtwinst}
     * only when set (left out, not {@code null}, as before these were typed).
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Prijs(int steekproeven, String verwachting,
            @JsonInclude(JsonInclude.Include.NON_NULL) Long herbouwRondesPerHuishouden,
            @JsonInclude(JsonInclude.Include.NON_NULL) Integer wachtdagen,
            @JsonInclude(JsonInclude.Include.NON_NULL) Double wachtwinst) {
    }
}
