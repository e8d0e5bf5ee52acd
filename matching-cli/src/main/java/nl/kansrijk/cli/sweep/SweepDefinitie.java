package nl.kansrijk.cli.sweep;

import java.util.List;

import nl.kansrijk.io.json.ConfigJson;

/**
 * The effective sweep as {@code sweep.json} records it under {@code definitie}: what every shard of one sweep shares,
 * so that its SHA-256 tells whether shards belong together.
 *
 * @param basis the base configuration
 * @param instellingen the settings tried, each a whole configuration without its seed
 * @param seeds the seeds every setting runs with
 * @param baselines the baselines run beside the engine
 * @param rapport the report's choices
 */
public record SweepDefinitie(ConfigJson basis, List<Instelling> instellingen, List<Long> seeds, List<String> baselines,
        Grid.Rapportkeuze rapport) {

    /** One setting of the grid. */
    public record Instelling(int index, String naam, ConfigJson configuratie) {
    }

    /** The definition of grid {@code g}. */
    public static SweepDefinitie van(Grid g) {
        return new SweepDefinitie(ConfigJson.van(g.basis()), g.instellingen().stream()
                .map(i -> new Instelling(i.index(), i.naam(), ConfigJson.van(i.config()).zonderSeed())).toList(),
                g.seeds(), g.baselines(), g.rapport());
    }
}
