package nl.kansrijk.service;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import nl.kansrijk.io.output.WoningUitvoer;
import nl.kansrijk.model.Huishouden;
import nl.kansrijk.service.HuishoudenDetailJson.Naam;
import nl.kansrijk.solve.MatchingEngine;
import nl.kansrijk.wonen.Maandoverzicht;
import nl.kansrijk.wonen.Ruilvoorstel;
import nl.kansrijk.wonen.Toewijzing;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The dwellings as the werkbank shows them (woonoverzicht, issue 31 part 6): a household's dwelling from the exact
 * toewijzing of the current koppelingen, the dwellings coming free per gemeente per month against its koppelingen,
 * and the exchange proposals of the regional pools; all from {@link Stand#wonen} and {@link Stand#ruilvoorstellen},
 * the same computation {@code kansrijk solve} writes to woningtoewijzing.csv, woningen-per-maand.csv and
 * ruilvoorstellen.csv.
 */
final class Woonoverzicht {

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d-M-yyyy");

    private Woonoverzicht() {
    }

    /**
     * A linked household's dwelling (schema {@code Woning} of openapi.json).
     *
     * @param woningId the dwelling assigned, or {@code null} when none fits
     * @param gemeenteCode the gemeente the household is linked to
     * @param beschikbaarVanaf when the dwelling comes free ({@code null} without one)
     * @param wachtdagen {@code max(0, beschikbaar_vanaf − vergunningdatum)} ({@code null} without one)
     * @param tekst the same in words: "W0123, vrij vanaf 1-3-2026: 12 dagen wachten" or "geen passende woning"
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record WoningJson(String woningId, String gemeenteCode, String beschikbaarVanaf, Long wachtdagen, String tekst) {
    }

    /**
     * The dwellings coming free against the koppelingen (schema {@code Woningen}).
     *
     * @param planVersie the plan version the toewijzing is of
     * @param woningenGegeven whether the period has woningen.csv (without it the rest is empty)
     * @param samenvatting the toewijzing's totals, as in samenvatting.json, or {@code null}
     * @param maanden per gemeente per month, as woningen-per-maand.csv, with the gemeente's name
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record WoningenJson(long planVersie, boolean woningenGegeven, WoningUitvoer.Samenvatting samenvatting,
            List<MaandJson> maanden) {
    }

    /** One gemeente in one month (schema {@code WoningMaand}). */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record MaandJson(Naam gemeente, String maand, int koppelingen, int personen, int vrijkomendeWoningen,
            int toegewezen) {
    }

    /**
     * The exchange proposals (schema {@code Ruilvoorstellen}).
     *
     * @param planVersie the plan version they were made on (accepting one checks what changed since)
     * @param poolsGegeven whether the period has woningen.csv and regiopools.csv
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record RuilvoorstellenJson(long planVersie, boolean poolsGegeven, List<RuilJson> voorstellen) {
    }

    /**
     * One exchange proposal (schema {@code Ruilvoorstel}), as a row of ruilvoorstellen.csv.
     *
     * @param naarB households that move from gemeente A to B
     * @param naarA households that move from B to A (empty for a one-way move)
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record RuilJson(int voorstel, String pool, Naam gemeenteA, Naam gemeenteB, List<String> naarB, List<String> naarA,
            long extraGehuisvest, long minderPersoonsdagen, long personenNaA, long opgaveA, long personenNaB,
            long opgaveB) {
    }

    /**
     * An accepted exchange proposal (schema {@code RuilAanvaard}): each household moved is a decision in the log.
     *
     * @param nieuwePlanVersie the plan version after the last of them
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record RuilAanvaardJson(List<BeslissingJson.Genomen> beslissingen, long nieuwePlanVersie) {
    }

    /** The household's dwelling, or {@code null} when it is not linked or the period has no woningen.csv. */
    static WoningJson woning(Stand s, MatchingEngine engine, Huishouden h) {
        WoningUitvoer w = s.wonen(engine);
        if (w == null) {
            return null;
        }
        for (Toewijzing t : w.toewijzing().toewijzingen()) {
            if (t.huishouden().id().equals(h.id())) {
                if (!t.isGehuisvest()) {
                    return new WoningJson(null, t.gemeenteCode(), null, null, "geen passende woning");
                }
                return new WoningJson(t.woning().id(), t.gemeenteCode(), t.woning().beschikbaarVanaf().toString(),
                        t.wachtdagen(), t.woning().id() + ", vrij vanaf " + DATUM.format(t.woning().beschikbaarVanaf())
                                + ": " + (t.wachtdagen() == 0 ? "geen wachtdagen" : t.wachtdagen()
                                        + (t.wachtdagen() == 1 ? " dag" : " dagen") + " wachten"));
            }
        }
        return null;
    }

    /** Per gemeente per month ({@code gemeente}: only that one; {@code null}: all) the koppelingen against the dwellings. */
    static WoningenJson woningen(Stand s, MatchingEngine engine, String gemeente) {
        WoningUitvoer w = s.wonen(engine);
        if (w == null) {
            return new WoningenJson(s.versie, false, null, List.of());
        }
        List<MaandJson> maanden = new ArrayList<>();
        for (Maandoverzicht.Rij r : w.overzicht().rijen()) {
            if (gemeente == null || gemeente.equals(r.gemeenteCode())) {
                maanden.add(new MaandJson(naam(s, r.gemeenteCode()), r.maand().toString(), r.koppelingen(), r.personen(),
                        r.vrijkomendeWoningen(), r.toegewezen()));
            }
        }
        return new WoningenJson(s.versie, true, w.samenvatting(), maanden);
    }

    /** The current exchange proposals, numbered from 1, best first. */
    static RuilvoorstellenJson ruilvoorstellen(Stand s, MatchingEngine engine) {
        List<RuilJson> out = new ArrayList<>();
        int n = 0;
        for (Ruilvoorstel v : s.ruilvoorstellen(engine)) {
            out.add(json(s, ++n, v));
        }
        boolean pools = s.periode.woningen().map(a -> !a.pools().isEmpty()).orElse(false);
        return new RuilvoorstellenJson(s.versie, pools, out);
    }

    static RuilJson json(Stand s, int nummer, Ruilvoorstel v) {
        return new RuilJson(nummer, v.pool(), naam(s, v.gemeenteA()), naam(s, v.gemeenteB()), ids(v.vanAnaarB()),
                ids(v.vanBnaarA()), v.extraGehuisvest(), v.minderPersoonsdagen(), v.personenAna(), v.opgaveA(),
                v.personenBna(), v.opgaveB());
    }

    static List<String> ids(List<Huishouden> hs) {
        return hs.stream().map(Huishouden::id).toList();
    }

    private static Naam naam(Stand s, String code) {
        String n = Werkbank.gemeenteNaam(s, code);
        return new Naam(code, n == null ? code : n);
    }
}
