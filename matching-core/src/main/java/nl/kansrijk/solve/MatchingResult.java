package nl.kansrijk.solve;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import nl.kansrijk.model.Bewijs;
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
 * @param bewijs what the solve proved: a bound of the soft score of every plan that leaves no more persons
 *               unplaced, whether the medium level and the whole plan are proven optimal; {@code null} when no solve
 *               computed one
 */
public record MatchingResult(String periode, List<Koppeling> koppelingen, List<GemeenteResultaat> gemeenten,
        HardMediumSoftScore score, Map<Regel, Long> totaalPerRegel, MatchingConfig config, Duration rekentijd,
        Bewijs bewijs) {

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

    /** A proven upper bound of the soft score of every plan that leaves no more persons unplaced, or {@code null}. */
    public Long bovengrens() {
        return bewijs == null ? null : bewijs.bovengrens();
    }

    /** Whether the plan is proven optimal (fewest unplaced persons, then the best soft score). */
    public boolean isBewezenOptimaal() {
        return bewijs != null && bewijs.optimaal();
    }

    /**
     * The soft score as a percentage of {@link #bovengrens()}: how close the plan is to the best possible (100 %
     * is proven optimal); empty without a bound, when the bound is not positive, or when the plan pays a
     * groepsgelijkheid term and the bound is the relaxation's without that rule ({@link Bewijs#RELAXATIE}: it stays a
     * valid bound, but a percentage of it says nothing about the plan: −1,380 % was printed on one region at weight
     * 1000); the exact path's bound and the group bound ({@link Bewijs#RELAXATIE_GROEPEN}) model it.
     */
    public Optional<Double> procentVanBovengrens() {
        Long grens = bovengrens();
        if (grens == null || grens <= 0) {
            return Optional.empty();
        }
        if (totaalPerRegel.getOrDefault(Regel.GROEPSGELIJKHEID, 0L) != 0 && Bewijs.RELAXATIE.equals(bewijs.methode())) {
            return Optional.empty();
        }
        return Optional.of(100.0 * score.softScore() / grens);
    }

    /** Whether no hard rule is broken. */
    public boolean isHaalbaar() {
        return score.hardScore() == 0;
    }
}
