package nl.kansrijk.cli.sweep;

import nl.kansrijk.solve.MatchingConfig;

/**
 * One weight setting (instelling) of a sweep: the engine's configuration for it, without the seed.
 *
 * @param index position in the grid, 0-based: the cartesian product first, then the explicit list
 * @param naam short description for tables and charts, e.g. {@code regioadvies=50 balans=0}
 * @param config the configuration the engine runs with (the seed is set per run)
 */
public record Instelling(int index, String naam, MatchingConfig config) {
}
