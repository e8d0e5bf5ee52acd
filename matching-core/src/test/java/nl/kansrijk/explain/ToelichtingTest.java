package nl.kansrijk.explain;

import static nl.kansrijk.explain.Voorbeeld.PLAN;
import static nl.kansrijk.explain.Voorbeeld.probleem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.kansrijk.model.MatchingProblem;
import nl.kansrijk.rules.Regel;
import nl.kansrijk.solve.MatchingConfig;
import nl.kansrijk.solve.MatchingEngine;
import nl.kansrijk.solve.MatchingResult;
import nl.kansrijk.solve.PlanContext;
import org.junit.jupiter.api.Test;

class ToelichtingTest {

    private static final MatchingProblem PROBLEEM = probleem();
    private static final PlanContext CTX = PlanContext.of(PROBLEEM, MatchingConfig.STANDAARD);

    private static MatchingResult plan() {
        Map<String, String> m = new HashMap<>(PLAN);
        m.put("T1", "GM0002");
        m.put("T2", "GM0006");
        m.put("T3", "GM0002");
        return new MatchingEngine().evaluate(PROBLEEM, MatchingConfig.STANDAARD, m);
    }

    @Test
    void sentenceMentionsOnlyWhatApplies() {
        MatchingResult r = plan();
        assertThat(Toelichting.zin(CTX, r.koppeling("T1").orElseThrow())).isEqualTo("regioadvies 2 (Noord); "
                + "sectorvraag bouw 80; 47 km van azc Eemstad; binnen 25 km van netwerk (Aadorp, 11 km); "
                + "uitkomstkans 40% in Noord; woningaanbod 70% voor grotere huishoudens");
        assertThat(Toelichting.zin(CTX, r.koppeling("T2").orElseThrow())).isEqualTo("regioadvies 1 (Zuid); "
                + "sectorvraag zorg 90; 100 km van Azc Aadorp; 13 km van Umc Cestad (medische zorg, maximaal 30)");
        assertThat(Toelichting.zin(CTX, r.koppeling("T3").orElseThrow()))
                .isEqualTo("11 km van Azc Aadorp; familie in deze gemeente; woningaanbod 70% voor grotere huishoudens");
    }

    @Test
    void sentenceOfUnplacedHouseholdIsItsReason() {
        MatchingResult r = plan();
        assertThat(Toelichting.zin(CTX, r.koppeling("T4").orElseThrow())).startsWith("niet geplaatst")
                .isEqualTo(r.koppeling("T4").orElseThrow().reden());
    }

    @Test
    void reasonTextShowsSignedPointsWithLevelAndLabelBeforeANumber() {
        assertThat(new Reden(Regel.REGIOADVIES, 300, "regioadvies 1 (Utrecht-Midden)").tekst())
                .isEqualTo("+300 regioadvies 1 (Utrecht-Midden)");
        assertThat(new Reden(Regel.AZC_NABIJHEID, -46, "23 km van azc Zeist").tekst())
                .isEqualTo("\u221246 afstand tot azc: 23 km van azc Zeist");
        assertThat(new Reden(Regel.MEDISCHE_ZORG, -2, "medische zorg: 64 km van Umc, maximaal 30").tekst())
                .isEqualTo("\u22122 hard medische zorg: 64 km van Umc, maximaal 30");
        assertThat(Reden.tekst(List.of(new Reden(Regel.TAAKSTELLING, 0, "taakstelling: nog 12 van 40 plaatsen"),
                new Reden(Regel.VOORKEUR, 50, "voorkeursgemeente"))))
                .isEqualTo("taakstelling: nog 12 van 40 plaatsen; +50 voorkeursgemeente");
    }
}
