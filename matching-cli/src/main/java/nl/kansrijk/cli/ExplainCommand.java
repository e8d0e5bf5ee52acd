package nl.kansrijk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import nl.kansrijk.explain.Brief;
import nl.kansrijk.explain.Uitleg;
import nl.kansrijk.io.InputException;
import nl.kansrijk.io.explain.AdviesTekst;
import nl.kansrijk.io.input.ReadOptions;
import nl.kansrijk.io.json.BriefJson;
import nl.kansrijk.io.json.UitlegJson;
import nl.kansrijk.io.output.ResultWriter;
import nl.kansrijk.solve.MatchingEngine;
import nl.kansrijk.solve.MatchingResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * {@code kansrijk explain OUTDIR --household ID}: the full breakdown of one household's koppeling in a solve or
 * evaluate output and its best alternative, rebuilt from the output's {@code koppelingen.csv} and its input copy
 * in {@code invoer/}. Answers without solving. With {@code --brief}: the letter for the household itself ({@link Brief}).
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Explains one household's koppeling in a solve or evaluate output folder:",
                "the score per rule and the best alternative gemeente with every other household fixed."})
public final class ExplainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OUTDIR", description = "Output folder of kansrijk solve or evaluate.")
    Path dir;

    @Option(names = "--household", required = true, paramLabel = "ID", description = "The household (huishouden_id).")
    String household;

    @Option(names = "--json", description = "JSON instead of text (schema in docs/advice.md).")
    boolean json;

    @Option(names = "--brief", description = {"A short letter for the household itself, in plain Dutch (B1) and English:",
            "its gemeente, the reasons that weighed most, wishes not met and why, who decided and how to ask for a review."})
    boolean brief;

    @Option(names = "--taal", paramLabel = "nl|en|beide", defaultValue = "beide",
            description = "With --brief: the language of the letter (default: both, Dutch first).")
    String taal;

    @Option(names = "--allow-bsn", description = "Accept values that look like a BSN (refused by default).")
    boolean allowBsn;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Uitvoermap map = Uitvoermap.read(dir, new ReadOptions(allowBsn));
        MatchingResult plan = map.plan(new MatchingEngine());
        if (plan.koppeling(household).isEmpty()) {
            throw new InputException(null, 0, null, null,
                    "--household " + household + ": onbekend huishouden, niet in " + dir.resolve(ResultWriter.KOPPELINGEN));
        }
        map.vastgelegdeScore().filter(s -> !s.equals(plan.score().toString())).ifPresent(s -> err.println(
                "waarschuwing: de herberekende score " + plan.score() + " wijkt af van " + ResultWriter.SAMENVATTING
                        + " (" + s + "); is de uitvoermap na het schrijven bewerkt?"));
        String reden = map.koppelingen().redenen().get(household);
        if (brief) {
            if (!List.of("nl", "en", "beide").contains(taal)) {
                throw new InputException(null, 0, null, null, "--taal " + taal + ": kies nl, en of beide");
            }
            Brief b = Brief.voor(map.context(), plan, household, reden);
            if (json) {
                out.print(ResultWriter.json(BriefJson.van(b, taal)));
            } else {
                out.print(switch (taal) {
                    case "nl" -> b.nederlands();
                    case "en" -> b.engels();
                    default -> b.beide();
                });
            }
            out.flush();
            return KansrijkCli.OK;
        }
        Uitleg u = Uitleg.legUit(map.context(),
                plan, household);
        if (json) {
            out.print(ResultWriter.json(new UitlegMetReden(UitlegJson.van(u), reden)));
        } else {
            out.print(AdviesTekst.tekst(u) + (reden == null ? "" : "Overrule door regievoerder, reden: " + reden + "\n"));
        }
        out.flush();
        return KansrijkCli.OK;
    }

    /** An explanation as {@code explain --json} prints it: with the regievoerder's reason when the plan overruled the advice. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record UitlegMetReden(@JsonUnwrapped UitlegJson uitleg, String overruleReden) {
    }
}
