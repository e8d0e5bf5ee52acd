package nl.kansrijk.cli;

import java.io.PrintWriter;
import java.util.Locale;

import nl.kansrijk.solve.Voortgang;

/**
 * The progress line on stderr while solving: best score and elapsed time. On a terminal it rewrites one line;
 * otherwise it prints a line at most every five seconds.
 */
final class Progress {

    private final PrintWriter err;
    private final boolean quiet;
    private final boolean terminal = System.console() != null;
    private long lastPrintNanos;
    private Voortgang last;

    Progress(PrintWriter err, boolean quiet) {
        this.err = err;
        this.quiet = quiet;
    }

    synchronized void update(Voortgang v) {
        last = v;
        long now = System.nanoTime();
        long interval = terminal ? 200_000_000L : 5_000_000_000L;
        if (quiet || now - lastPrintNanos < interval) {
            return;
        }
        lastPrintNanos = now;
        print(v, false);
    }

    synchronized void done() {
        if (!quiet && last != null) {
            print(last, true);
        }
    }

    private void print(Voortgang v, boolean end) {
        String line = String.format(Locale.ROOT, "oplossen: beste score %s, %.1f s", v.besteScore(),
                v.verstreken().toMillis() / 1000.0);
        if (terminal) {
            err.print("\r" + line + (end ? "\n" : ""));
        } else {
            err.println(line);
        }
        err.flush();
    }
}
