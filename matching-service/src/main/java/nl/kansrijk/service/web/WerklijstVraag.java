package nl.kansrijk.service.web;

import java.util.Set;

import nl.kansrijk.service.Fout;
import nl.kansrijk.service.Werkbank;
import nl.kansrijk.service.Werklijst;

/** The query parameters of {@code GET /api/huishoudens}, checked, with a Dutch message naming the parameter. */
final class WerklijstVraag {

    private WerklijstVraag() {
    }

    static Werklijst.Vraag lees(Verzoek v) {
        String status = v.query("status");
        if (status != null && !Werklijst.STATUSSEN.contains(status)) {
            throw new Fout(400, "status", "status moet wachtend, gekoppeld of vast zijn");
        }
        String sorteer = v.query("sorteer");
        if (sorteer != null && !Werklijst.SORTERINGEN.contains(sorteer)) {
            throw new Fout(400, "sorteer", "sorteer moet dagen, personen, azc, id of gemeente zijn");
        }
        String richting = v.query("richting");
        if (richting != null && !Set.of("op", "af").contains(richting)) {
            throw new Fout(400, "richting", "richting moet op of af zijn");
        }
        Integer van = getal(v, "van", 0, Integer.MAX_VALUE);
        return new Werklijst.Vraag(status, v.query("zoek"), v.query("azc"), v.query("regio"),
                getal(v, "personen_min", 1, 1_000), getal(v, "personen_max", 1, 1_000),
                getal(v, "dagen_max", -100_000, 100_000), sorteer, "af".equals(richting), van == null ? 0 : van,
                getal(v, "aantal", 1, Werklijst.MAX_AANTAL));
    }

    private static Integer getal(Verzoek v, String naam, int min, int max) {
        String t = v.query(naam);
        if (t == null || t.isBlank()) {
            return null;
        }
        try {
            int n = Integer.parseInt(t.strip());
            if (n < min || n > max) {
                throw new Fout(400, naam, naam + " moet tussen " + min + " en " + max + " liggen, is " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new Fout(400, naam, naam + " moet een geheel getal zijn, is '" + Werkbank.kort(t) + "'");
        }
    }
}
