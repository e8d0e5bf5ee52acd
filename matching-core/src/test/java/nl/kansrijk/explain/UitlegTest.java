package nl.kansrijk.explain;

import static nl.kansrijk.explain.OverwegingTest.met;
import static nl.kansrijk.explain.Voorbeeld.probleem;
import static nl.kansrijk.explain.Voorbeeld.reproduceerbaar;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import nl.kansrijk.model.Bestemming;
import nl.kansrijk.model.MatchingProblem;
import nl.kansrijk.solve.Koppeling;
import nl.kansrijk.solve.MatchingConfig;
import nl.kansrijk.solve.MatchingEngine;
import nl.kansrijk.solve.MatchingResult;
import nl.kansrijk.solve.PlanContext;
import nl.kansrijk.solve.Status;
import org.junit.jupiter.api.Test;

class UitlegTest {

    private static final MatchingEngine ENGINE = new MatchingEngine();

    @Test
    void breakdownAndBestAlternativeEqualTheSolverScoreDifferences() {
        MatchingProblem p = probleem();
        MatchingConfig c = reproduceerbaar();
        MatchingResult r = ENGINE.solve(p, c);
        PlanContext ctx = PlanContext.of(p, c);
        Map<String, String> plan = new HashMap<>();
        r.koppelingen().stream().filter(Koppeling::isGeplaatst).forEach(k -> plan.put(k.huishoudenId(), k.gemeenteCode()));
        HardMediumSoftScore s = ENGINE.score(ctx.plan(plan));
        assertThat(s).isEqualTo(r.score());

        int gecontroleerd = 0;
        int geplaatst = 0;
        for (Koppeling k : r.koppelingen()) {
            if (k.status() == Status.VASTGEZET) {
                continue;
            }
            Uitleg u = Uitleg.legUit(ctx, r, k.huishoudenId());
            Map<String, String> zonder = new HashMap<>(plan);
            zonder.remove(k.huishoudenId());
            HardMediumSoftScore sZonder = ENGINE.score(ctx.plan(zonder));
            if (k.isGeplaatst()) {
                assertThat(u.huidig().gemeenteCode()).isEqualTo(k.gemeenteCode());
                assertThat(u.huidig().delta()).isEqualTo(s.subtract(sZonder));
                geplaatst++;
            } else {
                assertThat(u.huidig()).isNull();
            }
            record Alt(String code, HardMediumSoftScore score) {
            }
            List<Alt> alternatieven = ctx.bestemmingen().stream().map(Bestemming::code)
                    .filter(code -> !code.equals(k.gemeenteCode()))
                    .map(code -> new Alt(code, ENGINE.score(ctx.plan(met(zonder, k.huishoudenId(), code)))))
                    .filter(a -> a.score().hardScore() == sZonder.hardScore())
                    .sorted(Comparator.comparing(Alt::score).reversed().thenComparing(Alt::code)).toList();
            if (alternatieven.isEmpty()) {
                assertThat(u.alternatief()).isNull();
            } else {
                assertThat(u.alternatief().gemeenteCode()).isEqualTo(alternatieven.get(0).code());
                assertThat(u.verschil()).isEqualTo(alternatieven.get(0).score().subtract(k.isGeplaatst() ? s : sZonder));
                gecontroleerd++;
            }
        }
        assertThat(geplaatst).isGreaterThanOrEqualTo(6);
        assertThat(gecontroleerd).isGreaterThanOrEqualTo(3); // the solved plan leaves little room elsewhere
    }

    @Test
    void pinnedKoppelingIsExplainedAsExisting() {
        MatchingProblem p = probleem();
        MatchingResult r = ENGINE.solve(p, reproduceerbaar());
        Uitleg u = Uitleg.legUit(PlanContext.of(p, r.config()), r, "V2");
        assertThat(u.zin()).isEqualTo("bestaande koppeling; 11 km van Azc Aadorp; woningaanbod 30% voor eenpersoonshuishoudens");
        assertThat(u.huidig().gemeenteCode()).isEqualTo("GM0002");
    }
}
