package nl.kansrijk.io.report;

import java.util.List;

import nl.kansrijk.io.output.WoningUitvoer;
import nl.kansrijk.wonen.Maandoverzicht;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The data of the report's housing chart: koppelingen against dwellings coming free per gemeente per month, with
 * the toewijzing's totals. Only in a report of a run with {@code woningen.csv}.
 *
 * @param rijen one per gemeente and month, as in {@code woningen-per-maand.csv}
 * @param totalen the toewijzing's totals, as in samenvatting.json
 */
public record WoningGrafiek(List<Maand> rijen, WoningUitvoer.Samenvatting totalen) {

    /** One gemeente in one month. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Maand(String gemeenteCode, String maand, int koppelingen, int personen, int vrijkomendeWoningen,
            int toegewezen) {
    }

    public WoningGrafiek {
        rijen = List.copyOf(rijen);
    }

    /** The chart's data of a run's housing output. */
    public static WoningGrafiek van(WoningUitvoer w) {
        List<Maand> rijen = w.overzicht().rijen().stream().map(WoningGrafiek::maand).toList();
        return new WoningGrafiek(rijen, w.samenvatting());
    }

    private static Maand maand(Maandoverzicht.Rij r) {
        return new Maand(r.gemeenteCode(), r.maand().toString(), r.koppelingen(), r.personen(), r.vrijkomendeWoningen(),
                r.toegewezen());
    }
}
