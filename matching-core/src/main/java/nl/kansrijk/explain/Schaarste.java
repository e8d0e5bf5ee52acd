package nl.kansrijk.explain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Scarcity (schaarste): per gemeente the expected price, in soft points per person, that one place there costs the
 * households that will arrive later this period: the shadow price of the gemeente's remaining room in the
 * relaxation of today's queue plus the expected rest of the period, averaged over sampled futures. A gemeente
 * that will have room to spare costs 0; one that later arrivals need costs what they would lose by going
 * elsewhere. Made by {@code nl.kansrijk.simulate.Prijsschatter}; the price policy and the advice use the same
 * object, so they agree. Immutable.
 *
 * @param prijsPerPersoon per gemeente code the price of one place (soft points per person, ≥ 0); a gemeente
 *        without room for free households is absent
 * @param steekproeven how many sampled futures the prices are averaged over
 * @param verwachteHuishoudens the number of later arrivals each sampled future holds
 */
public record Schaarste(Map<String, Double> prijsPerPersoon, int steekproeven, long verwachteHuishoudens) {

    public Schaarste {
        prijsPerPersoon = Collections.unmodifiableMap(new LinkedHashMap<>(prijsPerPersoon));
    }

    /** No scarcity known: every price 0. */
    public static final Schaarste GEEN = new Schaarste(Map.of(), 0, 0);

    /** The price of one place in the gemeente, per person; empty when the gemeente has no room for free households. */
    public OptionalDouble prijs(String gemeenteCode) {
        Double p = prijsPerPersoon.get(gemeenteCode);
        return p == null ? OptionalDouble.empty() : OptionalDouble.of(p);
    }

    /**
     * What a household of {@code personen} persons in the gemeente costs later arrivals, in whole soft points
     * (rounded to the nearest point); 0 when the gemeente has no price.
     */
    public long kosten(String gemeenteCode, int personen) {
        Double p = prijsPerPersoon.get(gemeenteCode);
        return p == null ? 0L : Math.round(p * personen);
    }
}
