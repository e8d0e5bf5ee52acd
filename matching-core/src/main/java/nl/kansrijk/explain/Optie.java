package nl.kansrijk.explain;

import java.util.List;
import java.util.Map;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import nl.kansrijk.model.Gemeente;
import nl.kansrijk.rules.Bijdragen;
import nl.kansrijk.rules.Regel;

/**
 * One gemeente as an option (optie) for one household against a fixed plan: what placing the household there
 * changes in the plan's score, per rule and in all, with the reasons in Dutch.
 *
 * @param gemeente the gemeente
 * @param rang 1-based place in the advice among the gemeenten that break no hard rule; 0 when it breaks one
 * @param delta the plan's score with the household here minus the plan's score with it unplaced
 * @param verschil {@code delta} minus the best option's {@code delta} (0 for the best, negative below it)
 * @param perRegel the change of the plan's score per rule (rules without change left out): the household's own
 *        contributions, the change of the gemeente's taakstelling and balans terms, and the niet-geplaatst
 *        penalty that falls away
 * @param redenen the reasons in Dutch, in {@link Toelichting#VOLGORDE}
 * @param overtreden the hard rules placing the household here breaks (capacity as {@link Regel#TAAKSTELLING})
 * @param prijs with scarcity known ({@link Adviseur#metSchaarste}): the soft points this household's places here
 *        are expected to cost later arrivals ({@link Schaarste#kosten}); {@code null} without scarcity or when the
 *        gemeente has no room left for free households
 * @param planwaarde with scarcity known and this gemeente among the household's candidates: the mean change, in
 *        soft points, of the sampled whole-household plans when the household goes here
 *        ({@link Schaarste#planwaarde}, rounded); {@code null} otherwise
 * @param steekproeven with scarcity known: the number of sampled plans ({@link Schaarste#steekproeven}); else 0
 */
public record Optie(Gemeente gemeente, int rang, HardMediumSoftScore delta, HardMediumSoftScore verschil,
        Map<Regel, Long> perRegel, List<Reden> redenen, List<Regel> overtreden, Long prijs, Long planwaarde,
        int steekproeven) {

    public Optie {
        perRegel = new Bijdragen(perRegel).perRegel();
        redenen = List.copyOf(redenen);
        overtreden = List.copyOf(overtreden);
    }

    public String gemeenteCode() {
        return gemeente.code();
    }

    /** Whether no hard rule forbids this option. */
    public boolean isToegestaan() {
        return overtreden.isEmpty();
    }

    /**
     * The scarcity line in Dutch, e.g. {@code schaarste: plaats in Utrecht kost later binnenkomende huishoudens
     * naar verwachting 120 punten}; {@code null} without a price.
     */
    public String schaarsteTekst() {
        return prijs == null ? null : "schaarste: plaats in " + gemeente.naam()
                + " kost later binnenkomende huishoudens naar verwachting " + prijs + (prijs == 1 ? " punt" : " punten");
    }

    /**
     * The sampled plans' line in Dutch, e.g. {@code vooruitblik: een plaats in Utrecht verandert 3
     * steekproefplannen (met de verwachte latere huishoudens) gemiddeld met +120 punten}; {@code null} without a
     * plan value.
     */
    public String vooruitblikTekst() {
        if (planwaarde == null) {
            return null;
        }
        return "vooruitblik: een plaats in " + gemeente.naam() + " verandert " + steekproeven
                + (steekproeven == 1 ? " steekproefplan" : " steekproefplannen")
                + " (met de verwachte latere huishoudens) gemiddeld met " + (planwaarde >= 0 ? "+" : "") + planwaarde
                + (Math.abs(planwaarde) == 1 ? " punt" : " punten");
    }

    /** The reasons as one line: {@code +300 regioadvies 1 (Utrecht-Midden); −46 23 km van azc Zeist; …}. */
    public String redenTekst() {
        return Reden.tekst(redenen);
    }
}
