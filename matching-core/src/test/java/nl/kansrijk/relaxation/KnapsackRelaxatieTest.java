package nl.kansrijk.relaxation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import nl.kansrijk.demo.DemoDataGenerator;
import nl.kansrijk.demo.DemoSettings;
import nl.kansrijk.solve.MatchingConfig;
import nl.kansrijk.solve.PlanContext;
import org.junit.jupiter.api.Test;

class KnapsackRelaxatieTest {

    // 400 households over the 342 gemeenten: a few places per gemeente, where whole households matter
    private static final PlanContext CTX = PlanContext.of(DemoDataGenerator.genereer(DemoSettings.of(400, 5)),
            MatchingConfig.STANDAARD);
    private static final TransportModel MODEL = new TransportModel(CTX.nieuwPlan(), CTX.config().gewichten());
    private static final Relaxation RELAXATIE = Relaxation.of(MODEL);

    @Test
    void boundsEveryPlanAndIsTighterThanThePriceRelaxation() {
        PlanSearch search = new PlanSearch(RELAXATIE, PlanSearch.Start.GROOTSTE_EERST);
        search.run(1, 50, 2_000, () -> false);
        assertThat(search.ongeplaatstePersonen()).isZero();

        KnapsackRelaxatie ks = new KnapsackRelaxatie(MODEL, RELAXATIE);
        ks.los(400, search.zacht(), 1, null, () -> false);

        assertThat(ks.stappen()).isPositive();
        assertThat(ks.grens()).isGreaterThanOrEqualTo(search.zacht());
        // a household cannot be split: strictly tighter than the LP-strength bound of the prices it started from
        assertThat(ks.grens()).isLessThan(Relaxation.duaal(MODEL, RELAXATIE.prijzen(), PriceAuction.ONGEPLAATST) - 1);
    }

    @Test
    void itsSelectionsArePositionsInTheAllowedListsAndBecomePlansWithinTheQuotas() {
        KnapsackRelaxatie ks = new KnapsackRelaxatie(MODEL, RELAXATIE);
        List<int[]> selecties = new ArrayList<>();
        ks.los(200, 0, 50, s -> selecties.add(s.clone()), () -> false);
        assertThat(selecties).hasSize((ks.stappen() + 49) / 50); // every 50th step and the last
        int[] laatste = selecties.getLast();
        int gekozen = 0;
        for (int i = 0; i < MODEL.huishoudens(); i++) {
            assertThat(laatste[i]).isBetween(-1, MODEL.toegestaan(i).length - 1);
            gekozen += laatste[i] >= 0 ? 1 : 0;
        }
        assertThat(gekozen).isGreaterThan(MODEL.huishoudens() / 2);

        PlanSearch plan = new PlanSearch(RELAXATIE, laatste);
        int[] keuze = plan.run(1, 50, 0, () -> false);
        Quota.binnen(MODEL, keuze);
    }

    @Test
    void stopsWhenTold() {
        KnapsackRelaxatie ks = new KnapsackRelaxatie(MODEL, RELAXATIE);
        ks.los(1_000, 0, 1, null, () -> true);
        assertThat(ks.stappen()).isZero();
        assertThat(ks.grens()).isInfinite();
    }

    @Test
    void theGuideSplitsTheGapBetweenBoundAndPlanIntoLossesPerGemeente() {
        PlanSearch search = new PlanSearch(RELAXATIE, PlanSearch.Start.GROOTSTE_EERST);
        int[] keuze = search.run(1, 50, 2_000, () -> false);
        assertThat(search.ongeplaatstePersonen()).isZero();
        KnapsackRelaxatie ks = new KnapsackRelaxatie(MODEL, RELAXATIE);
        ks.los(300, search.zacht(), 1, null, () -> false);

        KnapsackGids gids = ks.gids();
        // the bound is the multipliers plus every knapsack's value (Σ_g balans(g, 0) is the constant)
        double b = 0;
        for (int g = 0; g < MODEL.gemeenten(); g++) {
            b += MODEL.balans(g, 0) + gids.waarde()[g];
        }
        for (double mu : gids.mu()) {
            b += mu;
        }
        assertThat(b).isCloseTo(ks.grens(), org.assertj.core.data.Offset.offset(1e-6 * Math.abs(b)));
        // a plan placing everybody is worth the bound minus its losses, each ≥ 0
        double[] som = new double[MODEL.gemeenten()];
        long[] last = new long[MODEL.gemeenten()];
        for (int i = 0; i < MODEL.huishoudens(); i++) {
            int g = MODEL.toegestaan(i)[keuze[i]];
            som[g] += MODEL.zacht(i, keuze[i]) - gids.mu()[i];
            last[g] += MODEL.personen(i);
        }
        double verlies = 0;
        for (int g = 0; g < MODEL.gemeenten(); g++) {
            double v = gids.verlies(MODEL, g, som[g], last[g]);
            assertThat(v).as("loss of gemeente %d", g).isGreaterThanOrEqualTo(-1e-6);
            verlies += v;
        }
        assertThat(b - verlies).isCloseTo((double) search.zacht(), org.assertj.core.data.Offset.offset(1e-6 * Math.abs(b)));
        // what each knapsack takes fits its room, and the reverse index agrees
        for (int g = 0; g < MODEL.gemeenten(); g++) {
            long p = 0;
            for (int q = 0; q < gids.gewenst()[g].length; q++) {
                int i = gids.gewenst()[g][q];
                assertThat(MODEL.toegestaan(i)[gids.posities()[g][q]]).isEqualTo(g);
                assertThat(gids.gewildDoor()[i]).contains(g);
                p += MODEL.personen(i);
            }
            assertThat(p).isLessThanOrEqualTo(MODEL.ruimte(g));
        }
    }
}
