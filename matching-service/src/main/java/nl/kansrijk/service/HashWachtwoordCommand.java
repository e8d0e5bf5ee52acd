package nl.kansrijk.service;

import java.io.Console;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

import nl.kansrijk.service.web.Gebruikers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code kansrijk hash-wachtwoord}: reads a password (from the console, or one line of standard input) and prints its hash. */
@Command(name = "hash-wachtwoord", mixinStandardHelpOptions = true,
        description = "Prints a salted PBKDF2 hash of a password for the users file (reads it without echo, or from stdin).")
public final class HashWachtwoordCommand implements Callable<Integer> {

    /** Shortest password (OWASP ASVS 2.1.1). */
    static final int MIN = 12;
    /** Longest password (ASVS 2.1.2 asks at least 64 to be allowed; the login refuses over 1024). */
    static final int MAX = 128;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Console console = System.console();
        char[] ww;
        if (console != null) {
            ww = console.readPassword("wachtwoord: ");
        } else {
            String regel = new String(System.in.readAllBytes(), StandardCharsets.UTF_8).lines().findFirst().orElse("");
            ww = regel.toCharArray();
        }
        if (ww == null || ww.length < MIN || ww.length > MAX) {
            spec.commandLine().getErr().println("een wachtwoord heeft minstens " + MIN + " en hoogstens " + MAX + " tekens");
            return 2;
        }
        spec.commandLine().getOut().println(Gebruikers.hash(ww));
        return 0;
    }
}
