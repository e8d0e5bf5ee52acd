package nl.kansrijk.io.json;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import nl.kansrijk.io.input.ConfigReader;
import nl.kansrijk.solve.Beeindiging;
import nl.kansrijk.solve.MatchingConfig;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The full effective configuration in the {@code config.json} format, as outputs echo it ({@code samenvatting.json},
 * {@code simulatie.json}, {@code sweep.json}, the werkbank's period): every weight, radius and limit, the defaults
 * filled in, so that a run can be repeated from its output; read back by {@code ConfigReader} to the same
 * configuration. {@code null} for a switched-off limit; {@code seed} left out only where a sweep varies it.
 *
 * @param gewichten weight per rule id, in the rules' order
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ConfigJson(Map<String, Long> gewichten, StralenJson stralen, int tolerantie, BeeindigingJson beeindiging,
        @JsonInclude(JsonInclude.Include.NON_NULL) Long seed, GroepsgelijkheidJson groepsgelijkheid,
        PrivacyJson privacy) {

    /** The radii within which a tie counts, in km. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record StralenJson(int familieKm, int zorgKm, int werkKm, int netwerkKm) {
    }

    /** When the search stops; {@code null} where a limit is off. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record BeeindigingJson(String tijdslimiet, Integer onverbeterdeStappen, Long zettenlimiet) {
    }

    /** The column whose groups the group rule and the group figures compare. */
    public record GroepsgelijkheidJson(String kolom) {
    }

    /** The least group size shown in group figures. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record PrivacyJson(int minGroepsgrootte) {
    }

    /** The effective configuration of {@code c}. */
    public static ConfigJson van(MatchingConfig c) {
        Map<String, Long> gewichten = new LinkedHashMap<>();
        c.gewichten().asMap().forEach((r, w) -> gewichten.put(r.id(), w));
        Beeindiging b = c.beeindiging();
        return new ConfigJson(gewichten, new StralenJson(c.stralen().familieKm(), c.stralen().zorgKm(),
                c.stralen().werkKm(), c.stralen().netwerkKm()), c.tolerantie(),
                new BeeindigingJson(b.tijdslimiet() == null ? null : ConfigReader.formatDuration(b.tijdslimiet()), b.onverbeterdeStappen(),
                        b.zettenlimiet()), c.seed(), new GroepsgelijkheidJson(c.groepsindeling().kolom()),
                new PrivacyJson(c.minGroepsgrootte()));
    }

    /** The same configuration without its seed (a sweep's settings, whose seeds vary apart). */
    public ConfigJson zonderSeed() {
        return new ConfigJson(gewichten, stralen, tolerantie, beeindiging, null, groepsgelijkheid, privacy);
    }
}
