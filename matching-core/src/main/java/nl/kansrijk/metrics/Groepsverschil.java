package nl.kansrijk.metrics;

import java.util.Map;

/**
 * Outcomes broken down by one grouping (groepsverschil) — household type, education level or an extra column —
 * with the largest gap between groups for each headline measure. Groups too small to show (privacy) are listed
 * in {@code onderdrukt} without any measure and take no part in the gaps.
 *
 * @param indeling the grouping: {@code huishoudtype}, {@code opleidingsniveau} or {@code kenmerk:<column>}
 * @param perGroep quality per shown group value, sorted by group
 * @param grootsteVerschil per measure name, the largest difference (max − min) between shown groups where it applies
 * @param onderdrukt per suppressed group value, sorted, the count as it may be shown: {@code "< 10"} for a group
 *        of fewer than the threshold, {@code "≥ 10"} for a larger group suppressed as well so that the small ones
 *        cannot be computed from the totals
 */
public record Groepsverschil(String indeling, Map<String, Kwaliteit> perGroep, Map<String, Double> grootsteVerschil,
        Map<String, String> onderdrukt) {

    public Groepsverschil {
        onderdrukt = onderdrukt == null ? Map.of() : onderdrukt;
    }
}
