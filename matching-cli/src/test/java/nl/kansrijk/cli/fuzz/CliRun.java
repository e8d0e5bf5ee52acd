package nl.kansrijk.cli.fuzz;

import java.io.PrintWriter;
import java.io.StringWriter;

import nl.kansrijk.cli.KansrijkCli;

/**
 * One in-process run of the {@code kansrijk} command line with its exit code and everything it printed.
 *
 * @param exit the exit code
 * @param out what went to standard output
 * @param err what went to standard error
 */
public record CliRun(int exit, String out, String err) {

    /** Runs {@code kansrijk args...} in this JVM. */
    public static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit;
        try (PrintWriter o = new PrintWriter(out, true); PrintWriter e = new PrintWriter(err, true)) {
            exit = KansrijkCli.run(args, o, e);
        }
        return new CliRun(exit, out.toString(), err.toString());
    }

    /** Standard output and error together. */
    public String all() {
        return out + err;
    }

    @Override
    public String toString() {
        return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
}
