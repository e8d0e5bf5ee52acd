package nl.kansrijk.cli;

import java.io.PrintWriter;

import nl.kansrijk.io.InputException;
import nl.kansrijk.model.InvalidProblemException;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/**
 * The {@code kansrijk} command. Exit codes: 0 success, 2 bad input, 1 internal error.
 * Bad input is reported as one clear message per problem, never as a stack trace.
 */
@Command(name = "kansrijk", mixinStandardHelpOptions = true, versionProvider = KansrijkCli.Version.class,
        description = "Kansrijke koppeling: links households of permit holders to gemeenten within their taakstelling.",
        subcommands = {CommandLine.HelpCommand.class, SolveCommand.class, ValidateCommand.class, GenerateCommand.class,
                AdviseCommand.class, VoorstelCommand.class, EvaluateCommand.class, ExplainCommand.class,
                SweepCommand.class, SweepMergeCommand.class, SimulateCommand.class})
public final class KansrijkCli {

    /** Exit code for success. */
    public static final int OK = 0;
    /** Exit code for an internal error. */
    public static final int INTERNAL_ERROR = 1;
    /** Exit code for bad input. */
    public static final int BAD_INPUT = 2;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line and returns the exit code (for tests and embedding). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(commandLine(), args, out, err);
    }

    /** Runs a configured command line (this one, or the app's with {@code serve} added) and returns the exit code. */
    public static int run(CommandLine cl, String[] args, PrintWriter out, PrintWriter err) {
        cl.setOut(out);
        cl.setErr(err);
        return cl.execute(args);
    }

    /** The configured command line with every subcommand and the exit-code mapping. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new KansrijkCli());
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            if (ex instanceof InputException || ex instanceof InvalidProblemException) {
                err.println("fout: " + ex.getMessage());
                return BAD_INPUT;
            }
            err.println("interne fout: " + ex.getClass().getSimpleName()
                    + (ex.getMessage() == null ? "" : ": " + ex.getMessage()));
            if (System.getenv("KANSRIJK_DEBUG") != null) {
                ex.printStackTrace(err);
            }
            return INTERNAL_ERROR;
        });
        cl.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("fout: " + ex.getMessage());
            ex.getCommandLine().usage(err);
            return BAD_INPUT;
        });
        return cl;
    }

    /** Reports the version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"kansrijk " + version()};
        }
    }

    /** The engine version from the jar manifest, or "dev" when run from classes. */
    public static String version() {
        String v = KansrijkCli.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
