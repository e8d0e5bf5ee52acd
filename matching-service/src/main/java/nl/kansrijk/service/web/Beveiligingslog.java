package nl.kansrijk.service.web;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The security event log (logger {@code kansrijk.beveiliging}): logins, failures, locks, throttling, refusals (401,
 * 403), uploads, exports and the hash chain's checks, one line each. Without personal data: user ids and source
 * addresses appear only as a keyed hash (HMAC-SHA256 with a key made at start, 12 hex digits), so lines of one
 * run can be correlated but not traced back to a person; reasons, household ids and passwords never appear.
 * The last {@link #BEWAARD} lines are also kept in memory for tests. Thread-safe.
 */
public final class Beveiligingslog {

    static final int BEWAARD = 1_000;
    private static final Logger LOG = LoggerFactory.getLogger("kansrijk.beveiliging");

    private final byte[] sleutel = Gebruikers.geheim().getBytes(StandardCharsets.US_ASCII);
    private final Deque<String> laatste = new ArrayDeque<>();
    private final Clock klok;

    /** @param klok the real clock (whatever {@code --datum} says): every line starts with its time */
    public Beveiligingslog(Clock klok) {
        this.klok = klok;
    }

    /** Logs an event: its kind, the hashed account and address (either may be null) and details without personal data. */
    public void meld(String soort, String gebruiker, String adres, String details) {
        String regel = "gebeurtenis=" + soort + " gebruiker=" + pseudoniem(gebruiker) + " adres=" + pseudoniem(adres)
                + (details == null || details.isEmpty() ? "" : " " + details);
        LOG.info("tijd={} {}", klok.instant(), regel);
        synchronized (laatste) {
            if (laatste.size() >= BEWAARD) {
                laatste.removeFirst();
            }
            laatste.addLast(regel);
        }
    }

    /** The last lines logged, oldest first. */
    public List<String> laatste() {
        synchronized (laatste) {
            return List.copyOf(laatste);
        }
    }

    /** The keyed hash of an id or address as it is logged; "-" for none. */
    public String pseudoniem(String waarde) {
        if (waarde == null || waarde.isEmpty()) {
            return "-";
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(sleutel, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(waarde.getBytes(StandardCharsets.UTF_8))).substring(0, 12);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
