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
 * @param informatiewaarde with scarcity: what knowing which sampled future comes true would gain the choice, in soft
 *        points ({@link Schaarste#informatiewaarde}; the price policy's {@code --price-wait-gain} waits on it);
 *        {@code null} without sampled plans
 * @param steekproeven the sampled futures it is over (0 without)
 */
public record Advies(String huishoudenId, List<Optie> opties, int toegestaan, int gemeenten,
        Map<Regel, Integer> uitgesloten, Double informatiewaarde, int steekproeven) {

    /** Without scarcity. */
    public Advies(String huishoudenId, List<Optie> opties, int toegestaan, int gemeenten, Map<Regel, Integer> uitgesloten) {
        this(huishoudenId, opties, toegestaan, gemeenten, uitgesloten, null, 0);
    }

    /**
     * The line on waiting in Dutch, e.g. {@code wachten: de 3 steekproefplannen zijn het oneens over de beste
     * gemeente; weten wie later binnenkomt levert de keuze naar verwachting 420 punten op}, or {@code null} without
     * sampled plans.
     */
    public String wachtTekst() {
        if (informatiewaarde == null) {
            return null;
        }
        long punten = Math.round(informatiewaarde);
        return punten <= 0
                ? "wachten: de " + steekproeven + " steekproefplannen zijn het eens over de beste gemeente; wachten op "
                        + "wie later binnenkomt verandert de keuze naar verwachting niet"
                : "wachten: de " + steekproeven + " steekproefplannen zijn het oneens over de beste gemeente; weten wie "
                        + "later binnenkomt levert de keuze naar verwachting " + punten + (punten == 1 ? " punt" : " punten") + " op";
    }

    public Advies {
        opties = List.copyOf(opties);
        uitgesloten = Collections.unmodifiableMap(uitgesloten.isEmpty() ? new EnumMap<>(Regel.class) : new EnumMap<>(uitgesloten));
    }

    /** The best option, if any gemeente breaks no hard rule. */
    public Optional<Optie> beste() {
        return opties.isEmpty() ? Optional.empty() : Optional.of(opties.get(0));
    }
}
