package nl.kansrijk.service;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Times as a Dutch regievoerder reads them: Europe/Amsterdam, in the page, the answers and the exports. */
public final class Tijd {

    /** The werkbank's time zone. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter LEESBAAR = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm");

    private Tijd() {
    }

    /** ISO 8601 in local time with its offset ({@code 2026-01-12T11:14:03.120+01:00}): exact and readable. */
    public static String iso(OffsetDateTime t) {
        return t.atZoneSameInstant(ZONE).toOffsetDateTime().toString();
    }

    /** For a sentence: {@code 12-1-2026 11:14}. */
    public static String leesbaar(OffsetDateTime t) {
        return t.atZoneSameInstant(ZONE).format(LEESBAAR);
    }
}
