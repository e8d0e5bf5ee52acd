package nl.kansrijk.explain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.kansrijk.rules.Regel;

/**
 * The advice (advies) for one household against the current plan: the best gemeenten that break no hard rule,
 * best first, and for the others how many each hard rule excludes.
 *
 * @param huishoudenId the household
 * @param opties the top options, best first (at most the number asked for)
 * @param toegestaan how many gemeenten break no hard rule
 * @param gemeenten how many gemeenten there are in all
 * @param uitgesloten per hard rule, how many gemeenten it excludes (a gemeente may count under several rules;
 *        a full gemeente counts under {@link Regel#TAAKSTELLING}); rules excluding none are left out
 */
public record Advies(String huishoudenId, List<Optie> opties, int toegestaan, int gemeenten,
        Map<Regel, Integer> uitgesloten) {

    public Advies {
        opties = List.copyOf(opties);
        uitgesloten = Collections.unmodifiableMap(uitgesloten.isEmpty() ? new EnumMap<>(Regel.class) : new EnumMap<>(uitgesloten));
    }

    /** The best option, if any gemeente breaks no hard rule. */
    public Optional<Optie> beste() {
        return opties.isEmpty() ? Optional.empty() : Optional.of(opties.get(0));
    }
}
