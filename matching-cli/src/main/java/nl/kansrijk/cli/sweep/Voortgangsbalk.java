package nl.kansrijk.cli.sweep;

import java.io.PrintWriter;

/**
 * The progress bar on standard error: runs done of all, elapsed time and an estimate of the time left. On a terminal
 * it rewrites one line; otherwise (a batch job's log) it prints one line per finished run.
 */
public final class Voortgangsbalk {

    private static final int BREEDTE = 30;

    private final PrintWriter err;
    private final int totaal;
    private final long start = System.nanoTime();
    private final boolean terminal = System.console() != null;
    private int klaar;

    public Voortgangsbalk(PrintWriter err, int totaal) {
        this.err = err;
        this.totaal = totaal;
    }

    /** Draws the bar before the first run finishes. */
    synchronized void begin() {
        if (terminal) {
            teken();
        }
    }

    /** Records one finished run and redraws. */
    synchronized void stap() {
        klaar++;
        teken();
        if (terminal && klaar == totaal) {
            err.println();
        }
    }

    private void teken() {
        int vol = totaal == 0 ? BREEDTE : klaar * BREEDTE / totaal;
        long verstreken = (System.nanoTime() - start) / 1_000_000_000L;
        String rest = klaar == 0 ? "?" : tijd(verstreken * (totaal - klaar) / klaar);
        String regel = "[" + "#".repeat(vol) + "-".repeat(BREEDTE - vol) + "] " + klaar + "/" + totaal + " runs, "
                + tijd(verstreken) + " verstreken, nog ~" + rest;
        if (terminal) {
            err.print("\r" + regel + "   ");
        } else {
            err.println(regel);
        }
        err.flush();
    }

    private static String tijd(long s) {
        return String.format("%d:%02d", s / 60, s % 60);
    }
}
