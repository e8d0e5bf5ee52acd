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
 * elsewhere. With the prices come the sampled plans: in each sampled future the core's plan search also places
 * today's queue and the later arrivals as whole households, and {@link #planwaarden} gives, per household of the
 * queue and candidate gemeente, what placing it there does to those plans on average (its own score there minus
 * what the others lose, as whole households: unlike the prices it sees that a family of six needs six places in
 * one gemeente). Made by {@code nl.kansrijk.simulate.Prijsschatter}; the
 * price policy and the advice use the same object, so they agree. Immutable.
 *
 * @param prijsPerPersoon per gemeente code the price of one place (soft points per person, ≥ 0); a gemeente
 *        without room for free households is absent
 * @param steekproeven how many sampled futures the prices are averaged over (and plans made)
 * @param verwachteHuishoudens the number of later arrivals each sampled future holds
 * @param planwaarden per household id of today's queue, per candidate gemeente code: the mean change, in soft
 *        points (an unplaced person at a fixed high cost), of the sampled whole-household plans when the household
 *        goes there; gemeenten that are not among its candidates are absent
 * @param informatiewaarden per household id of today's queue, the mean over the samples of its best candidate's
 *        plan value in that sample less the value there of the candidate best on average: what knowing which future
 *        comes true would gain its choice (the expected value of perfect information over the samples). 0 when every
 *        sample's best is the average's best: waiting to learn more cannot change its gemeente.
 */
public record Schaarste(Map<String, Double> prijsPerPersoon, int steekproeven, long verwachteHuishoudens,
        Map<String, Map<String, Double>> planwaarden, Map<String, Double> informatiewaarden) {

    public Schaarste {
        prijsPerPersoon = Collections.unmodifiableMap(new LinkedHashMap<>(prijsPerPersoon));
        informatiewaarden = Collections.unmodifiableMap(new LinkedHashMap<>(informatiewaarden));
        Map<String, Map<String, Double>> kopie = new LinkedHashMap<>();
        planwaarden.forEach((h, m) -> kopie.put(h, Collections.unmodifiableMap(new LinkedHashMap<>(m))));
        planwaarden = Collections.unmodifiableMap(kopie);
    }

    /** Prices only, without whole-household plans. */
    public Schaarste(Map<String, Double> prijsPerPersoon, int steekproeven, long verwachteHuishoudens) {
        this(prijsPerPersoon, steekproeven, verwachteHuishoudens, Map.of(), Map.of());
    }

    /**
     * What knowing which sampled future comes true would be worth to the household's choice
     * ({@link #informatiewaarden}); empty without plans.
     */
    public OptionalDouble informatiewaarde(String huishoudenId) {
        Double w = informatiewaarden.get(huishoudenId);
        return w == null ? OptionalDouble.empty() : OptionalDouble.of(w);
    }

    /**
     * The mean change of the sampled plans when the household goes to the gemeente ({@link #planwaarden}); empty
     * when the gemeente is not among its candidates, or without plans.
     */
    public OptionalDouble planwaarde(String huishoudenId, String gemeenteCode) {
        Map<String, Double> m = planwaarden.get(huishoudenId);
        Double w = m == null ? null : m.get(gemeenteCode);
        return w == null ? OptionalDouble.empty() : OptionalDouble.of(w);
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
