package nl.kansrijk.io.report;

import java.util.List;

/**
 * The content of a report: a table of runs (one row per run, columns as in sweep.csv, at least {@code run},
 * {@code beleid}, {@code instelling_naam}, {@code seed} and the {@link MetriekKolommen}) and the detail overviews of a
 * few plans, engine and baselines side by side.
 *
 * @param titel heading
 * @param ondertitel a line under the heading (input, grid, number of runs)
 * @param header the table's column names
 * @param rijen the table's rows, cells as written in CSV (empty when a value does not apply)
 * @param x the trade-off chart's horizontal measure (a column with a direction)
 * @param y its vertical measure
 * @param plannen the plans the detail charts show, the engine's first
 * @param woningen the housing chart's data (a run with {@code woningen.csv}), or {@code null}: then the report has
 *        no housing chart and is byte for byte what it was before there was one
 */
public record Rapport(String titel, String ondertitel, List<String> header, List<List<String>> rijen, String x, String y,
        List<PlanOverzicht> plannen, WoningGrafiek woningen) {

    /** A report without housing chart. */
    public Rapport(String titel, String ondertitel, List<String> header, List<List<String>> rijen, String x, String y,
            List<PlanOverzicht> plannen) {
        this(titel, ondertitel, header, rijen, x, y, plannen, null);
    }

    public Rapport {
        header = List.copyOf(header);
        rijen = rijen.stream().map(List::copyOf).toList();
        plannen = List.copyOf(plannen);
        for (String kolom : List.of("run", "beleid", "instelling_naam", "seed", x, y)) {
            if (!header.contains(kolom)) {
                throw new IllegalArgumentException("report table lacks column " + kolom);
            }
        }
    }
}
