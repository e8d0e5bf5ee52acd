package nl.kansrijk.explain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.kansrijk.metrics.Metrics;
import nl.kansrijk.model.Bestemming;
import nl.kansrijk.model.Huishouden;
import nl.kansrijk.model.MatchingProblem;
import nl.kansrijk.model.Woningaanbod;
import nl.kansrijk.rules.Niveau;
import nl.kansrijk.rules.Regel;
import nl.kansrijk.solve.GemeenteResultaat;
import nl.kansrijk.solve.Koppeling;
import nl.kansrijk.solve.MatchingConfig;
import nl.kansrijk.solve.MatchingEngine;
import nl.kansrijk.solve.MatchingResult;
import nl.kansrijk.solve.PlanContext;

/**
 * The evaluation (evaluatie) of a plan made elsewhere, for example last period's manual koppelingen: its score
 * with the engine's rules, every broken hard rule, and a comparison with what the engine makes of the same input.
 *
 * @param plan the plan scored with the engine's rules ({@link MatchingEngine#evaluate})
 * @param overtredingen every broken hard rule in the plan, households first (in input order), then gemeenten
 * @param engine the engine's own plan for the same problem, with the plan's households free
 * @param perRegel the total per rule of both plans, in rule order
 * @param metricsPlan the plan's metrics (placed persons, persons in advised region, km, fill-ratio spread, …)
 * @param metricsEngine the engine plan's metrics
 */
public record Evaluatie(MatchingResult plan, List<Overtreding> overtredingen, MatchingResult engine,
        List<RegelVergelijking> perRegel, Metrics metricsPlan, Metrics metricsEngine) {

    /**
     * One rule's total in both plans.
     *
     * @param regel the rule
     * @param plan its signed weighted total in the evaluated plan
     * @param engine its total in the engine's plan
     */
    public record RegelVergelijking(Regel regel, long plan, long engine) {
        /** {@code plan − engine}: negative when the evaluated plan does worse on this rule. */
        public long verschil() {
            return plan - engine;
        }
    }

    public Evaluatie {
        overtredingen = List.copyOf(overtredingen);
        perRegel = List.copyOf(perRegel);
    }

    /**
     * Evaluates {@code koppelingen} (household id to gemeente code) on problem {@code p}. Households named in
     * {@code koppelingen} are freed of any existing koppeling in {@code p} and placed where the plan says;
     * households not named keep their existing koppeling or count as unplaced. The engine then solves the same
     * problem under {@code c} (so it runs the solver: use a step- or move-count termination for a reproducible
     * comparison).
     *
     * @throws IllegalArgumentException when {@code koppelingen} names a household or gemeente not in {@code p}
     */
    public static Evaluatie evalueer(MatchingEngine engine, MatchingProblem p, MatchingConfig c,
            Map<String, String> koppelingen) {
        return evalueer(engine, p, c, koppelingen, Woningaanbod.LEEG);
    }

    /** As {@link #evalueer(MatchingEngine, MatchingProblem, MatchingConfig, Map)}, the woning rule seeing {@code aanbod}. */
    public static Evaluatie evalueer(MatchingEngine engine, MatchingProblem p, MatchingConfig c,
            Map<String, String> koppelingen, Woningaanbod aanbod) {
        Map<String, Huishouden> perId = new HashMap<>();
        p.huishoudens().forEach(h -> perId.put(h.id(), h));
        Set<String> gemeenten = new HashSet<>();
        p.gemeenten().forEach(g -> gemeenten.add(g.code()));
        koppelingen.forEach((id, code) -> {
            if (!perId.containsKey(id)) {
                throw new IllegalArgumentException("koppeling for unknown household: " + id);
            }
            if (code != null && !gemeenten.contains(code)) {
                throw new IllegalArgumentException("koppeling of " + id + " to unknown gemeente: " + code);
            }
        });
        List<Huishouden> vrij = p.huishoudens().stream()
                .map(h -> koppelingen.containsKey(h.id()) && h.isGekoppeld() ? h.metGekoppeldGemeente(null) : h)
                .toList();
        MatchingProblem probleem = p.withHuishoudens(vrij);
        PlanContext ctx = PlanContext.of(probleem, c, aanbod);
        MatchingResult plan = engine.evaluate(ctx, koppelingen);
        MatchingResult eigen = engine.solve(ctx, v -> { });
        List<RegelVergelijking> perRegel = new ArrayList<>();
        for (Regel r : Regel.values()) {
            perRegel.add(new RegelVergelijking(r, plan.totaalPerRegel().getOrDefault(r, 0L),
                    eigen.totaalPerRegel().getOrDefault(r, 0L)));
        }
        return new Evaluatie(plan, overtredingen(ctx, plan), eigen, perRegel, Metrics.van(ctx, plan),
                Metrics.van(ctx, eigen));
    }

    /** Every broken hard rule of a result: per household, then gemeenten over their taakstelling. */
    public static List<Overtreding> overtredingen(PlanContext ctx, MatchingResult r) {
        List<Overtreding> out = new ArrayList<>();
        Map<String, Long> last = new HashMap<>();
        r.gemeenten().forEach(g -> last.put(g.gemeente().code(), g.gekoppeldePersonen()));
        for (Koppeling k : r.koppelingen()) {
            for (Map.Entry<Regel, Long> e : k.bijdragen().perRegel().entrySet()) {
                if (e.getKey() == Regel.VOORRANG_GEBONDEN) {
                    Bestemming familie = ctx.bestemming(k.huishouden().nareizigerVanGemeente());
                    out.add(new Overtreding(k.huishoudenId(), null, e.getKey(), e.getValue(),
                            "voorrang voor nareizigers: niet geplaatst, terwijl in " + familie
                                    + " (waar het gezin woont) vrije huishoudens plaats innemen"));
                } else if (e.getKey().niveau() == Niveau.HARD) {
                    Bestemming b = ctx.bestemming(k.gemeenteCode());
                    String tekst = Toelichting.feit(ctx, ctx.eenheid(k.huishouden()), b, e.getKey(),
                            last.get(b.code()) - k.personen());
                    out.add(new Overtreding(k.huishoudenId(), k.gemeenteCode(), e.getKey(), e.getValue(), tekst));
                }
            }
        }
        for (GemeenteResultaat g : r.gemeenten()) {
            long punten = g.bijdragen().get(Regel.TAAKSTELLING);
            if (punten != 0) {
                Bestemming b = ctx.bestemming(g.gemeente().code());
                out.add(new Overtreding(null, b.code(), Regel.TAAKSTELLING, punten,
                        "taakstelling: " + g.gekoppeldePersonen() + " personen gekoppeld, " + b.toegestaneLast()
                                + " toegestaan (" + (g.gekoppeldePersonen() - b.toegestaneLast()) + " te veel)"));
            }
        }
        return List.copyOf(out);
    }
}
