package nl.kansrijk.simulate;

import java.util.Objects;

import nl.kansrijk.solve.MatchingConfig;

/**
 * How a simulation runs (simulatie-instellingen).
 *
 * @param config rules, weights, radii, tolerance and seed, the same for every policy and for hindsight
 *        (its termination is not used: every solve in a simulation has a move budget)
 * @param ritme weekly or daily batches
 * @param achterafBudget the search budget of the hindsight solve of all households at once
 */
public record SimulatieInstellingen(MatchingConfig config, Batchritme ritme, Zoekbudget achterafBudget) {

    public SimulatieInstellingen {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(ritme, "ritme");
        Objects.requireNonNull(achterafBudget, "achterafBudget");
    }
}
