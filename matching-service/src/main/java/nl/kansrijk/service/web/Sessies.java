package nl.kansrijk.service.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Logged-in browser sessions: a random id (the HttpOnly cookie) to the user and the session's CSRF token.
 * Sessions end after {@link #DUUR} or at logout; they live in memory, so a restart asks users to log in again.
 * Thread-safe.
 */
final class Sessies {

    static final Duration DUUR = Duration.ofHours(10);
    static final int MAX = 10_000;

    /** One session. */
    record Sessie(String gebruiker, String csrf, Instant verloopt) {
    }

    private final Map<String, Sessie> sessies = new ConcurrentHashMap<>();
    private final Clock klok;

    Sessies(Clock klok) {
        this.klok = klok;
    }

    /** A new session for the user; returns its id. */
    String nieuw(String gebruiker) {
        Instant nu = klok.instant();
        sessies.values().removeIf(s -> s.verloopt().isBefore(nu));
        if (sessies.size() >= MAX) {
            throw new IllegalStateException("te veel sessies");
        }
        String id = Gebruikers.geheim();
        sessies.put(id, new Sessie(gebruiker, Gebruikers.geheim(), nu.plus(DUUR)));
        return id;
    }

    Optional<Sessie> zoek(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Sessie s = sessies.get(id);
        if (s == null || s.verloopt().isBefore(klok.instant())) {
            return Optional.empty();
        }
        return Optional.of(s);
    }

    void beeindig(String id) {
        if (id != null) {
            sessies.remove(id);
        }
    }
}
