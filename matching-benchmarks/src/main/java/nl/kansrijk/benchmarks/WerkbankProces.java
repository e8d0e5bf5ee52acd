package nl.kansrijk.benchmarks;

import nl.kansrijk.service.ServeCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code kansrijk serve} alone, as its own process, for {@link WerkbankHerstart} (the real root command is matching-app's,
 * which the benchmarks do not depend on).
 */
@Command(name = "kansrijk", subcommands = ServeCommand.class)
public final class WerkbankProces {

    private WerkbankProces() {
    }

    public static void main(String[] args) {
        CommandLine cl = new CommandLine(new WerkbankProces());
        cl.setExecutionExceptionHandler((e, cmd, parse) -> ServeCommand.fout(e, cmd));
        int rc = cl.execute(args);
        if (rc != 0) {
            System.exit(rc);
        }
    }
}
