package nl.kansrijk.explain;

import static nl.kansrijk.explain.Voorbeeld.GEPLAND;
import static nl.kansrijk.explain.Voorbeeld.NIEUW;
import static nl.kansrijk.explain.Voorbeeld.VAST;
import static nl.kansrijk.explain.Voorbeeld.probleem;
import static nl.kansrijk.explain.Voorbeeld.reproduceerbaar;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import nl.kansrijk.model.Huishouden;
import nl.kansrijk.solve.Koppeling;
import nl.kansrijk.solve.MatchingEngine;
import nl.kansrijk.solve.MatchingResult;
import nl.kansrijk.solve.PlanContext;
import nl.kansrijk.solve.Status;
import org.junit.jupiter.api.Test;

/** The daily batch: yesterday's koppelingen are pinned, today's new households are placed around them. */
class DagelijkseRondeTest {

    private static final MatchingEngine ENGINE = new MatchingEngine();

    @Test
    void dailyBatchNeverMovesAPinnedHousehold() {
        List<Huishouden> dag1 = new ArrayList<>(VAST);
        dag1.addAll(GEPLAND);
        MatchingResult r1 = ENGINE.solve(probleem(dag1), reproduceerbaar());

        // pin day 1, and pin P3 deliberately in a poor place (Fort, far from its azc) to tempt the solver
        List<Huishouden> dag2 = new ArrayList<>();
        for (Koppeling k : r1.koppelingen()) {
            String code = k.huishoudenId().equals("P3") ? "GM0006" : k.gemeenteCode();
            dag2.add(k.huishouden().metGekoppeldGemeente(code));
        }
        dag2.addAll(NIEUW);
        MatchingResult r2 = ENGINE.solve(probleem(dag2), reproduceerbaar());

        for (Huishouden h : dag2.subList(0, r1.koppelingen().size())) {
            Koppeling k = r2.koppeling(h.id()).orElseThrow();
            assertThat(k.gemeenteCode()).as(h.id()).isEqualTo(h.gekoppeldGemeente());
            assertThat(k.status()).isEqualTo(Status.VASTGEZET);
        }
        assertThat(r2.koppelingen().stream().filter(k -> k.status() == Status.GEKOPPELD).count()).isPositive();
        assertThat(r2.isHaalbaar()).isTrue();

        // and each new household placed today went to a gemeente the advice against today's final plan allows
        PlanContext ctx = PlanContext.of(probleem(dag2), r2.config());
        Adviseur a = Adviseur.van(ctx, r2);
        for (Koppeling k : r2.koppelingen()) {
            if (k.status() == Status.GEKOPPELD) {
                assertThat(a.overweeg(k.huishouden(), k.gemeenteCode()).isToegestaan()).as(k.huishoudenId()).isTrue();
            }
        }
    }
}
