package nl.kansrijk.service.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Throttling of logins, on the real clock: a user id is locked for one source address after {@link #MAX_PER_ID}
 * failures within {@link #VENSTER} (so nobody can lock out a user from elsewhere); a source address after
 * {@link #MAX_PER_ADRES} failures (so it cannot guess across ids); everyone after {@link #MAX_TOTAAL} failures
 * within a minute (so many addresses together cannot guess at speed). Memory is bounded: at most
 * {@link #MAX_BIJGEHOUDEN} keys per counter, expired ones evicted first, and a full table never forgets a lock
 * (new keys then count against the overall limit only). Thread-safe.
 */
final class Inlogpogingen {

    static final int MAX_PER_ID = 5;
    static final int MAX_PER_ADRES = 20;
    static final int MAX_TOTAAL = 100;
    static final Duration VENSTER = Duration.ofMinutes(15);
    static final Duration TOTAAL_VENSTER = Duration.ofMinutes(1);
    static final int MAX_BIJGEHOUDEN = 10_000;

    /** Why a login is refused before its password is checked, and for how many minutes. */
    record Blokkade(String reden, long minuten) {
    }

    private record Stand(int mislukt, Instant sinds) {
    }

    private final Map<String, Stand> perIdEnAdres = new ConcurrentHashMap<>();
    private final Map<String, Stand> perAdres = new ConcurrentHashMap<>();
    private final Map<String, Stand> totaal = new ConcurrentHashMap<>();
    private final Clock klok;

    Inlogpogingen(Clock klok) {
        this.klok = klok;
    }

    /** The block on this attempt, or null when it may go ahead. */
    Blokkade blokkade(String gebruiker, String adres) {
        Instant nu = klok.instant();
        long m = minuten(totaal.get(""), MAX_TOTAAL, TOTAAL_VENSTER, nu);
        if (m > 0) {
            return new Blokkade("totaal", m);
        }
        m = minuten(perAdres.get(adres), MAX_PER_ADRES, VENSTER, nu);
        if (m > 0) {
            return new Blokkade("adres", m);
        }
        m = minuten(perIdEnAdres.get(sleutel(gebruiker, adres)), MAX_PER_ID, VENSTER, nu);
        return m > 0 ? new Blokkade("gebruiker", m) : null;
    }

    private static long minuten(Stand s, int max, Duration venster, Instant nu) {
        if (s == null || !s.sinds().plus(venster).isAfter(nu) || s.mislukt() < max) {
            return 0;
        }
        return Math.max(1, Duration.between(nu, s.sinds().plus(venster)).toMinutes());
    }

    void mislukt(String gebruiker, String adres) {
        Instant nu = klok.instant();
        tel(totaal, "", TOTAAL_VENSTER, nu);
        tel(perAdres, adres, VENSTER, nu);
        tel(perIdEnAdres, sleutel(gebruiker, adres), VENSTER, nu);
    }

    void gelukt(String gebruiker, String adres) {
        perIdEnAdres.remove(sleutel(gebruiker, adres));
    }

    /** How many keys the per-id counter holds (for the test of its bound). */
    int bijgehouden() {
        return perIdEnAdres.size();
    }

    private static void tel(Map<String, Stand> tellers, String sleutel, Duration venster, Instant nu) {
        if (!tellers.containsKey(sleutel) && tellers.size() >= MAX_BIJGEHOUDEN) {
            tellers.values().removeIf(s -> !s.sinds().plus(venster).isAfter(nu));
            if (tellers.size() >= MAX_BIJGEHOUDEN) {
                return;
            }
        }
        tellers.compute(sleutel, (k, s) -> s == null || !s.sinds().plus(venster).isAfter(nu)
                ? new Stand(1, nu) : new Stand(s.mislukt() + 1, s.sinds()));
    }

    private static String sleutel(String gebruiker, String adres) {
        return gebruiker + "\n" + adres;
    }
}
