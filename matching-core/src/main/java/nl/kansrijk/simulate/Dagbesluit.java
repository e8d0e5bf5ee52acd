package nl.kansrijk.simulate;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * A policy's decision for one batch (dagbesluit): which households of the queue wait for a later batch, and the
 * gemeente code of each household linked today (absent or {@code null}: unplaced for good).
 *
 * @param wachtend ids of the households kept for a later batch
 * @param koppelingen gemeente code per household linked today
 */
public record Dagbesluit(Set<String> wachtend, Map<String, String> koppelingen) {

    public Dagbesluit {
        wachtend = Set.copyOf(wachtend);
        // a policy may map a household to null (unplaced), which Map.copyOf refuses
        koppelingen = Collections.unmodifiableMap(new HashMap<>(koppelingen));
    }
}
