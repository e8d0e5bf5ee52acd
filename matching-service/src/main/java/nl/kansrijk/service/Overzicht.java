package nl.kansrijk.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import nl.kansrijk.explain.Adviseur;
import nl.kansrijk.io.input.ConfigReader;
import nl.kansrijk.io.json.Decimaal;
import nl.kansrijk.model.Huishouden;
import nl.kansrijk.model.Koppeltermijn;

/** What the werkbank's page lists of one state: the period's summary, the households with their term, the gemeenten. */
final class Overzicht {

    /** Days within which a household should be linked after its permit (DOMAIN.md, step 4). */

    private Overzicht() {
    }

    /** The summary of what is loaded. */
    static PeriodeJson periode(Stand s, LocalDate vandaag) {
        return new PeriodeJson(s.periode.context().periode(), s.versie, s.periode.problem().gemeenten().size(),
                s.periode.problem().huishoudens().size(),
                s.periode.problem().huishoudens().stream().filter(Huishouden::isGekoppeld).count(), s.koppelingen.size(),
                vandaag.toString(), Koppeltermijn.DAGEN, s.periode.sha256(), s.periode.folder().warnings(),
                ConfigReader.effective(s.periode.config()));
    }

    /** Every household with {@code status} (all when null), waiting ones first by permit date, then by id. */
    static List<HuishoudenJson> huishoudens(Stand s, LocalDate vandaag, String status) {
        List<HuishoudenJson> out = new ArrayList<>();
        List<Huishouden> hs = new ArrayList<>(s.periode.problem().huishoudens());
        hs.sort(Comparator.comparing((Huishouden h) -> h.vergunningdatum() == null ? LocalDate.MAX : h.vergunningdatum())
                .thenComparing(Huishouden::id));
        for (Huishouden h : hs) {
            String st = h.isGekoppeld() ? "vast" : s.koppelingen.containsKey(h.id()) ? "gekoppeld" : "wachtend";
            if (status == null || status.equals(st)) {
                out.add(new HuishoudenJson(h.id(), h.personen(), h.azcCode(),
                        h.vergunningdatum() == null ? null : h.vergunningdatum().toString(), dagenOver(h, vandaag), st,
                        h.isGekoppeld() ? h.gekoppeldGemeente() : s.koppelingen.get(h.id()), h.regioadvies()));
            }
        }
        return out;
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
            out.add(new GemeenteJson(b.code(), b.gemeente().naam(), b.arbeidsmarktregio().code(),
                    b.taakstelling().taakstelling(), b.taakstelling().achterstand(), b.taakstelling().gerealiseerd(),
                    opgave, b.capaciteit(), a.last(b), b.capaciteit() - a.last(b), opgave <= 0 ? null
                            : Decimaal.van((b.taakstelling().gerealiseerd() + a.last(b)) / (double) opgave, 4)));
        }
        return out;
    }
}
