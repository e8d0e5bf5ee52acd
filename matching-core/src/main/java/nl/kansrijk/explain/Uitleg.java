package nl.kansrijk.explain;

import java.util.Map;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import nl.kansrijk.model.Bestemming;
import nl.kansrijk.rules.Bijdragen;
import nl.kansrijk.rules.Regel;
import nl.kansrijk.solve.Koppeling;
import nl.kansrijk.solve.MatchingResult;
import nl.kansrijk.solve.PlanContext;

/**
 * The explanation (uitleg) of one household's koppeling in a result: the full breakdown per rule of what its
 * koppeling adds to the plan's score, and its best alternative gemeente with every other household fixed.
 *
 * @param koppeling the household's koppeling in the result
 * @param zin the sentence a regievoerder reads aloud ({@link Toelichting#zin})
 * @param huidig the koppeling as an option: the plan's score with the household where it is minus with it
 *        unplaced, per rule (its own contributions, the change its presence causes in its gemeente's
 *        taakstelling and balans terms, and the niet-geplaatst penalty it avoids); {@code null} when unplaced
 * @param alternatief the best other gemeente that breaks no hard rule, or {@code null} when there is none
 * @param verschil {@code alternatief.delta − huidig.delta} (negative: the alternative is worse); for an unplaced
 *        household {@code alternatief.delta}; {@code null} without alternative
 * @param verschilPerRegel the same difference per rule (rules without difference left out)
 */
public record Uitleg(Koppeling koppeling, String zin, Optie huidig, Optie alternatief, HardMediumSoftScore verschil,
        Map<Regel, Long> verschilPerRegel) {

    public Uitleg {
        verschilPerRegel = new Bijdragen(verschilPerRegel).perRegel();
    }

    /**
     * Explains the koppeling of {@code huishoudenId} in result {@code r}, which must come from problem
     * {@code ctx.problem()} under {@code ctx.config()}.
     *
     * @throws IllegalArgumentException when the household is not in the result
     */
    public static Uitleg legUit(PlanContext ctx, MatchingResult r, String huishoudenId) {
        Koppeling k = r.koppeling(huishoudenId)
                .orElseThrow(() -> new IllegalArgumentException("household not in the result: " + huishoudenId));
        Adviseur adviseur = Adviseur.van(ctx, r);
        Optie huidig = null;
        if (k.isGeplaatst()) {
            Bestemming b = ctx.bestemming(k.gemeenteCode());
            huidig = adviseur.optie(ctx.eenheid(k.huishouden()), b);
        }
        Optie alternatief = adviseur.advies(k.huishouden(), 2).opties().stream()
                .filter(o -> !o.gemeenteCode().equals(k.gemeenteCode()))
                .findFirst().orElse(null);
        HardMediumSoftScore verschil = null;
        Map<Regel, Long> perRegel = Map.of();
        if (alternatief != null) {
            var alt = new Bijdragen(alternatief.perRegel());
            var cur = new Bijdragen(huidig == null ? Map.of() : huidig.perRegel());
            var d = Adviseur.verschil(alt, cur);
            verschil = d.score();
            perRegel = d.perRegel();
        }
        return new Uitleg(k, Toelichting.zin(ctx, k), huidig, alternatief, verschil, perRegel);
    }
}
