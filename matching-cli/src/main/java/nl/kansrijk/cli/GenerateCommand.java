package nl.kansrijk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import nl.kansrijk.cli.output.ProblemCsvWriter;
import nl.kansrijk.demo.DemoDataGenerator;
import nl.kansrijk.demo.DemoSettings;
import nl.kansrijk.model.Huishouden;
import nl.kansrijk.model.MatchingProblem;
import nl.kansrijk.model.Taakstelling;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code kansrijk generate}: writes a synthetic but realistic input folder of any size, seeded and reproducible. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Writes a synthetic but realistic instance as an input folder: the 342 real gemeenten, "
                + "35 arbeidsmarktregio's, azc places and hospitals, with synthetic taakstellingen and households. "
                + "The same options always write identical files.")
public final class GenerateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--households", required = true, paramLabel = "N", description = "Number of households (about 2.3 persons each).")
    private int huishoudens;

    @Option(names = "--seed", defaultValue = "0", paramLabel = "S", description = "Random seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--periode", defaultValue = DemoSettings.STANDAARD_PERIODE, paramLabel = "YYYY-H1|YYYY-H2",
            description = "Half year of the taakstellingen and permit dates (default: ${DEFAULT-VALUE}).")
    private String periode;

    @Option(names = "--gekoppeld-fractie", defaultValue = "0", paramLabel = "F",
            description = "Share 0-1 of households, the earliest permits, that already have a koppeling (default: ${DEFAULT-VALUE}).")
    private double gekoppeldFractie;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write (replaced whole if it holds only input files).")
    private Path out;

    @Override
    public Integer call() {
        DemoSettings settings;
        try {
            settings = new DemoSettings(huishoudens, seed, periode, gekoppeldFractie);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        MatchingProblem problem = DemoDataGenerator.genereer(settings);
        ProblemCsvWriter.write(problem, out);
        long personen = problem.huishoudens().stream().mapToLong(Huishouden::personen).sum();
        long gekoppeld = problem.huishoudens().stream().filter(Huishouden::isGekoppeld).count();
        long taakstelling = problem.taakstellingen().stream().mapToLong(Taakstelling::taakstelling).sum();
        long capaciteit = problem.taakstellingen().stream().mapToLong(Taakstelling::capaciteit).sum();
        spec.commandLine().getOut().printf("%s: %d huishoudens (%d personen, %d gekoppeld), %d gemeenten, "
                        + "periode %s, taakstelling %d, capaciteit %d personen (seed %d)%n",
                out, problem.huishoudens().size(), personen, gekoppeld, problem.gemeenten().size(), settings.periode(),
                taakstelling, capaciteit, settings.seed());
        return KansrijkCli.OK;
    }
}
