package nl.kansrijk.service.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Logged-in browser sessions: a random id (the HttpOnly cookie) to the account and the session's CSRF token.
 * A session ends after {@link #INACTIEF} without a request, after {@link #DUUR} whatever happens, or at logout;
 * they live in memory, so a restart asks users to log in again. The clock is the real one, whatever
 * {@code --datum} says. Thread-safe.
 */
final class Sessies {

    /** Idle timeout. */
    static final Duration INACTIEF = Duration.ofMinutes(30);
    /** Absolute timeout (a working day). */
    static final Duration DUUR = Duration.ofHours(8);
    static final int MAX = 10_000;

    /** One session: its account, CSRF token, start and last use. */
    record Sessie(Account account, String csrf, Instant begin, Instant laatst) {

        String gebruiker() {
            return account.id();
        }

        boolean verlopen(Instant nu) {
            return !nu.isBefore(begin.plus(DUUR)) || !nu.isBefore(laatst.plus(INACTIEF));
        }
    }

    private final Map<String, Sessie> sessies = new ConcurrentHashMap<>();
    private final Clock klok;

    Sessies(Clock klok) {
        this.klok = klok;
    }

    /** A new session for the account; returns its id. */
    String nieuw(Account account) {
        Instant nu = klok.instant();
        sessies.values().removeIf(s -> s.verlopen(nu));
        if (sessies.size() >= MAX) {
            throw new IllegalStateException("te veel sessies");
        }
        String id = Gebruikers.geheim();
        sessies.put(id, new Sessie(account, Gebruikers.geheim(), nu, nu));
        return id;
    }

    /** The session of a cookie value, its last use set to now; empty when unknown or expired (then removed). */
    Optional<Sessie> zoek(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Instant nu = klok.instant();
        Sessie s = sessies.computeIfPresent(id, (k, v) -> v.verlopen(nu) ? null : new Sessie(v.account(), v.csrf(), v.begin(), nu));
        return Optional.ofNullable(s);
    }

    void beeindig(String id) {
        if (id != null) {
            sessies.remove(id);
        }
    }
}
