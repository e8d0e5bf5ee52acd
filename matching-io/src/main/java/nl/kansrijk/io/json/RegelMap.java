package nl.kansrijk.io.json;

import java.util.LinkedHashMap;
import java.util.Map;

import nl.kansrijk.rules.Regel;

/** Points or counts per rule as a JSON object keyed by rule id, in the map's own (rule) order. */
public final class RegelMap {

    private RegelMap() {
    }

    /** The map keyed by rule id, in the same order. */
    public static <V> Map<String, V> van(Map<Regel, V> perRegel) {
        Map<String, V> out = new LinkedHashMap<>();
        perRegel.forEach((r, v) -> out.put(r.id(), v));
        return out;
    }
}
