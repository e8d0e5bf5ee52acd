package nl.kansrijk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.Callable;

import nl.kansrijk.io.input.InputFolder;
import nl.kansrijk.io.input.KoppelingenReader;
import nl.kansrijk.io.json.DagvoorstelJson;
import nl.kansrijk.io.output.ResultWriter;
import nl.kansrijk.model.MatchingProblem;
import nl.kansrijk.model.Woningaanbod;
import nl.kansrijk.model.Periode;
import nl.kansrijk.simulate.Dagvoorstel;
import nl.kansrijk.simulate.PrijsBeleid;
import nl.kansrijk.simulate.Verwachting;
import nl.kansrijk.solve.MatchingConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kansrijk voorstel DIR --datum D}: the day's proposal of the default online policy for the households
 * waiting on day D — link today (where, at what scarcity price) or wait within the term — with the koppelingen made
 * so far pinned: DIR's ({@code gekoppeld_gemeente}), plus those of an earlier output with {@code --pin-from}. The
 * same decision {@code kansrijk simulate}'s price policy makes on that day ({@link Dagvoorstel}).
 */
@Command(name = "voorstel", mixinStandardHelpOptions = true,
        description = {"The day's proposal: for every household waiting on --datum, link it today (where, and what its "
                + "places cost later arrivals) or keep it for a later day within its 14-day term, as simulate's "
                + "default price policy decides.",
                "The koppelingen made so far are DIR's pinned households, plus those of OUTDIR with --pin-from."})
public final class VoorstelCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "Folder with the input tables (see docs/input-format.md).")
    Path dir;

    @Option(names = "--datum", paramLabel = "YYYY-MM-DD",
            description = "Today: households with a permit on or before it and no koppeling are the queue (default: "
                    + "the system date, which must lie in the period).")
    String datum;

    @Option(names = "--pin-from", paramLabel = "OUTDIR",
            description = "Take the koppelingen of this solve/evaluate output as made (its koppelingen.csv).")
    Path pinFrom;

    @Option(names = "--history", paramLabel = "DIR",
            description = "Draw later arrivals from this earlier period's input folder instead of the profile mix "
                    + "that arrived so far.")
    Path historie;

    @Option(names = "--json", description = "JSON instead of text (fields in docs/dynamic.md).")
    boolean json;

    @Mixin
    InvoerOpties invoer;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        InputFolder in = invoer.read(dir, spec.commandLine().getErr());
        MatchingConfig config = invoer.config(in);
        Periode periode = Periode.van(in.problem().effectievePeriode());
        LocalDate vandaag = vandaag(periode);
        MatchingProblem probleem = metGemaakteKoppelingen(in);
        Verwachting verwachting = Historie.lees(historie, in.problem(), invoer.readOptions());
        Dagvoorstel v = Dagvoorstel.maak(probleem, in.woningaanbod().orElse(Woningaanbod.LEEG), config, vandaag,
                PrijsBeleid.standaard(verwachting));
        DagvoorstelJson j = DagvoorstelJson.van(v, probleem, "price");
        out.print(json ? ResultWriter.json(j) : tekst(j));
        out.flush();
        return KansrijkCli.OK;
    }

    private LocalDate vandaag(Periode periode) {
        LocalDate d;
        try {
            d = datum == null ? LocalDate.now() : LocalDate.parse(datum);
        } catch (DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(), "--datum '" + datum + "' is geen datum JJJJ-MM-DD");
        }
        if (d.isBefore(periode.start()) || !d.isBefore(periode.einde())) {
            throw new ParameterException(spec.commandLine(), (datum == null ? "vandaag (" + d + ")" : "--datum " + d)
                    + " ligt buiten periode " + periode.code() + " (" + periode.start() + " t/m "
                    + periode.einde().minusDays(1) + "); geef met --datum een dag in de periode");
        }
        return d;
    }

    /** The input with the koppelingen of {@code --pin-from} made (pinned), next to DIR's own. */
    private MatchingProblem metGemaakteKoppelingen(InputFolder in) {
        if (pinFrom == null) {
            return in.problem();
        }
        return in.problem().metKoppelingen(KoppelingenReader.read(pinFrom.resolve(ResultWriter.KOPPELINGEN),
                in.problem(), invoer.readOptions()).geplaatst());
    }

    private static String tekst(DagvoorstelJson j) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "Voorstel van de dag %s (beleid %s): %d huishouden(s) nu koppelen, %d wachten%n",
                j.datum(), j.beleid(), j.nuKoppelen(), j.wachten()));
        if (j.voorstellen().isEmpty()) {
            return b.append("Niemand wacht op een koppeling.\n").toString();
        }
        b.append(String.format(Locale.ROOT, "%-12s %8s  %-22s %s%n", "huishouden", "personen", "termijn", "voorstel"));
        for (DagvoorstelJson.VoorstelJson p : j.voorstellen()) {
            String voorstel = p.wacht() ? "wachten, uiterlijk " + p.uiterlijk() + " koppelen"
                    : p.gemeenteCode() == null ? "geen gemeente kan het huishouden nu nemen"
                    : p.gemeenteCode() + " " + p.gemeenteNaam() + " (schaarsteprijs " + p.prijs() + " punten)";
            b.append(String.format(Locale.ROOT, "%-12s %8d  %-22s %s%n", p.huishoudenId(), p.personen(),
                    termijn(p.dagenOver()), voorstel));
        }
        return b.toString();
    }

    /** Days left in the term, in words. */
    static String termijn(Long dagenOver) {
        if (dagenOver == null) {
            return "geen vergunningdatum";
        }
        if (dagenOver < 0) {
            return -dagenOver + (dagenOver == -1 ? " dag" : " dagen") + " te laat";
        }
        return dagenOver == 0 ? "laatste dag" : "nog " + dagenOver + (dagenOver == 1 ? " dag" : " dagen");
    }
}
