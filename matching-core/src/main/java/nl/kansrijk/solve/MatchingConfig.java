package nl.kansrijk.solve;

import java.util.Objects;

import nl.kansrijk.model.Groepsindeling;
import nl.kansrijk.model.Stralen;
import nl.kansrijk.rules.Gewichten;
import nl.kansrijk.rules.Regel;

/**
 * Everything that steers a solve besides the problem: rule weights, radii, taakstelling tolerance,
 * termination, random seed, the grouping of the groepsgelijkheid rule and the privacy threshold of the group metrics. Immutable; the {@code with…} methods return changed copies.
 *
 * @param gewichten weight per rule (0 switches a rule off)
 * @param stralen radii of the distance rules in km
 * @param tolerantie persons a gemeente may take beyond its capacity (default 0)
 * @param beeindiging when the solver stops
 * @param seed random seed: same input, configuration and seed give the same result
 * @param groepsindeling the grouping the groepsgelijkheid rule compares (default: huishoudtype)
 * @param minGroepsgrootte groups of fewer households are reported without measures (privacy; default 10)
 */
public record MatchingConfig(Gewichten gewichten, Stralen stralen, int tolerantie, Beeindiging beeindiging, long seed,
        Groepsindeling groepsindeling, int minGroepsgrootte) {

    /** The default smallest group whose measures are reported. */
    public static final int STANDAARD_MIN_GROEPSGROOTTE = 10;

    /** The documented defaults. */
    public static final MatchingConfig STANDAARD =
            new MatchingConfig(Gewichten.STANDAARD, Stralen.STANDAARD, 0, Beeindiging.STANDAARD, 0L);

    public MatchingConfig {
        Objects.requireNonNull(gewichten, "gewichten");
        Objects.requireNonNull(stralen, "stralen");
        Objects.requireNonNull(beeindiging, "beeindiging");
        Objects.requireNonNull(groepsindeling, "groepsindeling");
        if (tolerantie < 0) {
            throw new IllegalArgumentException("tolerance must be >= 0 persons");
        }
        if (minGroepsgrootte < 1) {
            throw new IllegalArgumentException("smallest reported group must be >= 1 household");
        }
    }

    /** A configuration with the default grouping and privacy threshold. */
    public MatchingConfig(Gewichten gewichten, Stralen stralen, int tolerantie, Beeindiging beeindiging, long seed) {
        this(gewichten, stralen, tolerantie, beeindiging, seed, Groepsindeling.STANDAARD, STANDAARD_MIN_GROEPSGROOTTE);
    }

    public MatchingConfig withGroepsindeling(Groepsindeling g) {
        return new MatchingConfig(gewichten, stralen, tolerantie, beeindiging, seed, g, minGroepsgrootte);
    }

    public MatchingConfig withMinGroepsgrootte(int n) {
        return new MatchingConfig(gewichten, stralen, tolerantie, beeindiging, seed, groepsindeling, n);
    }

    public MatchingConfig withGewichten(Gewichten g) {
        return new MatchingConfig(g, stralen, tolerantie, beeindiging, seed, groepsindeling, minGroepsgrootte);
    }

    public MatchingConfig withGewicht(Regel regel, long gewicht) {
        return withGewichten(gewichten.met(regel, gewicht));
    }

    public MatchingConfig withStralen(Stralen s) {
        return new MatchingConfig(gewichten, s, tolerantie, beeindiging, seed, groepsindeling, minGroepsgrootte);
    }

    public MatchingConfig withTolerantie(int t) {
        return new MatchingConfig(gewichten, stralen, t, beeindiging, seed, groepsindeling, minGroepsgrootte);
    }

    public MatchingConfig withBeeindiging(Beeindiging b) {
        return new MatchingConfig(gewichten, stralen, tolerantie, b, seed, groepsindeling, minGroepsgrootte);
    }

    public MatchingConfig withSeed(long s) {
        return new MatchingConfig(gewichten, stralen, tolerantie, beeindiging, s, groepsindeling, minGroepsgrootte);
    }
}
