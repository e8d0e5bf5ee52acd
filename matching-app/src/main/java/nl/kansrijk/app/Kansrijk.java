package nl.kansrijk.app;

import java.io.PrintWriter;
import java.util.Set;

import nl.kansrijk.cli.KansrijkCli;
import nl.kansrijk.service.HashWachtwoordCommand;
import nl.kansrijk.service.ServeCommand;
import picocli.CommandLine;

/**
 * The one {@code kansrijk} command: the root of matching-cli with every batch command, plus the werkbank's
 * {@code serve} and {@code hash-wachtwoord}. The main class of the runnable jar that {@code ./kansrijk} starts.
 */
public final class Kansrijk {

    /** The werkbank's commands, whose failures the werkbank reports in its own words. */
    private static final Set<String> WERKBANK = Set.of("serve", "hash-wachtwoord");

    private Kansrijk() {
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs {@code kansrijk args...} and returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return KansrijkCli.run(commandLine(), args, out, err);
    }

    /** The command line of {@link KansrijkCli#commandLine()} with {@code serve} and {@code hash-wachtwoord} added. */
    public static CommandLine commandLine() {
        CommandLine cl = KansrijkCli.commandLine();
        cl.addSubcommand(new ServeCommand());
        cl.addSubcommand(new HashWachtwoordCommand());
        CommandLine.IExecutionExceptionHandler batch = cl.getExecutionExceptionHandler();
        cl.setExecutionExceptionHandler((e, cmd, parse) -> WERKBANK.contains(cmd.getCommandName())
                ? ServeCommand.fout(e, cmd) : batch.handleExecutionException(e, cmd, parse));
        return cl;
    }
}
