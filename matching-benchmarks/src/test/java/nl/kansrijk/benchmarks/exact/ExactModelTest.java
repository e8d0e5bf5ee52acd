package nl.kansrijk.benchmarks.exact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import nl.kansrijk.model.Bestemming;
import nl.kansrijk.model.Koppelplan;
import nl.kansrijk.model.MatchingProblem;
import nl.kansrijk.model.Plaatsingseenheid;
import nl.kansrijk.rules.Regel;
import nl.kansrijk.solve.Beeindiging;
import nl.kansrijk.solve.MatchingConfig;
import nl.kansrijk.solve.MatchingEngine;
import nl.kansrijk.solve.MatchingResult;
import nl.kansrijk.solve.PlanContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ExactModelTest {

    private static final MatchingConfig LINEAIR = MatchingConfig.STANDAARD
            .withGewicht(Regel.BALANS, 0)
            .withBeeindiging(Beeindiging.zetten(30_000));

    private final MatchingEngine engine = new MatchingEngine();

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void bothModelsScoreTheSameAssignmentTheSame(long seed) {
        MatchingProblem p = KleineInstanties.probleem(seed, 9, 30);
        PlanContext ctx = PlanContext.of(p, LINEAIR);
        ExactModel model = new ExactModel(ctx);
        MatchingResult r = engine.solve(ctx, v -> { });
        Map<String, String> plan = KoppelingenVan.resultaat(r);

        assertThat(r.isHaalbaar()).isTrue();
        assertThat(model.score(plan)).isEqualTo(r.score());
        assertThat(model.evaluate(plan).score()).isEqualTo(r.score());

        // Random assignments within the value ranges, overfull gemeenten included: same score in both.
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int n = 0; n < 20; n++) {
            Map<String, String> willekeurig = willekeurig(ctx, rnd);
            Koppelplan kp = ctx.plan(willekeurig);
            assertThat(model.score(willekeurig)).isEqualTo(engine.score(kp));
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {4, 5, 6})
    void exactOptimumIsAtLeastTheEngineResult(long seed) {
        MatchingProblem p = KleineInstanties.probleem(seed, 9, 40);
        PlanContext ctx = PlanContext.of(p, LINEAIR);
        MatchingResult r = engine.solve(ctx, v -> { });
        ExactSolution exact = new ExactModel(ctx).solve("SCIP", Duration.ofSeconds(20), 1, Map.of());

        assertThat(exact.optimaal()).isTrue();
        assertThat(exact.score().hardScore()).isZero();
        assertThat(exact.score()).isGreaterThanOrEqualTo(r.score());
        // The exact plan scores in the engine exactly as the model says.
        assertThat(engine.score(ctx.plan(exact.koppelingen()))).isEqualTo(exact.score());
    }

    @Test
    void engineReachesTheExactOptimumOnATinyInstance() {
        MatchingProblem p = KleineInstanties.probleem(7, 4, 10);
        PlanContext ctx = PlanContext.of(p, LINEAIR);
        ExactSolution exact = new ExactModel(ctx).solve("SCIP", Duration.ofSeconds(20), 1, Map.of());
        MatchingResult r = engine.solve(ctx, v -> { });

        assertThat(exact.optimaal()).isTrue();
        assertThat(exact.gap()).isZero();
        assertThat(r.score()).isEqualTo(exact.score());
    }

    @ParameterizedTest
    @ValueSource(longs = {8, 9})
    void lagrangeBoundIsAtLeastTheOptimumOfPlansPlacingEverybody(long seed) {
        // Capacity to spare (tolerance 3 per gemeente) so that everybody can be placed.
        MatchingProblem p = KleineInstanties.probleem(seed, 9, 30);
        PlanContext ctx = PlanContext.of(p, LINEAIR.withTolerantie(3));
        ExactModel model = new ExactModel(ctx);
        ExactSolution exact = model.solve("SCIP", Duration.ofSeconds(20), 1, Map.of());

        assertThat(exact.optimaal()).isTrue();
        assertThat(exact.koppelingen()).hasSize(model.vrijeHuishoudens()); // everybody the model decides is placed
        long grens = model.lagrangeGrens(500, exact.score().softScore());
        assertThat(grens).isGreaterThanOrEqualTo(exact.score().softScore());
        assertThat(grens - exact.score().softScore()).isLessThan(Math.abs(exact.score().softScore()) / 20);
    }

    @ParameterizedTest
    @ValueSource(longs = {4, 5, 6})
    void knapsackBoundLiesBetweenTheOptimumAndTheLp(long seed) {
        // Capacity to spare (tolerance 3 per gemeente) so that everybody can be placed, yet tight enough to matter.
        MatchingProblem p = KleineInstanties.probleem(seed, 9, 40);
        PlanContext ctx = PlanContext.of(p, LINEAIR.withTolerantie(3));
        ExactSolution exact = new ExactModel(ctx).solve("SCIP", Duration.ofSeconds(20), 1, Map.of());
        long optimum = exact.score().softScore();
        KnapsackGrens grens = KnapsackGrens.van(ctx, 500, optimum, 20_000);

        long ongeplaatst = ctx.nieuwPlan().getEenheden().stream()
                .filter(e -> !exact.koppelingen().containsKey(e.getId())).mapToLong(Plaatsingseenheid::getPersonen).sum();
        LpGrens lp = LpGrens.van(ctx);

        assertThat(exact.optimaal()).isTrue();
        // valid for every plan that leaves no more persons unplaced: the MIP's optimum is one of them
        assertThat(grens.grens(ongeplaatst)).isGreaterThanOrEqualTo(optimum);
        // at least as tight as the LP relaxation (GLOP, same penalty per unplaced person), up to rounding
        assertThat(grens.waarde()).isLessThanOrEqualTo(lp.zacht() - 1e7 * lp.ongeplaatstePersonen() + 1);
    }

    @Test
    void knapsackBoundHoldsWithBalansAgainstEveryPlan() {
        // Every assignment of 6 households over 3 gemeenten (or unplaced), scored by the engine: the best
        // hard-feasible soft score is below the bound, which includes balans as its exact convex cost.
        MatchingProblem p = KleineInstanties.probleem(11, 3, 6);
        PlanContext ctx = PlanContext.of(p, MatchingConfig.STANDAARD.withTolerantie(3)
                .withBeeindiging(Beeindiging.zetten(5_000)));
        List<Plaatsingseenheid> eenheden = ctx.nieuwPlan().getEenheden();
        long beste = Long.MIN_VALUE, besteMedium = Long.MIN_VALUE, besteOngeplaatst = 0;
        int[] keuze = new int[eenheden.size()];
        while (true) {
            Map<String, String> plan = new HashMap<>();
            for (int e = 0; e < eenheden.size(); e++) {
                Plaatsingseenheid pe = eenheden.get(e);
                if (pe.isVastgezet()) {
                    plan.put(pe.getId(), pe.getBestemming().code());
                } else if (keuze[e] > 0) {
                    plan.put(pe.getId(), pe.getToegestaan().get(keuze[e] - 1).code());
                }
            }
            var score = engine.score(ctx.plan(plan));
            if (score.hardScore() == 0 && (score.mediumScore() > besteMedium
                    || (score.mediumScore() == besteMedium && score.softScore() > beste))) {
                // fewest unplaced first, as the engine's score ranks plans
                besteMedium = score.mediumScore();
                beste = score.softScore();
                besteOngeplaatst = eenheden.stream()
                        .filter(x -> !x.isVastgezet() && !x.getToegestaan().isEmpty() && !plan.containsKey(x.getId()))
                        .mapToLong(Plaatsingseenheid::getPersonen).sum();
            }
            int e = 0;
            while (e < keuze.length) {
                Plaatsingseenheid pe = eenheden.get(e);
                int opties = pe.isVastgezet() ? 1 : pe.getToegestaan().size() + 1;
                if (++keuze[e] < opties) {
                    break;
                }
                keuze[e++] = 0;
            }
            if (e == keuze.length) {
                break;
            }
        }
        KnapsackGrens grens = KnapsackGrens.van(ctx, 500, beste, 20_000);

        assertThat(beste).isGreaterThan(Long.MIN_VALUE);
        assertThat(grens.grens(besteOngeplaatst)).isGreaterThanOrEqualTo(beste);
        assertThat(grens.grens(besteOngeplaatst) - beste).isLessThan(Math.abs(beste) / 10);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 10, 1000})
    void modelsGroepsgelijkheidAsTheCoresExactPath(long w) {
        // the rule on by household type, balans off and on: the model scores random assignments as the engine does,
        // and its proven optimum is the core's (the engine's plan, proven optimal by the core's exact path)
        for (long balans : new long[] {0, 1}) {
            MatchingProblem p = KleineInstanties.probleem(7, 9, 40);
            PlanContext ctx = PlanContext.of(p, MatchingConfig.STANDAARD.withGewicht(Regel.BALANS, balans)
                    .withGewicht(Regel.GROEPSGELIJKHEID, w).withBeeindiging(Beeindiging.zetten(30_000)));
            ExactModel model = new ExactModel(ctx);
            assertThat(model.groepen).isNotEmpty();
            SplittableRandom rnd = new SplittableRandom(w);
            for (int n = 0; n < 20; n++) {
                Map<String, String> willekeurig = willekeurig(ctx, rnd);
                assertThat(model.score(willekeurig)).isEqualTo(engine.score(ctx.plan(willekeurig)));
            }
            MatchingResult r = engine.solve(ctx, v -> { });
            assertThat(model.score(KoppelingenVan.resultaat(r))).isEqualTo(r.score());
            assertThat(r.totaalPerRegel().get(Regel.GROEPSGELIJKHEID)).as("the rule binds").isNegative();
            ExactSolution exact = model.solve("SCIP", Duration.ofSeconds(20), 1, Map.of());
            assertThat(exact.optimaal()).isTrue();
            assertThat(engine.score(ctx.plan(exact.koppelingen()))).isEqualTo(exact.score());
            assertThat(exact.zachtGrens()).isGreaterThanOrEqualTo(exact.score().softScore());
            assertThat(r.isBewezenOptimaal()).as("the core's exact path proves its plan").isTrue();
            assertThat(exact.score()).as("balans %d, weight %d", balans, w).isEqualTo(r.score());
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void withDefaultWeightsBalansIsScoredAsTheEngineDoes(long seed) {
        MatchingProblem p = KleineInstanties.probleem(seed, 9, 40);
        PlanContext ctx = PlanContext.of(p, MatchingConfig.STANDAARD.withBeeindiging(Beeindiging.zetten(30_000)));
        ExactModel model = new ExactModel(ctx);
        MatchingResult r = engine.solve(ctx, v -> { });
        assertThat(model.score(KoppelingenVan.resultaat(r))).isEqualTo(r.score());
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int n = 0; n < 20; n++) {
            Map<String, String> willekeurig = willekeurig(ctx, rnd);
            assertThat(model.score(willekeurig)).isEqualTo(engine.score(ctx.plan(willekeurig)));
        }
        ExactSolution exact = model.solve("SCIP", Duration.ofSeconds(20), 1, Map.of());
        assertThat(exact.optimaal()).isTrue();
        assertThat(exact.score()).isGreaterThanOrEqualTo(r.score());
        assertThat(engine.score(ctx.plan(exact.koppelingen()))).isEqualTo(exact.score());
        // the dual bound bounds the exact score (equal when the rounded rule is convex at the optimum's loads)
        assertThat(exact.zachtGrens()).isGreaterThanOrEqualTo(exact.score().softScore());
        assertThat(exact.zachtGrens() - exact.score().softScore())
                .isLessThanOrEqualTo((long) Math.ceil(model.balansAfwijking()[1]) * p.gemeenten().size());
    }

    @Test
    void balansHullIsExactWhereTheRoundedRuleIsConvex() {
        // the generated 500: small quotas (opgave ≤ 100) are convex after rounding; large ones may bend by under a point
        PlanContext ctx = PlanContext.of(nl.kansrijk.demo.DemoDataGenerator.genereer(nl.kansrijk.demo.DemoSettings.of(500, 1)),
                MatchingConfig.STANDAARD);
        double[] afwijking = new ExactModel(ctx).balansAfwijking();
        assertThat(afwijking[1]).isLessThan(1.0);
    }

    private static Map<String, String> willekeurig(PlanContext ctx, SplittableRandom rnd) {
        Map<String, String> m = new HashMap<>();
        for (Plaatsingseenheid e : ctx.nieuwPlan().getEenheden()) {
            List<Bestemming> t = e.getToegestaan();
            if (!e.isVastgezet() && !t.isEmpty() && rnd.nextInt(5) != 0) {
                m.put(e.getId(), t.get(rnd.nextInt(t.size())).code());
            }
        }
        return m;
    }
}
