package nl.kansrijk.io.json;

import java.math.BigDecimal;

import nl.kansrijk.metrics.Kwaliteit;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A plan's quality metrics as {@code samenvatting.json}, {@code evaluatie.json} and the werkbank's evaluation write
 * them: fractions to 4 decimals, kilometres to 1, the rest to 2; {@code null} where a figure is undefined.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record KwaliteitJson(long huishoudens, long personen, long geplaatstePersonen, BigDecimal aandeelGeplaatst,
        BigDecimal aandeelEersteRegio, BigDecimal aandeelAdviesRegio, BigDecimal kmGemiddeld, BigDecimal kmP90,
        BigDecimal aandeelVoorkeurOfNetwerk, BigDecimal gemiddeldeSectorvraag, BigDecimal zachtPerPersoon) {

    /** The JSON form of the metrics. */
    public static KwaliteitJson van(Kwaliteit k) {
        return new KwaliteitJson(k.huishoudens(), k.personen(), k.geplaatstePersonen(),
                Decimaal.van(k.aandeelGeplaatst(), 4), Decimaal.van(k.aandeelEersteRegio(), 4),
                Decimaal.van(k.aandeelAdviesRegio(), 4), Decimaal.van(k.kmGemiddeld(), 1), Decimaal.van(k.kmP90(), 1),
                Decimaal.van(k.aandeelVoorkeurOfNetwerk(), 4), Decimaal.van(k.gemiddeldeSectorvraag(), 2),
                Decimaal.van(k.zachtPerPersoon(), 2));
    }
}
