package nl.kansrijk.service;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import nl.kansrijk.io.output.FormulaGuard;
import nl.kansrijk.io.output.ResultWriter;
import nl.kansrijk.service.opslag.Invoerversies;
import nl.kansrijk.service.opslag.Keten;
import nl.kansrijk.service.opslag.Opslag;
import org.apache.commons.csv.CSVPrinter;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The werkbank's audit trail as the API shows it: the input versions ({@code GET /api/periode/versies}), the
 * audited events ({@code GET /api/export/gebeurtenissen.csv}) and the check of the hash chain over decisions and
 * events ({@code GET /api/audit/keten}, and at every start).
 */
public final class Audit {

    /** Who loads the period when the server starts (the operator at the command line). */
    public static final String OPSTART = "serve (opstart)";

    /** Who applies the retention term when the server does it (at start and daily). */
    public static final String BEWAARTERMIJN = "serve (bewaartermijn)";
    /** The default retention term in months (docs/privacy.md). */
    public static final int STANDAARD_BEWAARTERMIJN = 24;

    private final Opslag opslag;
    private volatile int bewaartermijn = STANDAARD_BEWAARTERMIJN;

    Audit(Opslag opslag) {
        this.opslag = opslag;
    }

    /** What one application of the retention term removed (schema {@code Bewaartermijn} of openapi.json). */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record BewaartermijnJson(int termijnMaanden, String grens, List<String> periodes, int redenenVerwijderd,
            int bestandenGeleegd, int redenenBehouden, Long gebeurtenisId) {
    }

    /** Sets the retention term in months; 0 switches it off (nothing is removed, not even on request). */
    public void bewaartermijnMaanden(int maanden) {
        if (maanden < 0) {
            throw new IllegalArgumentException("--bewaartermijn moet 0 (uit) of een aantal maanden zijn, is " + maanden);
        }
        this.bewaartermijn = maanden;
    }

    /** The retention term in months (0: off). */
    public int bewaartermijnMaanden() {
        return bewaartermijn;
    }

    /**
     * Applies the retention term now, on the real clock whatever {@code --datum} says: of every period closed longer
     * than the term ago the reasons are removed and the input files emptied (docs/privacy.md). Recorded as an event
     * when something was removed, or always when {@code gevraagd} (a beheerder asked).
     */
    public BewaartermijnJson pasBewaartermijnToe(String gebruiker, boolean gevraagd) {
        if (bewaartermijn == 0) {
            throw new Fout(409, null, "de bewaartermijn staat uit (kansrijk serve --bewaartermijn 0)");
        }
        var u = opslag.bewaartermijn(bewaartermijn, java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC), gebruiker, gevraagd);
        return new BewaartermijnJson(u.termijnMaanden(), u.grens().toInstant().toString(), u.periodes(), u.redenenVerwijderd(),
                u.bestandenGeleegd(), u.redenenBehouden(), u.gebeurtenis());
    }

    /** The result of a check of the chain (schema {@code Keten} of openapi.json). */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record KetenJson(boolean heel, long lengte, String kop, String fout) {
    }

    /** One input version (schema {@code Invoerversie} of openapi.json). */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record VersieJson(long versie, String periode, String geladenOp, String gebruiker, String bron,
            Map<String, String> sha256, boolean huidig) {
    }

    /** Recomputes the chain. */
    public KetenJson keten() {
        Keten.Controle k = opslag.keten();
        return new KetenJson(k.heel(), k.lengte(), k.kop(), k.fout());
    }

    /** Every input version, oldest first; the last is the current one. */
    public List<VersieJson> versies() {
        List<Invoerversies.Versie> v = opslag.invoerversies();
        return v.stream().map(x -> new VersieJson(x.versie(), x.periode(), x.geladenOp().toString(), x.gebruiker(), x.bron(),
                x.sha256(), x == v.get(v.size() - 1))).toList();
    }

    /** The audited events as CSV (one a line, oldest first; details as JSON). */
    public byte[] gebeurtenissenCsv() {
        StringWriter w = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(w, ResultWriter.FORMAT)) {
            csv.printRecord("id", "tijd", "gebruiker", "soort", "invoerversie", "details");
            for (Invoerversies.Gebeurtenis g : opslag.gebeurtenissen()) {
                csv.printRecord(FormulaGuard.rij(g.id(), g.tijd().toString(), g.gebruiker(), g.soort(),
                        g.invoerversie() == null ? "" : g.invoerversie(), g.details()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The message when DIR holds other input files than the period in the database. */
    String andereInvoer(String periode, List<String> anders) {
        List<Invoerversies.Versie> v = opslag.invoerversies();
        String herkomst = v.isEmpty() ? "" : " (invoerversie " + v.get(v.size() - 1).versie() + ", geladen op "
                + v.get(v.size() - 1).geladenOp() + " door " + v.get(v.size() - 1).gebruiker() + ")";
        return "de database heeft periode " + periode + herkomst + " uit andere bestanden dan de invoermap (anders: "
                + String.join(", ", anders) + "); start met --input-from database om de opgeslagen periode te gebruiken, "
                + "of met --input-from dir om de map als nieuwe invoerversie te laden (de beslissingen blijven bewaard)";
    }
}
