package nl.kansrijk.simulate;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

import nl.kansrijk.model.Huishouden;

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

    /**
     * The decision in which the households {@code wacht} of the queue wait and the others are linked by
     * {@code koppel}, given today's state with the waiting ones known ({@link SimulatieStand#metWachtend}) and the
     * households to link, in queue order; {@code koppel} is not called when nobody is left to link.
     */
    static Dagbesluit van(SimulatieStand stand, List<Huishouden> wachtrij, Set<String> wacht,
            BiFunction<SimulatieStand, List<Huishouden>, Map<String, String>> koppel) {
        List<Huishouden> nu = wachtrij.stream().filter(h -> !wacht.contains(h.id())).toList();
        List<Huishouden> wachtend = wachtrij.stream().filter(h -> wacht.contains(h.id())).toList();
        SimulatieStand vandaag = wachtend.isEmpty() ? stand : stand.metWachtend(wachtend);
        return new Dagbesluit(wacht, nu.isEmpty() ? Map.of() : koppel.apply(vandaag, nu));
    }
}
