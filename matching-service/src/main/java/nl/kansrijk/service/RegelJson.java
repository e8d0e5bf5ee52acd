package nl.kansrijk.service;

import java.util.Locale;

import nl.kansrijk.rules.Regel;

/**
 * A rule as {@code GET /api/regels} lists it for the page: its id, its Dutch label and its level (hard, medium,
 * zacht), so that costs per rule are shown in words.
 */
public record RegelJson(String regel, String label, String niveau) {

    /** The JSON form of a rule. */
    public static RegelJson van(Regel r) {
        return new RegelJson(r.id(), r.label(), r.niveau().name().toLowerCase(Locale.ROOT));
    }
}
