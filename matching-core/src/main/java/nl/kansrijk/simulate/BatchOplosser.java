package nl.kansrijk.simulate;

import java.util.LinkedHashMap;
import java.util.Map;

import nl.kansrijk.model.Koppelplan;
import nl.kansrijk.model.Plaatsingseenheid;
import nl.kansrijk.solve.MatchingConfig;
import nl.kansrijk.solve.MatchingEngine;
import nl.kansrijk.solve.PlanContext;

/** Solves one simulation sub-problem with the engine under a move budget and reads off the free households' gemeenten. */
final class BatchOplosser {

    private BatchOplosser() {
    }

    /** Gemeente code per free (not pinned) household the solve placed. */
    static Map<String, String> los(MatchingEngine engine, PlanContext ctx, Zoekbudget budget) {
        Koppelplan plan = ctx.nieuwPlan();
        MatchingConfig metBudget = ctx.config().withBeeindiging(budget.beeindiging(plan));
        Koppelplan best = engine.solve(metBudget, plan, v -> { }, System.nanoTime()).plan();
        Map<String, String> out = new LinkedHashMap<>();
        for (Plaatsingseenheid p : best.getEenheden()) {
            if (!p.isVastgezet() && p.getBestemming() != null) {
                out.put(p.getId(), p.getBestemming().code());
            }
        }
        return out;
    }
}
