package nl.kansrijk.io.output;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import java.util.function.BiPredicate;

import com.fasterxml.jackson.annotation.JsonInclude;
import nl.kansrijk.io.json.Decimaal;
import nl.kansrijk.model.Huishouden;
import nl.kansrijk.model.Periode;
import nl.kansrijk.model.Woningaanbod;
import nl.kansrijk.solve.GemeenteResultaat;
import nl.kansrijk.solve.MatchingResult;
import nl.kansrijk.wonen.Maandoverzicht;
import nl.kansrijk.wonen.Ruilvoorstel;
import nl.kansrijk.wonen.Ruilvoorsteller;
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
 * @param ruilvoorstellen the exchange proposals of the regional pools, best first; {@code null} without pools
 */
public record WoningUitvoer(Woningtoewijzing toewijzing, Maandoverzicht overzicht, int woningen,
        List<Ruilvoorstel> ruilvoorstellen) {

    /** File names. */
    public static final String TOEWIJZING = "woningtoewijzing.csv";
    public static final String PER_MAAND = "woningen-per-maand.csv";
    public static final String RUILVOORSTELLEN = "ruilvoorstellen.csv";

    /** Most exchange proposals written. */
    public static final int MAX_VOORSTELLEN = 100;

    public WoningUitvoer {
        ruilvoorstellen = ruilvoorstellen == null ? null : List.copyOf(ruilvoorstellen);
    }

    /**
     * The toewijzing of a result's koppelingen (pinned included) over a supply, its overview and, when the supply
     * has pools, the exchange proposals.
     *
     * @param toegestaan whether the hard rules allow a household in a gemeente (pinning aside)
     */
    public static WoningUitvoer van(MatchingResult r, Woningaanbod aanbod, BiPredicate<Huishouden, String> toegestaan) {
        return zonderRuil(r, aanbod).metRuil(r, aanbod, toegestaan);
    }

    /** The toewijzing and its overview only (the first step of {@link #van}). */
    public static WoningUitvoer zonderRuil(MatchingResult r, Woningaanbod aanbod) {
        Woningtoewijzing t = Toewijzer.van(r, aanbod);
        List<String> volgorde = r.gemeenten().stream().map(GemeenteResultaat::gemeente).map(g -> g.code()).toList();
        return new WoningUitvoer(t, Maandoverzicht.van(t, aanbod, volgorde, Periode.van(r.periode()).start()),
                aanbod.woningen().size(), null);
    }

    /** This output with the exchange proposals when the supply has pools (the second step of {@link #van}). */
    public WoningUitvoer metRuil(MatchingResult r, Woningaanbod aanbod, BiPredicate<Huishouden, String> toegestaan) {
        return aanbod.pools().isEmpty() ? this : new WoningUitvoer(toewijzing, overzicht, woningen,
                Ruilvoorsteller.voorstellen(r, aanbod, toegestaan, MAX_VOORSTELLEN));
    }

    /** The object {@code woningtoewijzing} of samenvatting.json. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Samenvatting(long huishoudens, long gehuisvest, long zonderWoning, long gehuisvestePersonen,
            long persoonsdagen, BigDecimal wachtdagenGemiddeld, long woningen, long woningenVrijGebleven,
            String methode, @JsonInclude(JsonInclude.Include.NON_NULL) Integer ruilvoorstellen) {
    }

    /** The totals for samenvatting.json. */
    public Samenvatting samenvatting() {
        long gehuisvest = toewijzing.gehuisvest();
        return new Samenvatting(toewijzing.toewijzingen().size(), gehuisvest, toewijzing.zonderWoning(),
                toewijzing.gehuisvestePersonen(), toewijzing.persoonsdagen(),
                gehuisvest == 0 ? null : Decimaal.van((double) toewijzing.wachtdagen() / gehuisvest, 1),
                woningen, woningen - gehuisvest, "min-cost-flow (OR-Tools), per gemeente bewezen optimaal",
                ruilvoorstellen == null ? null : ruilvoorstellen.size());
    }

    /** The tables, in the order they are written: the exchange proposals only with pools. */
    public List<Tabel> tabellen() {
        return ruilvoorstellen == null ? List.of(toewijzingTabel(), maandTabel())
                : List.of(toewijzingTabel(), maandTabel(), ruilTabel());
    }

    Tabel ruilTabel() {
        List<List<Object>> rows = new ArrayList<>(ruilvoorstellen.size());
        int n = 0;
        for (Ruilvoorstel v : ruilvoorstellen) {
            rows.add(List.of(++n, v.pool(), v.gemeenteA(), v.gemeenteB(), ids(v.vanAnaarB()), ids(v.vanBnaarA()),
                    v.extraGehuisvest(), v.minderPersoonsdagen(), v.personenAna(), v.opgaveA(), v.personenBna(),
                    v.opgaveB()));
        }
        return new Tabel(RUILVOORSTELLEN, List.of("voorstel", "pool", "gemeente_a", "gemeente_b", "van_a_naar_b",
                "van_b_naar_a", "extra_gehuisvest", "minder_persoonsdagen", "personen_a_na", "opgave_a",
                "personen_b_na", "opgave_b"), rows);
    }

    private static String ids(List<Huishouden> hs) {
        return String.join("|", hs.stream().map(Huishouden::id).toList());
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
