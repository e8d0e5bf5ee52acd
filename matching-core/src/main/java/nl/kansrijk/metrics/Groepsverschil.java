package nl.kansrijk.metrics;

import java.util.Map;

/**
 * Outcomes broken down by one grouping (groepsverschil) — household type, education level or an extra column —
 * with the largest gap between groups for each headline measure.
 *
 * @param indeling the grouping: {@code huishoudtype}, {@code opleidingsniveau} or {@code kenmerk:<column>}
 * @param perGroep quality per group value, sorted by group
 * @param grootsteVerschil per measure name, the largest difference (max − min) between groups where it applies
 */
public record Groepsverschil(String indeling, Map<String, Kwaliteit> perGroep, Map<String, Double> grootsteVerschil) {
}
