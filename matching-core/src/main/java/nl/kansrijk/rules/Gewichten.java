package nl.kansrijk.rules;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.HardMediumSoftScore;

/**
 * The weight of every rule (gewichten), defaults as documented; a weight of 0 switches a rule off.
 * Immutable: {@link #met(Regel, long)} returns a copy.
 */
public final class Gewichten {

    /** All rules at their documented default weight. */
    public static final Gewichten STANDAARD = new Gewichten(new EnumMap<>(Regel.class));

    private final Map<Regel, Long> gewichten;

    private Gewichten(Map<Regel, Long> overrides) {
        EnumMap<Regel, Long> all = new EnumMap<>(Regel.class);
        for (Regel r : Regel.values()) {
            Long w = overrides.get(r);
            if (w != null && w < 0) {
                throw new IllegalArgumentException("weight of " + r.id() + " must be >= 0, is " + w);
            }
            all.put(r, w == null ? r.standaardGewicht() : w);
        }
        this.gewichten = Collections.unmodifiableMap(all);
    }

    /** Default weights with the given ones replaced. */
    public static Gewichten of(Map<Regel, Long> overrides) {
        return new Gewichten(overrides);
    }

    /** The weight of a rule. */
    public long get(Regel regel) {
        return gewichten.get(regel);
    }

    /** A copy with one weight changed. */
    public Gewichten met(Regel regel, long gewicht) {
        EnumMap<Regel, Long> copy = new EnumMap<>(gewichten);
        copy.put(regel, gewicht);
        return new Gewichten(copy);
    }

    /** Every rule's weight, in rule order. */
    public Map<Regel, Long> asMap() {
        return gewichten;
    }

    /** The weights as Timefold's constraint weight overrides, keyed by constraint id. */
    public ConstraintWeightOverrides<HardMediumSoftScore> toOverrides() {
        Map<String, HardMediumSoftScore> map = new HashMap<>();
        gewichten.forEach((r, w) -> map.put(r.id(), r.gewichtScore(w)));
        return ConstraintWeightOverrides.of(map);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Gewichten g && g.gewichten.equals(gewichten);
    }

    @Override
    public int hashCode() {
        return gewichten.hashCode();
    }

    @Override
    public String toString() {
        return gewichten.toString();
    }
}
