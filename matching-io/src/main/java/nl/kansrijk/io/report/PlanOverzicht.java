package nl.kansrijk.io.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.kansrijk.metrics.Groepsverschil;
import nl.kansrijk.metrics.Kwaliteit;
import nl.kansrijk.metrics.Metrics;
import nl.kansrijk.model.Bestemming;
import nl.kansrijk.solve.GemeenteResultaat;
import nl.kansrijk.solve.Koppeling;
import nl.kansrijk.solve.MatchingResult;
import nl.kansrijk.solve.PlanContext;

/**
 * What the report's detail charts need of one plan: persons and fill ratio per gemeente (with its centroid for the
 * map), the person-weighted distance distribution and the quality per group. Small enough to keep for a few runs
 * of a large sweep and to write next to sweep.csv, so shard outputs can be merged into one report.
 *
 * @param beleid the policy that made the plan
 * @param run the run index in the sweep (0 in a solve report)
 * @param instelling the weight setting's name, or {@code basis}
 * @param seed the seed
 * @param gemeenten one point per gemeente, in input order
 * @param kmKlasse width in km of the distance classes
 * @param personenPerKmKlasse placed persons whose azc is known, per distance class {@code [i*kmKlasse, (i+1)*kmKlasse)}
 * @param groepen quality per group of every grouping
 */
public record PlanOverzicht(String beleid, int run, String instelling, long seed, List<GemeentePunt> gemeenten,
        int kmKlasse, List<Long> personenPerKmKlasse, List<Groep> groepen) {

    /** Distance classes of 10 km. */
    public static final int KM_KLASSE = 10;

    /**
     * A gemeente in the plan.
     *
     * @param code CBS code
     * @param naam name
     * @param lat centroid latitude
     * @param lon centroid longitude
     * @param personen persons linked now (pinned included)
     * @param vulgraad fill ratio, or {@code null} without a positive opgave
     */
    public record GemeentePunt(String code, String naam, double lat, double lon, long personen, Double vulgraad) {
    }

    /**
     * One group of one grouping with its quality.
     *
     * @param indeling the grouping ({@code huishoudtype}, {@code opleidingsniveau}, {@code kenmerk:<column>})
     * @param groep the group value
     * @param personen persons in the group, or {@code null} for a group suppressed for privacy
     * @param maten every measure of {@link Metrics#MAATSTAVEN}, {@code null} where it does not apply; empty for a
     *        suppressed group
     * @param huishoudens for a suppressed group its count as it may be shown ({@code "< 10"}), else {@code null}
     */
    public record Groep(String indeling, String groep, Long personen, Map<String, Double> maten, String huishoudens) {
    }

    /** The overview of a result. */
    public static PlanOverzicht van(String beleid, int run, String instelling, long seed, PlanContext ctx,
            MatchingResult r, Metrics m) {
        List<GemeentePunt> punten = new ArrayList<>();
        for (GemeenteResultaat g : r.gemeenten()) {
            punten.add(new GemeentePunt(g.gemeente().code(), g.gemeente().naam(), g.gemeente().lat(), g.gemeente().lon(),
                    g.gekoppeldePersonen(), g.taakstelling().opgave() > 0 ? afgerond(g.vulgraad()) : null));
        }
        List<Long> klassen = new ArrayList<>();
        for (Koppeling k : r.koppelingen()) {
            if (!k.isGeplaatst()) {
                continue;
            }
            Bestemming b = ctx.bestemming(k.gemeenteCode());
            int km = ctx.azcAfstand(k.huishouden().azcCode(), b);
            if (km < 0) {
                continue;
            }
            int klasse = km / KM_KLASSE;
            while (klassen.size() <= klasse) {
                klassen.add(0L);
            }
            klassen.set(klasse, klassen.get(klasse) + k.personen());
        }
        List<Groep> groepen = new ArrayList<>();
        for (Groepsverschil g : m.groepen()) {
            java.util.TreeMap<String, Groep> perGroep = new java.util.TreeMap<>();
            g.perGroep().forEach((groep, kw) -> perGroep.put(groep, new Groep(g.indeling(), groep, kw.personen(), maten(kw), null)));
            g.onderdrukt().forEach((groep, aantal) -> perGroep.put(groep, new Groep(g.indeling(), groep, null, Map.of(), aantal)));
            groepen.addAll(perGroep.values());
        }
        return new PlanOverzicht(beleid, run, instelling, seed, punten, KM_KLASSE, klassen, groepen);
    }

    private static Map<String, Double> maten(Kwaliteit k) {
        Map<String, Double> out = new LinkedHashMap<>();
        Metrics.MAATSTAVEN.forEach((naam, f) -> out.put(naam, afgerond(f.applyAsDouble(k))));
        return out;
    }

    private static Double afgerond(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? null : Math.round(v * 10_000) / 10_000.0;
    }
}
