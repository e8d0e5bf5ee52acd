package nl.kansrijk.service.web;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import nl.kansrijk.service.Fout;

/**
 * At most as many password hashes at once as there are processors, so a crowd of login requests cannot take the
 * CPU from the werkbank (PBKDF2 at 600,000 iterations costs a core for a noticeable time). A request that finds no
 * free slot within {@link #WACHT_MS} gets 503.
 */
final class Hashbegrenzing {

    static final long WACHT_MS = 3_000;

    private final Semaphore vrij;

    Hashbegrenzing(int tegelijk) {
        this.vrij = new Semaphore(Math.max(1, tegelijk), true);
    }

    <T> T met(Supplier<T> werk) {
        boolean gekregen = false;
        try {
            gekregen = vrij.tryAcquire(WACHT_MS, TimeUnit.MILLISECONDS);
            if (!gekregen) {
                throw new Fout(503, null, "de server is te druk met inloggen; probeer het over een paar seconden opnieuw");
            }
            return werk.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Fout(503, null, "inloggen onderbroken; probeer het opnieuw");
        } finally {
            if (gekregen) {
                vrij.release();
            }
        }
    }

    /** Free slots now (for tests). */
    int vrij() {
        return vrij.availablePermits();
    }
}
