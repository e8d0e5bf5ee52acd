package nl.kansrijk.solve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import nl.kansrijk.exact.Groepsterm;
import nl.kansrijk.model.Bestemming;
import nl.kansrijk.model.Bewijs;
import nl.kansrijk.model.Groepsindeling;
import nl.kansrijk.model.Huishouden;
import nl.kansrijk.model.Koppelplan;
import nl.kansrijk.model.MatchingProblem;
import nl.kansrijk.model.Plaatsingseenheid;
import nl.kansrijk.relaxation.Groepgrens;
import nl.kansrijk.relaxation.TransportModel;
import nl.kansrijk.rules.Bijdragen;
import nl.kansrijk.rules.Regel;
import org.junit.jupiter.api.Test;

/**
 * The bound that models the groepsgelijkheid rule ({@link Groepgrens}): at or above the brute-force optimum with
 * the rule on (weights 1–1000, balans off and on, random small instances, one household pinned), never above the
 * relaxation's bound without the rule (λ = 0 is its first step), tighter than it where the rule binds, and within
 * one percentage point of the optimum the exact path proves on larger instances.
 */
class GroepgrensTest {

    private static final long[] GEWICHTEN = {1, 10, 1000};

    /** A random instance of the small example: 8 households (one pinned), grouped by a random two-valued column. */
    private static MatchingProblem willekeurig(Random random) {
        String[] regio = {"AM01", "AM02"};
        String[] gemeente = {"GM0001", "GM0002", "GM0003"};
        List<Huishouden> hs = new ArrayList<>();
        int personen = 0;
        for (int i = 0; i < 8; i++) {
            int volwassenen = 1 + random.nextInt(2);
            int kinderen = random.nextInt(3);
            personen += volwassenen + kinderen;
            Huishouden.Builder b = KleinVoorbeeld.huishouden("H" + i, volwassenen, kinderen)
                    .regioadvies(regio[random.nextInt(2)])
                    .sectoren(random.nextBoolean() ? "bouw" : "zorg")
                    .kenmerk("geslacht", random.nextInt(3) == 0 ? "V" : "M");
            if (random.nextBoolean()) {
                b.voorkeurGemeenten(gemeente[random.nextInt(3)]);
            }
            if (random.nextInt(3) == 0) {
                b.netwerkGemeente(gemeente[random.nextInt(3)]);
            }
            if (i == 0) {
                b.gekoppeldGemeente(gemeente[random.nextInt(3)]);
            }
            hs.add(b.build());
        }
        // room for about four fifths of the persons: some must stay out or go where they score less
        int per = Math.max(2, personen * 4 / 15);
        return KleinVoorbeeld.probleem(hs, per + random.nextInt(3), per, per + random.nextInt(3));
    }

    /** The group bound of the plan's problem for plans leaving at most {@code u} free persons unplaced. */
    static long groepgrens(PlanContext ctx, long u) {
        Koppelplan plan = ctx.nieuwPlan();
        TransportModel model = new TransportModel(plan, ctx.config().gewichten());
        Groepsterm gt = Groepsterm.van(plan, ctx.config().gewichten());
        Groepgrens gg = Groepgrens.van(model, gt.gewicht(), gt.referentie(), gt.vast(), Groepgrens.STAPPEN, () -> false);
        if (u > 0) {
            // as the engine refines it for a plan with unplaced persons: from the penalty bound's best penalty
            nl.kansrijk.relaxation.Strafgrens sg = nl.kansrijk.relaxation.Strafgrens.van(model, () -> false, true);
            gg = gg.verfijnd(u, sg.besteStraf(u), Groepgrens.STAPPEN, () -> false);
        }
        return vastZacht(plan, ctx) + gg.bovengrens(u);
    }

    /** The bound of the relaxation without the rule's term (the group prices all 0). */
    private static long zonderRegel(PlanContext ctx, long u) {
        Koppelplan plan = ctx.nieuwPlan();
        TransportModel model = new TransportModel(plan, ctx.config().gewichten());
        Groepsterm gt = Groepsterm.van(plan, ctx.config().gewichten());
        return vastZacht(plan, ctx) + Groepgrens.van(model, gt.gewicht(), gt.referentie(), gt.vast(), 1, () -> false)
                .bovengrens(u);
    }

    private static long vastZacht(Koppelplan plan, PlanContext ctx) {
        long vast = 0;
        for (Plaatsingseenheid p : plan.getEenheden()) {
            Bestemming b = TransportModel.vasteBestemming(p);
            if (b != null) {
                vast += Bijdragen.zacht(p, b, ctx.config().gewichten());
            }
        }
        return vast;
    }

    /** Persons of the households the relaxation decides (free, with an allowed gemeente) the assignment leaves unplaced. */
    static long ongeplaatst(PlanContext ctx, Map<String, String> koppelingen) {
        Koppelplan plan = ctx.nieuwPlan();
        TransportModel model = new TransportModel(plan, ctx.config().gewichten());
        long u = 0;
        for (int e = 0; e < plan.getEenheden().size(); e++) {
            Plaatsingseenheid p = plan.getEenheden().get(e);
            if (model.vrijIndex(e) >= 0 && koppelingen.get(p.getId()) == null) {
                u += p.getPersonen();
            }
        }
        return u;
    }

    @Test
    void boundIsAtLeastTheBruteForceOptimumAndTighterThanWithoutTheRule() {
        Random random = new Random(30);
        int strakker = 0, gevallen = 0;
        for (int ronde = 0; ronde < 4; ronde++) {
            MatchingProblem problem = willekeurig(random);
            for (String kolom : new String[] {Groepsindeling.HUISHOUDTYPE, "geslacht"}) {
                for (long balans : new long[] {0, 1}) {
                    for (long w : GEWICHTEN) {
                        MatchingConfig config = MatchingConfig.STANDAARD.withGewicht(Regel.BALANS, balans)
                                .withGewicht(Regel.GROEPSGELIJKHEID, w).withGroepsindeling(new Groepsindeling(kolom));
                        BruteForce bf = BruteForce.optimum(problem, config);
                        PlanContext ctx = PlanContext.of(problem, config);
                        long u = ongeplaatst(ctx, bf.optima().get(0));
                        long grens = groepgrens(ctx, u);
                        long zonder = zonderRegel(ctx, u);
                        String wat = "round %d, %s, balans %d, weight %d".formatted(ronde, kolom, balans, w);
                        assertThat(grens).as(wat).isGreaterThanOrEqualTo(bf.score().softScore());
                        assertThat(grens).as(wat).isLessThanOrEqualTo(zonder);
                        gevallen++;
                        if (grens < zonder) {
                            strakker++;
                        }
                    }
                }
            }
        }
        assertThat(gevallen).isEqualTo(4 * 2 * 2 * GEWICHTEN.length);
        // the rule binds on part of the cases; there the prices must lower the bound
        assertThat(strakker).isGreaterThan(gevallen / 4);
    }

    /**
     * The problem with every adult listed with a random sex (a third of them women) and, in AM01, a household
     * probability and each adult's own one, so the households count in the groups by parts with their own points.
     */
    private static MatchingProblem metVolwassenen(MatchingProblem problem, Random random) {
        List<Huishouden> hs = new ArrayList<>();
        for (Huishouden h : problem.huishoudens()) {
            List<nl.kansrijk.model.Persoon> leden = new ArrayList<>();
            for (int a = 0; a < h.volwassenen(); a++) {
                leden.add(new nl.kansrijk.model.Persoon("P" + a, true, random.nextInt(3) == 0 ? "v" : "m",
                        Map.of("AM01", random.nextInt(101) / 100.0)));
            }
            hs.add(h.toBuilder().uitkomstkans("AM01", random.nextInt(101) / 100.0).leden(leden).build());
        }
        return problem.withHuishoudens(hs);
    }

    @Test
    void bySexOfEveryAdultTheBoundIsValidAndTheExactPathFindsTheOptimum() {
        Random random = new Random(31);
        int strakker = 0, gevallen = 0;
        MatchingEngine engine = new MatchingEngine();
        for (int ronde = 0; ronde < 3; ronde++) {
            MatchingProblem problem = metVolwassenen(willekeurig(random), random);
            for (long w : new long[] {1, 10, 1000}) {
                MatchingConfig config = MatchingConfig.STANDAARD.withGewicht(Regel.BALANS, 0)
                        .withGewicht(Regel.GROEPSGELIJKHEID, w)
                        .withGroepsindeling(new Groepsindeling(Groepsindeling.GESLACHT_VOLWASSENEN))
                        .withBeeindiging(KleinVoorbeeld.reproduceerbaar().beeindiging());
                BruteForce bf = BruteForce.optimum(problem, config);
                PlanContext ctx = PlanContext.of(problem, config);
                long u = ongeplaatst(ctx, bf.optima().get(0));
                long grens = groepgrens(ctx, u);
                long zonder = zonderRegel(ctx, u);
                String wat = "round %d, weight %d".formatted(ronde, w);
                assertThat(grens).as(wat).isGreaterThanOrEqualTo(bf.score().softScore());
                assertThat(grens).as(wat).isLessThanOrEqualTo(zonder);
                // the exact path (the group term by parts) or the search reaches the brute-force optimum
                assertThat(engine.solve(problem, config).score()).as(wat).isEqualTo(bf.score());
                gevallen++;
                if (grens < zonder) {
                    strakker++;
                }
            }
        }
        assertThat(strakker).isPositive();
    }

    @Test
    void onTheMiniInstanceTheBoundIsValidAndTighterThanWithoutTheRule() {
        // the exact path proves the optimum with the rule (GroepsgelijkheidGrensTest); the group bound alone is at or
        // above it and below the bound without the rule at every weight; with 9 households and 7 persons that must
        // stay out the relaxation's gap is a few percent (measured: 13,718 of 15,367 at weight 1)
        MatchingProblem problem = nl.kansrijk.demo.MiniVoorbeeld.probleem();
        for (long w : new long[] {1, 3, 10, 100, 1000}) {
            MatchingConfig config = nl.kansrijk.demo.MiniVoorbeeld.config().withGewicht(Regel.GROEPSGELIJKHEID, w);
            BruteForce bf = BruteForce.optimum(problem, config);
            PlanContext ctx = PlanContext.of(problem, config);
            long u = ongeplaatst(ctx, bf.optima().get(0));
            long grens = groepgrens(ctx, u);
            long optimum = bf.score().softScore();
            assertThat(grens).as("weight %d", w).isGreaterThanOrEqualTo(optimum);
            assertThat(grens).as("weight %d", w).isLessThan(zonderRegel(ctx, u));
        }
    }

    @Test
    void withoutTheExactPathTheSummaryGivesThePercentageOfTheGroupBound() {
        MatchingProblem problem = nl.kansrijk.demo.MiniVoorbeeld.probleem();
        MatchingConfig config = nl.kansrijk.demo.MiniVoorbeeld.config().withGewicht(Regel.GROEPSGELIJKHEID, 1);
        String voor = System.getProperty(TweedeKern.UIT);
        System.setProperty(TweedeKern.UIT, "uit");
        try {
            MatchingResult r = new MatchingEngine().solve(problem, config);
            assertThat(r.bewijs().methode()).isEqualTo(Bewijs.RELAXATIE_GROEPEN);
            assertThat(r.procentVanBovengrens()).isPresent();
            assertThat(r.totaalPerRegel().get(Regel.GROEPSGELIJKHEID)).isNegative();
            // the plan is the optimum (13,718); the bound the group bound's or tighter
            assertThat(r.procentVanBovengrens().get()).isBetween(85.0, 100.0);
        } finally {
            if (voor == null) {
                System.clearProperty(TweedeKern.UIT);
            } else {
                System.setProperty(TweedeKern.UIT, voor);
            }
        }
    }
}
