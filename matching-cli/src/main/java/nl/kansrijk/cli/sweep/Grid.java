package nl.kansrijk.cli.sweep;

import java.util.List;

import nl.kansrijk.solve.MatchingConfig;

/**
 * A sweep grid as read from {@code GRID.json} over a base configuration (see docs/research.md).
 *
 * @param basis the base configuration: the input's config.json (or defaults) with the grid's beeindiging; the
 *        baselines are scored under it
 * @param instellingen the weight settings, cartesian product first, then the explicit list
 * @param seeds the seeds every engine setting (and the random baseline) runs with
 * @param baselines the baselines to run beside the engine, by name
 * @param rapport what the report shows
 */
public record Grid(MatchingConfig basis, List<Instelling> instellingen, List<Long> seeds, List<String> baselines,
        Rapportkeuze rapport) {

    /**
     * Choices for the report.
     *
     * @param x metric on the horizontal axis of the trade-off chart (a sweep.csv column)
     * @param y metric on the vertical axis
     * @param instelling index of the setting whose first engine run the detail charts show
     */
    public record Rapportkeuze(String x, String y, int instelling) {
    }

    public Grid {
        instellingen = List.copyOf(instellingen);
        seeds = List.copyOf(seeds);
        baselines = List.copyOf(baselines);
    }

    /** The same grid with other seeds (from {@code --seeds N}). */
    public Grid metSeeds(List<Long> andere) {
        return new Grid(basis, instellingen, andere, baselines, rapport);
    }
}
