package nl.kansrijk.solve;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import nl.kansrijk.rules.Regel;

/**
 * The immutable outcome of a solve or an evaluation: every household's koppeling with its contributions,
 * every gemeente's progress, the score and its total per rule.
 *
 * @param periode the period planned
 * @param koppelingen one per household, in input order
 * @param gemeenten one per gemeente, in input order
 * @param score the plan's score
 * @param totaalPerRegel signed weighted total per rule, in rule order (every rule present, 0 when it contributes nothing)
 * @param config the configuration used
 * @param rekentijd time spent solving (zero for an evaluation)
 */
public record MatchingResult(String periode, List<Koppeling> koppelingen, List<GemeenteResultaat> gemeenten,
        HardMediumSoftScore score, Map<Regel, Long> totaalPerRegel, MatchingConfig config, Duration rekentijd) {

    public MatchingResult {
        koppelingen = List.copyOf(koppelingen);
        gemeenten = List.copyOf(gemeenten);
        totaalPerRegel = java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(totaalPerRegel));
    }

    /** The koppeling of a household, if it is in the plan. */
    public Optional<Koppeling> koppeling(String huishoudenId) {
        return koppelingen.stream().filter(k -> k.huishoudenId().equals(huishoudenId)).findFirst();
    }

    /** Households not placed. */
    public List<Koppeling> nietGeplaatst() {
        return koppelingen.stream().filter(k -> !k.isGeplaatst()).toList();
    }

    /** Whether no hard rule is broken. */
    public boolean isHaalbaar() {
        return score.hardScore() == 0;
    }
}
