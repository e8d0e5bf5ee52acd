package nl.kansrijk.service.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed logins per user id: after {@link #MAX} failures within {@link #VENSTER}, that user id is refused for the
 * rest of the window (429), so passwords cannot be guessed at speed. Thread-safe, bounded.
 */
final class Inlogpogingen {

    static final int MAX = 5;
    static final Duration VENSTER = Duration.ofMinutes(15);
    private static final int MAX_BIJGEHOUDEN = 10_000;

    private record Stand(int mislukt, Instant sinds) {
    }

    private final Map<String, Stand> perGebruiker = new ConcurrentHashMap<>();
    private final Clock klok;

    Inlogpogingen(Clock klok) {
        this.klok = klok;
    }

    /** Minutes until the user id may try again, or 0 when it may now. */
    long geblokkeerdMinuten(String gebruiker) {
        Stand s = perGebruiker.get(gebruiker);
        Instant nu = klok.instant();
        if (s == null || s.sinds().plus(VENSTER).isBefore(nu)) {
            return 0;
        }
        return s.mislukt() >= MAX ? Math.max(1, Duration.between(nu, s.sinds().plus(VENSTER)).toMinutes()) : 0;
    }

    void mislukt(String gebruiker) {
        Instant nu = klok.instant();
        if (perGebruiker.size() >= MAX_BIJGEHOUDEN) {
            perGebruiker.values().removeIf(s -> s.sinds().plus(VENSTER).isBefore(nu));
            if (perGebruiker.size() >= MAX_BIJGEHOUDEN) {
                perGebruiker.clear();
            }
        }
        perGebruiker.compute(gebruiker, (k, s) -> s == null || s.sinds().plus(VENSTER).isBefore(nu)
                ? new Stand(1, nu) : new Stand(s.mislukt() + 1, s.sinds()));
    }

    void gelukt(String gebruiker) {
        perGebruiker.remove(gebruiker);
    }
}
