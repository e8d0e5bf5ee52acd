package nl.kansrijk.explain;

import static nl.kansrijk.explain.Voorbeeld.PLAN;
import static nl.kansrijk.explain.Voorbeeld.nieuw;
import static nl.kansrijk.explain.Voorbeeld.probleem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import nl.kansrijk.model.MatchingProblem;
import nl.kansrijk.rules.Regel;
import nl.kansrijk.solve.MatchingConfig;
import nl.kansrijk.solve.MatchingEngine;
import nl.kansrijk.solve.PlanContext;
import org.junit.jupiter.api.Test;

class OverwegingTest {

    private static final MatchingEngine ENGINE = new MatchingEngine();
    private static final MatchingProblem PROBLEEM = probleem();
    private static final PlanContext CTX = PlanContext.of(PROBLEEM, MatchingConfig.STANDAARD);
    private final Adviseur adviseur = new Adviseur(CTX, PLAN);

    @Test
    void overrideAgainstRequiredCareIsRefusedNamingTheRule() {
        Overweging o = adviseur.overweeg(nieuw("T2"), "GM0001");
        assertThat(o.isToegestaan()).isFalse();
        assertThat(o.weigeringsregels()).containsExactly(Regel.MEDISCHE_ZORG);
        assertThat(o.weigering()).containsExactly("medische zorg: 111 km van Umc Cestad, maximaal 30");
        assertThat(o.gekozen().rang()).isZero();
        assertThat(o.beste().gemeenteCode()).isEqualTo(adviseur.advies(nieuw("T2")).beste().orElseThrow().gemeenteCode());
        assertThatThrownBy(() -> o.overrule("familie dichtbij")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("medische zorg");
    }

    @Test
    void overrideIntoAFullGemeenteIsRefusedByTheTaakstelling() {
        Overweging o = adviseur.overweeg(nieuw("T6"), "GM0004");
        assertThat(o.weigeringsregels()).containsExactly(Regel.TAAKSTELLING);
        assertThat(o.weigering()).containsExactly("taakstelling: nog 0 van 4 plaatsen, huishouden telt 5 personen");
    }

    @Test
    void overrideAgainstFamilyOrExclusionNamesEachRule() {
        assertThat(adviseur.overweeg(nieuw("T3"), "GM0003").weigering())
                .containsExactly("eerstegraadsfamilie: 100 km van familie in Beekdorp, maximaal 25");
        assertThat(adviseur.overweeg(nieuw("T3"), "GM0001").weigeringsregels()).containsExactly(Regel.UITGESLOTEN);
    }

    @Test
    void allowedOverrideCostsTheSolverScoreDifferencePerRule() {
        Overweging o = adviseur.overweeg(nieuw("T1"), "GM0001");
        assertThat(o.isToegestaan()).isTrue();
        assertThat(o.beste().gemeenteCode()).isEqualTo("GM0005");
        assertThat(o.gekozen().rang()).isEqualTo(3);

        HardMediumSoftScore best = ENGINE.score(CTX.plan(met(PLAN, "T1", "GM0005")));
        HardMediumSoftScore gekozen = ENGINE.score(CTX.plan(met(PLAN, "T1", "GM0001")));
        assertThat(o.kosten()).isEqualTo(gekozen.subtract(best)).isEqualTo(HardMediumSoftScore.ofSoft(-1649));

        Map<Regel, Long> tBest = ENGINE.evaluate(PROBLEEM, MatchingConfig.STANDAARD, met(PLAN, "T1", "GM0005")).totaalPerRegel();
        Map<Regel, Long> tGekozen = ENGINE.evaluate(PROBLEEM, MatchingConfig.STANDAARD, met(PLAN, "T1", "GM0001")).totaalPerRegel();
        Map<Regel, Long> verschil = new EnumMap<>(Regel.class);
        for (Regel r : Regel.values()) {
            if (!tGekozen.get(r).equals(tBest.get(r))) {
                verschil.put(r, tGekozen.get(r) - tBest.get(r));
            }
        }
        assertThat(o.kostenPerRegel()).isEqualTo(verschil);

        assertThat(o.overrule("  woning vrij bij netwerk ")).isEqualTo(new Overrule("T1", "GM0001", "woning vrij bij netwerk"));
    }

    @Test
    void choosingTheAdvisedBestCostsNothing() {
        Overweging o = adviseur.overweeg(nieuw("T1"), "GM0005");
        assertThat(o.kosten()).isEqualTo(HardMediumSoftScore.ZERO);
        assertThat(o.kostenPerRegel()).isEmpty();
        assertThat(o.gekozen().rang()).isEqualTo(1);
    }

    @Test
    void overruleNeedsAReasonAndAKnownGemeente() {
        assertThatThrownBy(() -> new Overrule("T1", "GM0001", " ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> adviseur.overweeg(nieuw("T1"), "GM9999")).hasMessageContaining("GM9999");
    }

    static Map<String, String> met(Map<String, String> plan, String id, String code) {
        Map<String, String> m = new HashMap<>(plan);
        m.put(id, code);
        return m;
    }
}
