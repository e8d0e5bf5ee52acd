package nl.kansrijk.service;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.kansrijk.explain.Adviseur;
import nl.kansrijk.io.input.ConfigReader;
import nl.kansrijk.io.json.Decimaal;
import nl.kansrijk.model.Huishouden;
import nl.kansrijk.model.Koppeltermijn;

/** What the werkbank's page lists of one state: the period's summary, the households with their term, the gemeenten. */
final class Overzicht {

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d-M-yyyy");

    private Overzicht() {
    }

    /** The summary of what is loaded. */
    static PeriodeJson periode(Stand s, LocalDate vandaag) {
        return new PeriodeJson(s.periode.context().periode(), s.versie, s.periode.problem().gemeenten().size(),
                s.periode.problem().huishoudens().size(),
                s.periode.problem().huishoudens().stream().filter(Huishouden::isGekoppeld).count(), s.koppelingen.size(),
                vandaag.toString(), datumWaarschuwing(s, vandaag), Koppeltermijn.DAGEN, s.periode.sha256(),
                s.periode.folder().warnings(), ConfigReader.effective(s.periode.config()));
    }

    /** Every household with {@code status} (all when null), waiting ones first by permit date, then by id. */
    static List<HuishoudenJson> huishoudens(Stand s, LocalDate vandaag, String status) {
        List<HuishoudenJson> out = new ArrayList<>();
        List<Huishouden> hs = new ArrayList<>(s.periode.problem().huishoudens());
        hs.sort(Comparator.comparing((Huishouden h) -> h.vergunningdatum() == null ? LocalDate.MAX : h.vergunningdatum())
                .thenComparing(Huishouden::id));
        Map<String, String> regios = new HashMap<>();
        s.periode.problem().arbeidsmarktregios().forEach(r -> regios.put(r.code(), r.naam()));
        for (Huishouden h : hs) {
            String st = status(s, h);
            if (status == null || status.equals(st)) {
                String code = h.isGekoppeld() ? h.gekoppeldGemeente() : s.koppelingen.get(h.id());
                out.add(new HuishoudenJson(h.id(), h.personen(), h.azcCode(),
                        h.vergunningdatum() == null ? null : h.vergunningdatum().toString(), dagenOver(h, vandaag), st,
                        code, Werkbank.gemeenteNaam(s, code), h.regioadvies(),
                        h.regioadvies().stream().map(r -> regios.getOrDefault(r, r)).toList()));
            }
        }
        return out;
    }

    /** {@code vast} (linked before this period), {@code gekoppeld} (in the werkbank's plan) or {@code wachtend}. */
    static String status(Stand s, Huishouden h) {
        return h.isGekoppeld() ? "vast" : s.koppelingen.containsKey(h.id()) ? "gekoppeld" : "wachtend";
    }

    /**
     * A clear warning when today is not inside the period (the days left of every household then count from a day
     * the period does not have), else {@code null}.
     */
    static String datumWaarschuwing(Stand s, LocalDate vandaag) {
        String code = s.periode.context().periode();
        if (code == null || !nl.kansrijk.model.Periode.isGeldig(code)) {
            return null;
        }
        nl.kansrijk.model.Periode p = nl.kansrijk.model.Periode.van(code);
        if (!vandaag.isBefore(p.start()) && vandaag.isBefore(p.einde())) {
            return null;
        }
        return "de datum van vandaag (" + DATUM.format(vandaag) + ") ligt " + (vandaag.isBefore(p.start()) ? "vóór" : "na")
                + " de periode " + code + " (" + DATUM.format(p.start()) + " t/m " + DATUM.format(p.einde().minusDays(1))
                + "); de dagen over van de termijn zijn vanaf vandaag geteld en daarom niet te vergelijken met de periode";
    }

    /** Days left of the 14-day term after the permit (negative: overdue), or {@code null} without a permit date. */
    static Integer dagenOver(Huishouden h, LocalDate vandaag) {
        return h.vergunningdatum() == null ? null
                : (int) Koppeltermijn.dagenOver(h.vergunningdatum(), vandaag);
    }

    /** Per gemeente: the taakstelling, how many persons are linked now and the places still open. */
    static List<GemeenteJson> gemeenten(Stand s) {
        Adviseur a = s.adviseur();
        List<GemeenteJson> out = new ArrayList<>();
        for (var b : s.periode.context().bestemmingen()) {
            int opgave = b.taakstelling().opgave();
            out.add(new GemeenteJson(b.code(), b.gemeente().naam(), b.arbeidsmarktregio().code(), b.arbeidsmarktregio().naam(),
                    b.taakstelling().taakstelling(), b.taakstelling().achterstand(), b.taakstelling().gerealiseerd(),
                    opgave, b.capaciteit(), a.last(b), b.capaciteit() - a.last(b), opgave <= 0 ? null
                            : Decimaal.van((b.taakstelling().gerealiseerd() + a.last(b)) / (double) opgave, 4),
                    b.gemeente().lat(), b.gemeente().lon()));
        }
        return out;
    }
}
