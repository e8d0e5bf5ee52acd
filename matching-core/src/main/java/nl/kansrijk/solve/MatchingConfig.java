package nl.kansrijk.solve;

import java.util.Objects;

import nl.kansrijk.model.Stralen;
import nl.kansrijk.rules.Gewichten;
import nl.kansrijk.rules.Regel;

/**
 * Everything that steers a solve besides the problem: rule weights, radii, taakstelling tolerance,
 * termination and random seed. Immutable; the {@code with…} methods return changed copies.
 *
 * @param gewichten weight per rule (0 switches a rule off)
 * @param stralen radii of the distance rules in km
 * @param tolerantie persons a gemeente may take beyond its capacity (default 0)
 * @param beeindiging when the solver stops
 * @param seed random seed: same input, configuration and seed give the same result
 */
public record MatchingConfig(Gewichten gewichten, Stralen stralen, int tolerantie, Beeindiging beeindiging, long seed) {

    /** The documented defaults. */
    public static final MatchingConfig STANDAARD =
            new MatchingConfig(Gewichten.STANDAARD, Stralen.STANDAARD, 0, Beeindiging.STANDAARD, 0L);

    public MatchingConfig {
        Objects.requireNonNull(gewichten, "gewichten");
        Objects.requireNonNull(stralen, "stralen");
        Objects.requireNonNull(beeindiging, "beeindiging");
        if (tolerantie < 0) {
            throw new IllegalArgumentException("tolerance must be >= 0 persons");
        }
    }

    public MatchingConfig withGewichten(Gewichten g) {
        return new MatchingConfig(g, stralen, tolerantie, beeindiging, seed);
    }

    public MatchingConfig withGewicht(Regel regel, long gewicht) {
        return withGewichten(gewichten.met(regel, gewicht));
    }

    public MatchingConfig withStralen(Stralen s) {
        return new MatchingConfig(gewichten, s, tolerantie, beeindiging, seed);
    }

    public MatchingConfig withTolerantie(int t) {
        return new MatchingConfig(gewichten, stralen, t, beeindiging, seed);
    }

    public MatchingConfig withBeeindiging(Beeindiging b) {
        return new MatchingConfig(gewichten, stralen, tolerantie, b, seed);
    }

    public MatchingConfig withSeed(long s) {
        return new MatchingConfig(gewichten, stralen, tolerantie, beeindiging, s);
    }
}
