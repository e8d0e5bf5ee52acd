package nl.kansrijk.io.output;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import nl.kansrijk.io.json.Decimaal;
import nl.kansrijk.model.Periode;
import nl.kansrijk.model.Woningaanbod;
import nl.kansrijk.solve.GemeenteResultaat;
import nl.kansrijk.solve.MatchingResult;
import nl.kansrijk.wonen.Maandoverzicht;
import nl.kansrijk.wonen.Toewijzer;
import nl.kansrijk.wonen.Toewijzing;
import nl.kansrijk.wonen.Woningtoewijzing;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The housing output of a run whose input has {@code woningen.csv} (docs/output-format.md):
 * {@value #TOEWIJZING}, {@value #PER_MAAND} and the object {@code woningtoewijzing} of {@code samenvatting.json}.
 *
 * @param toewijzing every linked household's dwelling
 * @param overzicht koppelingen against dwellings coming free, per gemeente per month
 * @param woningen the dwellings in the input
 */
public record WoningUitvoer(Woningtoewijzing toewijzing, Maandoverzicht overzicht, int woningen) {

    /** File names. */
    public static final String TOEWIJZING = "woningtoewijzing.csv";
    public static final String PER_MAAND = "woningen-per-maand.csv";

    /** The toewijzing of a result's koppelingen (pinned included) over a supply, and its overview. */
    public static WoningUitvoer van(MatchingResult r, Woningaanbod aanbod) {
        Woningtoewijzing t = Toewijzer.van(r, aanbod);
        List<String> volgorde = r.gemeenten().stream().map(GemeenteResultaat::gemeente).map(g -> g.code()).toList();
        return new WoningUitvoer(t, Maandoverzicht.van(t, aanbod, volgorde, Periode.van(r.periode()).start()),
                aanbod.woningen().size());
    }

    /** The object {@code woningtoewijzing} of samenvatting.json. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Samenvatting(long huishoudens, long gehuisvest, long zonderWoning, long gehuisvestePersonen,
            long persoonsdagen, BigDecimal wachtdagenGemiddeld, long woningen, long woningenVrijGebleven,
            String methode) {
    }

    /** The totals for samenvatting.json. */
    public Samenvatting samenvatting() {
        long gehuisvest = toewijzing.gehuisvest();
        return new Samenvatting(toewijzing.toewijzingen().size(), gehuisvest, toewijzing.zonderWoning(),
                toewijzing.gehuisvestePersonen(), toewijzing.persoonsdagen(),
                gehuisvest == 0 ? null : Decimaal.van((double) toewijzing.wachtdagen() / gehuisvest, 1),
                woningen, woningen - gehuisvest, "min-cost-flow (OR-Tools), per gemeente bewezen optimaal");
    }

    /** Both tables, in the order they are written. */
    public List<Tabel> tabellen() {
        return List.of(toewijzingTabel(), maandTabel());
    }

    Tabel toewijzingTabel() {
        List<List<Object>> rows = new ArrayList<>(toewijzing.toewijzingen().size());
        for (Toewijzing t : toewijzing.toewijzingen()) {
            boolean w = t.isGehuisvest();
            rows.add(Arrays.asList(t.huishouden().id(), w ? t.woning().id() : null, t.gemeenteCode(),
                    w ? t.woning().beschikbaarVanaf().toString() : null, w ? t.wachtdagen() : null));
        }
        return new Tabel(TOEWIJZING, List.of("huishouden_id", "woning_id", "gemeente_code", "beschikbaar_vanaf",
                "wachtdagen"), rows);
    }

    Tabel maandTabel() {
        List<List<Object>> rows = new ArrayList<>(overzicht.rijen().size());
        for (Maandoverzicht.Rij r : overzicht.rijen()) {
            rows.add(List.of(r.gemeenteCode(), r.maand().toString(), r.koppelingen(), r.personen(),
                    r.vrijkomendeWoningen(), r.toegewezen()));
        }
        return new Tabel(PER_MAAND, List.of("gemeente_code", "maand", "koppelingen", "personen",
                "vrijkomende_woningen", "toegewezen"), rows);
    }
}
