package nl.kansrijk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import nl.kansrijk.io.InputException;
import nl.kansrijk.io.input.ConfigReader;
import nl.kansrijk.io.input.InputFile;
import nl.kansrijk.io.input.InputFolder;
import nl.kansrijk.io.input.InputProblemsException;
import nl.kansrijk.io.input.ProblemReader;
import nl.kansrijk.io.input.ReadOptions;
import nl.kansrijk.model.Bestemming;
import nl.kansrijk.model.Huishouden;
import nl.kansrijk.solve.MatchingConfig;
import nl.kansrijk.solve.PlanContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kansrijk validate DIR}: checks an input folder and its configuration without solving, prints every
 * problem (exit 2) or a short summary with feasibility warnings (exit 0).
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks an input folder as the solver would, and reports every problem at once.",
                "Also warns, without solving, about households no gemeente can take and gemeenten overfilled by "
                        + "pinned and nareiziger households.",
                "Exit code 0 when the input is valid (warnings allowed), 2 when it has problems."})
public final class ValidateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "Folder with the input tables (CSV files or .xlsx workbooks, see docs/input-format.md).")
    private Path dir;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Configuration file (JSON); default: config.json in DIR when present.")
    private Path config;

    @Option(names = "--allow-bsn", description = "Accept values that look like a BSN (nine digits passing the elfproef).")
    private boolean allowBsn;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<InputException> problems = new ArrayList<>();
        InputFolder folder = null;
        try {
            folder = ProblemReader.read(dir, new ReadOptions(allowBsn));
        } catch (InputException e) {
            problems.addAll(InputProblemsException.problemsOf(e));
        }
        MatchingConfig matchingConfig = MatchingConfig.STANDAARD;
        Optional<Path> configFile = config != null ? Optional.of(config)
                : folder != null ? folder.configFile().map(InputFile::path) : existing(dir.resolve(ProblemReader.CONFIG_FILE));
        if (configFile.isPresent()) {
            try {
                matchingConfig = ConfigReader.read(configFile.get());
            } catch (InputException e) {
                problems.addAll(InputProblemsException.problemsOf(e));
            }
        }
        if (!problems.isEmpty()) {
            problems.forEach(p -> out.println(p.getMessage()));
            spec.commandLine().getErr().println(problems.size() == 1 ? "1 probleem gevonden" : problems.size() + " problemen gevonden");
            return KansrijkCli.BAD_INPUT;
        }
        folder.warnings().forEach(w -> out.println("waarschuwing: " + w));
        PlanContext context = PlanContext.of(folder.problem(), matchingConfig);
        Haalbaarheid.diagnose(context).forEach(d -> out.println("waarschuwing: " + d));
        long personen = folder.problem().huishoudens().stream().mapToLong(Huishouden::personen).sum();
        long capaciteit = context.bestemmingen().stream().mapToLong(Bestemming::capaciteit).map(c -> Math.max(0, c)).sum();
        out.println("OK: " + folder.problem().gemeenten().size() + " gemeenten, " + folder.problem().huishoudens().size()
                + " huishoudens, " + personen + " personen, totale capaciteit " + capaciteit + " personen ("
                + context.periode() + ")");
        return KansrijkCli.OK;
    }

    private static Optional<Path> existing(Path p) {
        return java.nio.file.Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
    }
}
