package nl.kansrijk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import nl.kansrijk.explain.Adviseur;
import nl.kansrijk.explain.Overrule;
import nl.kansrijk.explain.Overweging;
import nl.kansrijk.explain.Schaarste;
import nl.kansrijk.io.InputException;
import nl.kansrijk.io.explain.AdviesTekst;
import nl.kansrijk.io.input.InputFolder;
import nl.kansrijk.io.input.KoppelingenReader;
import nl.kansrijk.io.json.AdviesJson;
import nl.kansrijk.io.json.OverwegingJson;
import nl.kansrijk.io.output.ResultWriter;
import nl.kansrijk.model.Huishouden;
import nl.kansrijk.simulate.Adviesstand;
import nl.kansrijk.simulate.PrijsBeleid;
import nl.kansrijk.simulate.Prijsschatter;
import nl.kansrijk.simulate.Verwachting;
import nl.kansrijk.model.Woningaanbod;
import nl.kansrijk.solve.PlanContext;
import org.apache.commons.csv.CSVFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * {@code kansrijk advise DIR --household ID}: the top gemeenten for one household against the current plan, with
 * the reasons per rule; with {@code --gemeente} the what-if (cost per rule against the advice, or the refusal
 * naming the hard rule). The current plan is the folder's pinned households ({@code gekoppeld_gemeente}), plus
 * the koppelingen of an earlier output with {@code --pin-from}. Answers without solving.
 */
@Command(name = "advise", mixinStandardHelpOptions = true,
        description = {"Advice for one household: the best gemeenten against the current plan, with reasons.",
                "The plan is DIR's pinned households (gekoppeld_gemeente filled), plus the koppelingen of OUTDIR with --pin-from.",
                "With --gemeente: what that choice costs per rule against the advice, or which hard rule refuses it "
                        + "(exit code 0 either way; JSON \"toegestaan\" says which)."})
public final class AdviseCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "Folder with the input tables (CSV files or .xlsx workbooks, see docs/input-format.md).")
    Path dir;

    @Option(names = "--household", required = true, paramLabel = "ID", description = "The household (huishouden_id).")
    String household;

    @Option(names = "--top", paramLabel = "N", defaultValue = "5", description = "How many gemeenten to list (default ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--gemeente", paramLabel = "CODE", description = "What-if: the cost of this gemeente instead of the advice.")
    String gemeente;

    @Option(names = "--reden", paramLabel = "TEXT",
            description = "With --gemeente: record the choice as an overrule with this reason (printed as a koppelingen line).")
    String reden;

    @Option(names = "--pin-from", paramLabel = "OUTDIR",
            description = "Take the koppelingen of this solve/evaluate output as the current plan (its koppelingen.csv).")
    Path pinFrom;

    @Option(names = "--scarcity",
            description = "Show per gemeente the scarcity price: the points its place is expected to cost households "
                    + "arriving later this period, and for the household's candidates what a place there does to the "
                    + "sampled whole-household plans (the price policy's estimates; docs/dynamic.md).")
    boolean schaarste;

    @Option(names = {"--met-schaarste", "--rank-by-scarcity"},
            description = "Show the scarcity price and rank the gemeenten as the price policy chooses: the household's "
                    + "candidates in the sampled whole-household plans by plan value, then the others by score minus "
                    + "price (implies --scarcity).")
    boolean metSchaarste;

    @Option(names = "--price-samples", defaultValue = "" + PrijsBeleid.STANDAARD_STEEKPROEVEN, paramLabel = "N",
            description = "With --scarcity: sampled futures the prices are averaged over (default: ${DEFAULT-VALUE}).")
    int prijsSteekproeven;

    @Option(names = "--price-rounds", defaultValue = "" + PrijsBeleid.STANDAARD_HERBOUWRONDES, paramLabel = "N",
            description = "With --scarcity: ruin-and-recreate rounds per household that improve each sample's whole-household "
                    + "plan (better plan values, slower; 0: none; default: ${DEFAULT-VALUE}, as simulate's price policy; "
                    + "see docs/dynamic.md).")
    long prijsRondes;

    @Option(names = "--history", paramLabel = "DIR",
            description = "With --scarcity: draw later arrivals from this earlier period's input folder instead of "
                    + "the profile mix that arrived so far.")
    Path historie;

    @Option(names = "--json", description = "JSON instead of text (schema in docs/advice.md).")
    boolean json;

    @Mixin
    InvoerOpties invoer;

    @Override
    public Integer call() {
        if (top < 1) {
            throw new ParameterException(spec.commandLine(), "--top moet minstens 1 zijn");
        }
        if (reden != null && gemeente == null) {
            throw new ParameterException(spec.commandLine(), "--reden hoort bij --gemeente");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        InputFolder in = invoer.read(dir, err);
        PlanContext ctx = PlanContext.of(in.problem(), invoer.config(in), in.woningaanbod().orElse(Woningaanbod.LEEG));
        Huishouden h = in.problem().huishoudens().stream().filter(x -> x.id().equals(household)).findFirst()
                .orElseThrow(() -> new InputException(null, 0, null, null,
                        "--household " + household + ": onbekend huishouden, niet in " + dir.resolve("huishoudens.csv")));
        if (gemeente != null && ctx.bestemming(gemeente) == null) {
            throw new InputException(null, 0, null, null, "--gemeente " + gemeente + ": onbekende gemeente, niet in "
                    + dir.resolve("gemeenten.csv"));
        }
        if (prijsSteekproeven < 1) {
            throw new ParameterException(spec.commandLine(), "--price-samples moet minstens 1 zijn, is " + prijsSteekproeven);
        }
        if (prijsRondes < 0) {
            throw new ParameterException(spec.commandLine(), "--price-rounds mag niet negatief zijn, is " + prijsRondes);
        }
        Map<String, String> plan = plan(in);
        Adviseur adviseur = new Adviseur(ctx, plan);
        if (schaarste || metSchaarste) {
            Verwachting verwachting = Historie.lees(historie, in.problem(), invoer.readOptions());
            Adviesstand stand = Adviesstand.van(in.problem(), ctx.config(), plan, h, ctx.woningaanbod());
            Schaarste prijzen = Prijsschatter.schat(stand.stand(), stand.wachtrij(), verwachting, prijsSteekproeven,
                    prijsRondes);
            adviseur = adviseur.metSchaarste(prijzen, metSchaarste);
        }
        Adviseur advisor = adviseur;
        long inPlan = in.problem().huishoudens().stream()
                .filter(x -> !x.id().equals(h.id()) && advisor.huidig(x.id()) != null).count();
        if (gemeente == null) {
            var advies = adviseur.advies(h, top);
            out.print(json ? ResultWriter.json(AdviesJson.van(advies, inPlan))
                    : huidig(adviseur, h) + AdviesTekst.tekst(advies, h.personen(), inPlan));
        } else {
            Overweging o = adviseur.overweeg(h, gemeente);
            Overrule overrule = reden != null && o.isToegestaan() ? o.overrule(reden) : null;
            if (json) {
                out.print(ResultWriter.json(new OverwegingMetOverrule(OverwegingJson.van(o), overrule == null ? null
                        : new OverruleJson(overrule.huishoudenId(), overrule.gemeenteCode(), overrule.reden()))));
            } else {
                out.print(huidig(adviseur, h) + AdviesTekst.tekst(o) + overruleTekst(o, overrule));
            }
        }
        out.flush();
        return KansrijkCli.OK;
    }

    /** The current plan: the koppelingen of {@code --pin-from}, or none beyond the folder's pinned households. */
    private Map<String, String> plan(InputFolder in) {
        return pinFrom == null ? Map.of() : KoppelingenReader.read(pinFrom.resolve(ResultWriter.KOPPELINGEN),
                in.problem(), invoer.readOptions()).geplaatst();
    }

    /** A note when the household is already linked in the plan: it is taken out first, as if it were new. */
    private static String huidig(Adviseur adviseur, Huishouden h) {
        var b = adviseur.huidig(h.id());
        return b == null ? "" : h.id() + " staat in het plan bij " + b.code() + " " + b.gemeente().naam()
                + "; het advies is berekend met " + h.id() + " uit het plan gehaald.\n";
    }

    private String overruleTekst(Overweging o, Overrule overrule) {
        if (reden == null) {
            return "";
        }
        if (overrule == null) {
            return "Overrule NIET vastgelegd: " + String.join("; ", o.weigering()) + "\n";
        }
        String regel = CSVFormat.DEFAULT.format(overrule.huishoudenId(), overrule.gemeenteCode(), overrule.reden());
        return "Overrule vastgelegd met reden \"" + overrule.reden() + "\"; regel voor het koppelingenbestand van "
                + "kansrijk evaluate (huishouden_id,gemeente_code,reden):\n" + regel + "\n";
    }

    /** A what-if as {@code advise --gemeente --json} prints it: with the overrule a reason makes of it. */
    record OverwegingMetOverrule(@JsonUnwrapped OverwegingJson overweging, OverruleJson overrule) {
    }

    /** A regievoerder's choice against the advice, with the reason. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record OverruleJson(String huishoudenId, String gemeenteCode, String reden) {
    }
}
