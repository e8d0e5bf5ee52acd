package nl.kansrijk.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import nl.kansrijk.demo.Aankomst;
import nl.kansrijk.demo.DemoDataGenerator;
import nl.kansrijk.demo.DemoSettings;
import nl.kansrijk.demo.Gebied;
import nl.kansrijk.demo.WoningGenerator;
import nl.kansrijk.demo.Woningvorm;
import nl.kansrijk.io.output.ProblemCsvWriter;
import nl.kansrijk.model.Huishouden;
import nl.kansrijk.model.MatchingProblem;
import nl.kansrijk.model.Taakstelling;
import nl.kansrijk.model.Woning;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code kansrijk generate}: writes a synthetic but realistic input folder of any size, seeded and reproducible. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Writes a synthetic but realistic instance as an input folder: the 342 real gemeenten, "
                + "35 arbeidsmarktregio's, azc places and hospitals, with synthetic taakstellingen and households. "
                + "The shape options choose an area, the spare room, unplaceable households and how permits arrive; "
                + "left out, they give the original instance. The same options always write identical files.")
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

    @Option(names = "--gebied", defaultValue = "land", paramLabel = "land|provincie:NAAM|regio:GMxxxx:N|gemeenten:GMxxxx,GMyyyy",
            description = "The gemeenten of the instance: the whole country, one province, the N gemeenten nearest "
                    + "to one gemeente, or a list of gemeenten (default: ${DEFAULT-VALUE}).")
    private String gebied;

    @Option(names = "--ruimte", paramLabel = "F",
            description = "Spare room 0-0.12: total capacity = persons x (1 + F) (default: the generator's own, "
                    + "taakstelling 3-5%% above the persons plus net arrears).")
    private Double ruimte;

    @Option(names = "--aangekondigd", defaultValue = "0.85", paramLabel = "F",
            description = "Share 0-1 of nareizigers announced before their permit (default: ${DEFAULT-VALUE}).")
    private double aangekondigd;

    @Option(names = "--onplaatsbaar", defaultValue = "0", paramLabel = "F",
            description = "Share 0-0.2 of households (not pinned) that no gemeente can take under the hard rules "
                    + "(default: ${DEFAULT-VALUE}).")
    private double onplaatsbaar;

    @Option(names = "--aankomst", defaultValue = "even", paramLabel = "even|golven|laat",
            description = "How permit dates spread over the half year: evenly, in 2-3 waves, or late-heavy "
                    + "(default: ${DEFAULT-VALUE}).")
    private String aankomst;

    @Option(names = "--voorkeur", defaultValue = "0.2", paramLabel = "F",
            description = "Share 0-1 of households with preferred gemeenten (default: ${DEFAULT-VALUE}).")
    private double voorkeur;

    @Option(names = "--woningen", paramLabel = "AANBOD-MIX-VRIJKOMEN",
            description = "Also write a synthetic woningen.csv in this supply shape: schaars|krap|ruim (0.6, 0.85, 1.15 "
                    + "dwellings per household), klein|gemengd|gezin (mostly small flats, mixed, mostly family homes), "
                    + "vroeg|even|laat (when they come free), for example schaars-gezin-laat (default: no dwellings).")
    private String woningen;

    @Option(names = "--geslacht-volwassenen", description = "Also write personen.csv with the sex of every adult (for "
            + "groepsgelijkheid.kolom geslacht_volwassenen); the other files stay exactly as without it.")
    private boolean geslachtVolwassenen;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write (replaced whole if it holds only input files).")
    private Path out;

    @Override
    public Integer call() {
        DemoSettings settings;
        Woningvorm woningvorm;
        try {
            settings = new DemoSettings(huishoudens, seed, periode, gekoppeldFractie, Gebied.parse(gebied), ruimte,
                    aangekondigd, onplaatsbaar, Aankomst.parse(aankomst), voorkeur);
            woningvorm = woningen == null ? null : Woningvorm.parse(woningen);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        MatchingProblem problem = DemoDataGenerator.genereer(settings);
        if (geslachtVolwassenen) {
            problem = nl.kansrijk.demo.GeslachtVolwassenen.van(problem, settings.seed());
        }
        List<Woning> aanbod = woningvorm == null ? List.of() : WoningGenerator.genereer(problem, woningvorm, settings.seed());
        ProblemCsvWriter.write(problem, aanbod, out);
        long personen = problem.huishoudens().stream().mapToLong(Huishouden::personen).sum();
        long gekoppeld = problem.huishoudens().stream().filter(Huishouden::isGekoppeld).count();
        long taakstelling = problem.taakstellingen().stream().mapToLong(Taakstelling::taakstelling).sum();
        long capaciteit = problem.taakstellingen().stream().mapToLong(Taakstelling::capaciteit).sum();
        spec.commandLine().getOut().printf("%s: %d huishoudens (%d personen, %d gekoppeld), %d gemeenten, "
                        + "periode %s, taakstelling %d, capaciteit %d personen (seed %d)%n",
                out, problem.huishoudens().size(), personen, gekoppeld, problem.gemeenten().size(), settings.periode(),
                taakstelling, capaciteit, settings.seed());
        if (woningvorm != null) {
            spec.commandLine().getOut().printf("%s: %d woningen (synthetisch, %s)%n", out, aanbod.size(), woningvorm);
        }
        return KansrijkCli.OK;
    }
}
