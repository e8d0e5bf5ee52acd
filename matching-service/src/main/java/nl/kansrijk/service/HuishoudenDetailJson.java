package nl.kansrijk.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import nl.kansrijk.model.Azc;
import nl.kansrijk.model.Huishouden;
import nl.kansrijk.model.Zorglocatie;
import nl.kansrijk.service.opslag.Beslisregister;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The whole household as {@code GET /api/huishoudens/{id}} shows it (schema {@code HuishoudenDetail} of
 * openapi.json): composition, wishes and ties, needs, profile, the term, and its koppeling with who decided it.
 * Every code comes with its name.
 *
 * @param koppeling the latest decision in the werkbank on this household, or {@code null}
 * @param woning for a linked household of a period with woningen.csv, its dwelling in the exact toewijzing of the
 *        current koppelingen (or "geen passende woning"); else {@code null}
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record HuishoudenDetailJson(String huishoudenId, int personen, int volwassenen, int kinderen, Naam azc,
        String vergunningdatum, Integer dagenOver, String status, Naam gemeente, List<Naam> regioadvies,
        List<String> sectoren, String opleidingsniveau, List<Naam> voorkeurGemeenten, Naam familieGemeente,
        Naam zorg, Naam werkOfOpleidingGemeente, Naam netwerkGemeente, List<Naam> uitgeslotenGemeenten,
        Naam nareizigerVanGemeente, Beslist koppeling, Woonoverzicht.WoningJson woning) {

    /** A code and its name (the name is the code itself when the input does not know it). */
    public record Naam(String code, String naam) {
    }

    /** The werkbank decision behind the household's koppeling: who decided it, when, against which advice and why. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Beslist(long beslissingId, String gebruiker, String tijd, int rang, Naam geadviseerdeGemeente,
            Naam vorigeGemeente, String reden) {
    }

    static HuishoudenDetailJson van(Stand s, Huishouden h, LocalDate vandaag, Beslisregister.Vastgelegd laatste,
            Woonoverzicht.WoningJson woning) {
        String gekoppeld = h.isGekoppeld() ? h.gekoppeldGemeente() : s.koppelingen.get(h.id());
        Map<String, String> regios = new java.util.HashMap<>();
        s.periode.problem().arbeidsmarktregios().forEach(r -> regios.put(r.code(), r.naam()));
        Azc azc = s.periode.problem().azcs().stream().filter(a -> a.code().equals(h.azcCode())).findFirst().orElse(null);
        Zorglocatie zorg = s.periode.problem().zorglocaties().stream().filter(z -> z.code().equals(h.zorgCode()))
                .findFirst().orElse(null);
        Beslist koppeling = null;
        if (laatste != null && gekoppeld != null && !h.isGekoppeld()) {
            var b = laatste.beslissing();
            koppeling = new Beslist(b.id(), b.gebruiker(), Tijd.iso(b.tijd()), b.rang(), gemeente(s, b.geadviseerdeGemeente()),
                    gemeente(s, laatste.vorigeGemeente()), b.reden());
        }
        return new HuishoudenDetailJson(h.id(), h.personen(), h.volwassenen(), h.kinderen(),
                h.azcCode() == null ? null : new Naam(h.azcCode(), azc == null ? h.azcCode() : azc.naam()),
                h.vergunningdatum() == null ? null : h.vergunningdatum().toString(), Overzicht.dagenOver(h, vandaag),
                Overzicht.status(s, h), gemeente(s, gekoppeld),
                h.regioadvies().stream().map(r -> new Naam(r, regios.getOrDefault(r, r))).toList(), h.sectoren(),
                h.opleidingsniveau() == null ? null : h.opleidingsniveau().code(),
                h.voorkeurGemeenten().stream().map(g -> gemeente(s, g)).toList(), gemeente(s, h.familieGemeente()),
                h.zorgCode() == null ? null : new Naam(h.zorgCode(), zorg == null ? h.zorgCode() : zorg.naam()),
                gemeente(s, h.werkOfOpleidingGemeente()), gemeente(s, h.netwerkGemeente()),
                h.uitgeslotenGemeenten().stream().map(g -> gemeente(s, g)).toList(), gemeente(s, h.nareizigerVanGemeente()),
                koppeling, woning);
    }

    private static Naam gemeente(Stand s, String code) {
        if (code == null) {
            return null;
        }
        String n = Werkbank.gemeenteNaam(s, code);
        return new Naam(code, n == null ? code : n);
    }
}
