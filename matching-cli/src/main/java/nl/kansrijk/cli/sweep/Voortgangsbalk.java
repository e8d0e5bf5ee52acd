package nl.kansrijk.cli.sweep;

import java.io.PrintWriter;

/** A one-line progress bar on standard error: runs done of all, elapsed time and an estimate of the time left. */
final class Voortgangsbalk {

    private static final int BREEDTE = 30;

    private final PrintWriter err;
    private final int totaal;
    private final long start = System.nanoTime();
    private int klaar;

    Voortgangsbalk(PrintWriter err, int totaal) {
        this.err = err;
        this.totaal = totaal;
    }

    /** Draws the bar before the first run finishes. */
    synchronized void begin() {
        teken();
    }

    /** Records one finished run and redraws. */
    synchronized void stap() {
        klaar++;
        teken();
        if (klaar == totaal) {
            err.println();
        }
    }

    private void teken() {
        int vol = totaal == 0 ? BREEDTE : klaar * BREEDTE / totaal;
        long verstreken = (System.nanoTime() - start) / 1_000_000_000L;
        String rest = klaar == 0 ? "?" : tijd(verstreken * (totaal - klaar) / klaar);
        err.print("\r[" + "#".repeat(vol) + "-".repeat(BREEDTE - vol) + "] " + klaar + "/" + totaal + " runs, "
                + tijd(verstreken) + " verstreken, nog ~" + rest + "   ");
        err.flush();
    }

    private static String tijd(long s) {
        return String.format("%d:%02d", s / 60, s % 60);
    }
}
