package nl.kansrijk.simulate;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import nl.kansrijk.metrics.Metrics;
import nl.kansrijk.solve.MatchingResult;

/**
 * What one policy achieved over the period (beleidsuitkomst), or the hindsight plan: its koppelingen scored with
 * the same rules and weights, the research metrics, and when each household was linked.
 *
 * @param naam the policy's name ({@code hindsight} for the plan made with all households known)
 * @param resultaat the plan scored as a whole
 * @param hard the hard score as the rules judged each koppeling when it was made: for a policy the sum over its
 *        batches of the batch's hard score with every earlier koppeling pinned (0 for a policy that broke no rule;
 *        a nareiziger joining a gemeente that earlier koppelingen filled is allowed, as for any bound household);
 *        for hindsight the plan's own hard score
 * @param metrics the research metrics of that plan
 * @param koppeldatum per household that arrived in the period: the batch date it was linked (or left unplaced) on;
 *        empty for hindsight
 * @param batches number of batches the policy was called for (0 for hindsight)
 * @param wachtdagenGemiddeld mean days from permit to the batch that linked the household (or left it unplaced),
 *        over the households that arrived in the period; 0 for hindsight
 * @param rekentijd wall-clock time the policy (or the hindsight solve) took; not reproducible, never written to files
 */
public record Beleidsuitkomst(String naam, MatchingResult resultaat, long hard, Metrics metrics, Map<String, LocalDate> koppeldatum,
        int batches, double wachtdagenGemiddeld, Duration rekentijd) {

    public Beleidsuitkomst {
        koppeldatum = Map.copyOf(koppeldatum);
    }

    /** The plan's soft score: every soft rule, balans included, under the configured weights. */
    public long zacht() {
        return resultaat.score().softScore();
    }

    /** Persons left unplaced. */
    public long nietGeplaatstePersonen() {
        return metrics.totaal().nietGeplaatstePersonen();
    }

    /** Gemeente code per placed household. */
    public Map<String, String> koppelingen() {
        return resultaat.koppelingen().stream().filter(k -> k.isGeplaatst())
                .collect(java.util.stream.Collectors.toUnmodifiableMap(k -> k.huishoudenId(), k -> k.gemeenteCode()));
    }
}
