package nl.kansrijk.explain;

import java.util.List;
import java.util.Map;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import nl.kansrijk.rules.Bijdragen;
import nl.kansrijk.rules.Regel;

/**
 * A what-if (overweging): the cost of linking a household to a chosen gemeente instead of the advised best,
 * or the refusal when a hard rule forbids the choice.
 *
 * @param huishoudenId the household
 * @param gekozen the chosen gemeente as an option (its {@code rang} is 0 when refused)
 * @param beste the advised best option, or {@code null} when no gemeente breaks no hard rule
 * @param weigering for a refused choice, the broken hard rules in Dutch (for example
 *        {@code medische zorg: 64 km van Umc Cestad, maximaal 30}); empty when allowed
 * @param kosten {@code gekozen.delta − beste.delta} (0 or negative), or {@code null} when there is no best
 * @param kostenPerRegel the same difference per rule (rules without difference left out)
 */
public record Overweging(String huishoudenId, Optie gekozen, Optie beste, List<String> weigering,
        HardMediumSoftScore kosten, Map<Regel, Long> kostenPerRegel) {

    public Overweging {
        weigering = List.copyOf(weigering);
kostenPerRegel = new Bijdragen(kostenPerRegel).perRegel();
    }

    /** Whether the choice is allowed (no hard rule forbids it). */
    public boolean isToegestaan() {
        return gekozen.isToegestaan();
    }

    /** The hard rules that forbid the choice; empty when allowed. */
    public List<Regel> weigeringsregels() {
        return gekozen.overtreden();
    }

    /**
     * Records the choice with the regievoerder's reason.
     *
     * @throws IllegalStateException when a hard rule forbids the choice
     */
    public Overrule overrule(String reden) {
        if (!isToegestaan()) {
            throw new IllegalStateException("refused: " + String.join("; ", weigering));
        }
        return new Overrule(huishoudenId, gekozen.gemeenteCode(), reden);
    }
}
