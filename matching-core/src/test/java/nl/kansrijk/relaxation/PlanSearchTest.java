package nl.kansrijk.relaxation;

import static org.assertj.core.api.Assertions.assertThat;

import nl.kansrijk.demo.DemoDataGenerator;
import nl.kansrijk.demo.DemoSettings;
import nl.kansrijk.solve.MatchingConfig;
import nl.kansrijk.solve.PlanContext;
import org.junit.jupiter.api.Test;

class PlanSearchTest {

    // 400 households over the 342 gemeenten: few places per gemeente, where ruin and recreate matters most
    private static final PlanContext CTX = PlanContext.of(DemoDataGenerator.genereer(DemoSettings.of(400, 5)),
            MatchingConfig.STANDAARD);
    private static final TransportModel MODEL = new TransportModel(CTX.nieuwPlan(), CTX.config().gewichten());
    private static final Relaxation RELAXATIE = Relaxation.of(MODEL);

    @Test
    void ruinAndRecreateNeverMakesThePlanWorseAndKeepsEveryQuota() {
        PlanSearch search = new PlanSearch(RELAXATIE);
        search.run(7, 50, () -> false);
        long medium = search.medium(), zacht = search.zacht();

        int[] keuze = search.herbouw(7, 20_000, () -> false);

        assertThat(search.rondes()).isEqualTo(20_000);
        assertThat(search.rondesVerbeterd()).isPositive();
        assertThat(search.medium()).isGreaterThanOrEqualTo(medium);
        if (search.medium() == medium) {
            assertThat(search.zacht()).isGreaterThan(zacht);
        }
        // the score the search kept track of is the plan's score as the model gives it, within every quota
        long[] last = new long[MODEL.gemeenten()];
        long soft = 0;
        for (int i = 0; i < MODEL.huishoudens(); i++) {
            if (keuze[i] >= 0) {
                last[MODEL.toegestaan(i)[keuze[i]]] += MODEL.personen(i);
                soft += MODEL.zacht(i, keuze[i]);
            }
        }
        for (int g = 0; g < MODEL.gemeenten(); g++) {
            assertThat(last[g]).isLessThanOrEqualTo(MODEL.ruimte(g));
            soft += MODEL.balans(g, last[g]);
        }
        assertThat(search.zacht()).isEqualTo(soft);
        assertThat(search.zacht()).isLessThanOrEqualTo(RELAXATIE.bovengrens(search.ongeplaatstePersonen()));
    }

    @Test
    void sameSeedGivesTheSamePlan() {
        int[] a = new PlanSearch(RELAXATIE).run(3, 50, 5_000, () -> false);
        int[] b = new PlanSearch(RELAXATIE).run(3, 50, 5_000, () -> false);
        assertThat(a).isEqualTo(b);
    }

    @Test
    void stopsWhenTold() {
        PlanSearch search = new PlanSearch(RELAXATIE);
        search.run(1, 50, () -> false);
        search.herbouw(1, 1_000_000, () -> true);
        assertThat(search.rondes()).isZero();
    }

    @Test
    void guidedRoundsFindWhatPlainRoundsMissAndKeepTheQuotas() {
        KnapsackRelaxatie ks = new KnapsackRelaxatie(MODEL, RELAXATIE);
        PlanSearch start = new PlanSearch(RELAXATIE);
        start.run(7, 50, () -> false);
        ks.los(300, start.zacht(), 1, null, () -> false);
        KnapsackGids gids = ks.gids();

        PlanSearch gewoon = new PlanSearch(RELAXATIE);
        gewoon.run(7, 50, () -> false);
        gewoon.herbouw(11, 20_000, () -> false);
        PlanSearch geleid = new PlanSearch(RELAXATIE);
        geleid.run(7, 50, () -> false);
        int[] keuze = geleid.herbouw(11, 20_000, gids, () -> false);

        assertThat(geleid.rondes()).isEqualTo(40_000); // each plain round followed by a guided one
        assertThat(geleid.medium()).isEqualTo(gewoon.medium());
        assertThat(geleid.zacht()).isGreaterThan(gewoon.zacht());
        Quota.binnen(MODEL, keuze);
        assertThat(geleid.herbouw(11, 0, gids, () -> false)).isEqualTo(keuze);
    }
}
