package nl.kansrijk.explain;

import static nl.kansrijk.explain.Voorbeeld.PLAN;
import static nl.kansrijk.explain.Voorbeeld.probleem;
import static nl.kansrijk.explain.Voorbeeld.reproduceerbaar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;

import nl.kansrijk.model.MatchingProblem;
import nl.kansrijk.rules.Regel;
import nl.kansrijk.solve.MatchingConfig;
import nl.kansrijk.solve.MatchingEngine;
import nl.kansrijk.solve.PlanContext;
import nl.kansrijk.solve.Status;
import org.junit.jupiter.api.Test;

class EvaluatieTest {

    private static final MatchingEngine ENGINE = new MatchingEngine();

    /** A manual plan: T2 far from its hospital, T6 (5 persons) into full GM0004, pinned V2 moved to GM0001. */
    private static Map<String, String> handmatig() {
        Map<String, String> m = new HashMap<>(PLAN);
        m.put("T1", "GM0005");
        m.put("T2", "GM0001");
        m.put("T6", "GM0004");
        m.put("V2", "GM0001");
        return m;
    }

    @Test
    void evaluatedScoreEqualsTheSolverScoreOfTheSameAssignment() {
        MatchingProblem p = probleem();
        MatchingConfig c = reproduceerbaar();
        Evaluatie e = Evaluatie.evalueer(ENGINE, p, c, handmatig());

        // the plan's households are freed of their existing koppeling (V2), then scored by Timefold itself
        MatchingProblem vrij = p.withHuishoudens(p.huishoudens().stream()
                .map(h -> h.id().equals("V2") ? h.metGekoppeldGemeente(null) : h).toList());
        assertThat(e.plan().score()).isEqualTo(ENGINE.score(PlanContext.of(vrij, c).plan(handmatig())));
        long som = e.plan().totaalPerRegel().values().stream().mapToLong(Long::longValue).sum();
        assertThat(som).isEqualTo(e.plan().score().hardScore() + e.plan().score().mediumScore() + e.plan().score().softScore());
        assertThat(e.plan().koppeling("V2").orElseThrow().gemeenteCode()).isEqualTo("GM0001");
        assertThat(e.plan().koppeling("V2").orElseThrow().status()).isEqualTo(Status.GEKOPPELD);
        assertThat(e.plan().koppeling("V1").orElseThrow().status()).isEqualTo(Status.VASTGEZET);
    }

    @Test
    void hardViolationsAreListedPerHouseholdAndGemeente() {
        Evaluatie e = Evaluatie.evalueer(ENGINE, probleem(), reproduceerbaar(), handmatig());
        assertThat(e.overtredingen()).containsExactly(
                new Overtreding("T2", "GM0001", Regel.MEDISCHE_ZORG, -1,
                        "medische zorg: 111 km van Umc Cestad, maximaal 30"),
                // T1 moved into GM0005 while nareiziger T4 waits there for a place with its family
                new Overtreding("T4", null, Regel.VOORRANG_GEBONDEN, -4, "voorrang voor nareizigers: niet geplaatst, "
                        + "terwijl in GM0005 Eemstad (waar het gezin woont) vrije huishoudens plaats innemen"),
                new Overtreding(null, "GM0004", Regel.TAAKSTELLING, -5,
                        "taakstelling: 9 personen gekoppeld, 4 toegestaan (5 te veel)"));
        assertThat(e.plan().score().hardScore()).isEqualTo(-10);
    }

    @Test
    void comparesWithTheEnginePlanOnTheSameInput() {
        Evaluatie e = Evaluatie.evalueer(ENGINE, probleem(), reproduceerbaar(), handmatig());
        assertThat(e.engine().score().compareTo(e.plan().score())).isPositive();
        assertThat(e.engine().isHaalbaar()).isTrue();
        assertThat(e.engine().koppeling("V1").orElseThrow().gemeenteCode()).isEqualTo("GM0004");
        assertThat(e.perRegel()).hasSize(Regel.values().length);
        for (Evaluatie.RegelVergelijking v : e.perRegel()) {
            assertThat(v.plan()).isEqualTo(e.plan().totaalPerRegel().get(v.regel()));
            assertThat(v.engine()).isEqualTo(e.engine().totaalPerRegel().get(v.regel()));
        }
        // plan: V1–V3, P1–P3, T1, T2, T6 placed = 4+1+3 + 2+1+4 + 3+1+5 = 24 of 24 + T3 2, T4 4, T5 2 = 32 persons
        assertThat(e.metricsPlan().totaal().geplaatstePersonen()).isEqualTo(24);
        assertThat(e.metricsPlan().totaal().personen()).isEqualTo(32);
        assertThat(e.metricsEngine().totaal().personen()).isEqualTo(32);
    }

    @Test
    void unknownHouseholdOrGemeenteIsRejected() {
        assertThatThrownBy(() -> Evaluatie.evalueer(ENGINE, probleem(), reproduceerbaar(), Map.of("X1", "GM0001")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("X1");
        assertThatThrownBy(() -> Evaluatie.evalueer(ENGINE, probleem(), reproduceerbaar(), Map.of("T1", "GM0099")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("GM0099");
    }
}
