package nl.kansrijk.service;

import picocli.CommandLine.Command;
import picocli.CommandLine;

/** Test helper: a process running {@code serve} alone (the real root is matching-app's), for {@link HerstartTest}. */
@Command(name = "kansrijk", subcommands = ServeCommand.class)
final class WerkbankStart {

    public static void main(String[] args) {
        CommandLine cl = new CommandLine(new WerkbankStart());
        cl.setExecutionExceptionHandler((e, cmd, parse) -> ServeCommand.fout(e, cmd));
        int rc = cl.execute(args);
        if (rc != 0) {
            System.exit(rc);
        }
    }
}
