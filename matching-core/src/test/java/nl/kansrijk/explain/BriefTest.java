package nl.kansrijk.explain;

import static nl.kansrijk.explain.Voorbeeld.PLAN;
import static nl.kansrijk.explain.Voorbeeld.probleem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import nl.kansrijk.model.Huishouden;
import nl.kansrijk.model.MatchingProblem;
import nl.kansrijk.rules.Regel;
import nl.kansrijk.solve.MatchingConfig;
import nl.kansrijk.solve.MatchingEngine;
import nl.kansrijk.solve.MatchingResult;
import nl.kansrijk.solve.PlanContext;
import org.junit.jupiter.api.Test;

class BriefTest {

    private static final MatchingProblem PROBLEEM = probleem();
    private static final MatchingConfig CONFIG = MatchingConfig.STANDAARD;
    private static final PlanContext CTX = PlanContext.of(PROBLEEM, CONFIG);
    /** The T households placed by hand: T1 in its first advised region but not in its wished Dijkum (which is full). */
    private static final MatchingResult RESULTAAT;

    static {
        Map<String, String> plan = new HashMap<>(PLAN);
        plan.putAll(Map.of("T1", "GM0005", "T2", "GM0003", "T3", "GM0002", "T4", "GM0005", "T5", "GM0004"));
        RESULTAAT = new MatchingEngine().evaluate(PROBLEEM, CONFIG, plan);
    }

    private static Brief brief(String id) {
        return Brief.voor(CTX, RESULTAAT, id, null);
    }

    @Test
    void tellsTheGemeenteTheReasonsAndTheUnmetWishWithWhyInBothLanguages() {
        Brief b = brief("T1");
        assertThat(b.nederlands()).contains("U gaat wonen in de gemeente Eemstad (regio Midden).",
                "Deze gemeente ligt in die regio.", "U wilde graag naar Dijkum.",
                "Die gemeente had dit half jaar geen plaats meer voor een huishouden van uw grootte.",
                "U kent mensen in Aadorp. Uw nieuwe gemeente ligt daar niet dichtbij.",
                "Een medewerker van het COA (de regievoerder)", "opnieuw naar kijkt");
        assertThat(b.engels()).contains("You will live in the municipality of Eemstad (region Midden).",
                "This municipality is in that region.", "You wanted to go to Dijkum.",
                "That municipality had no more room this half year", "A COA staff member (the regievoerder)",
                "look at it again");
        assertThat(b.beide()).startsWith(b.nederlands()).endsWith(b.engels());
    }

    @Test
    void reasonsAreTheHardCriteriaMetThenTheLargestSoftContributionsAtMostThree() {
        // T1 (no hard criterion): its largest soft contribution in Eemstad is sectorvraag (3 persons × demand × 10)
        Optie huidig = Uitleg.legUit(CTX, RESULTAAT, "T1").huidig();
        Regel grootste = huidig.perRegel().entrySet().stream()
                .filter(e -> e.getKey().niveau() == nl.kansrijk.rules.Niveau.SOFT && !e.getKey().isPerGemeente())
                .max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        assertThat(grootste).isEqualTo(Regel.SECTORVRAAG);
        List<String> t1 = redenen(brief("T1").nederlands());
        assertThat(t1).hasSize(3);
        assertThat(t1.get(0)).isEqualTo("In deze regio is veel vraag naar mensen met ervaring in horeca en bouw.");
        assertThat(t1).anySatisfy(r -> assertThat(r).contains("de beste kansen heeft op werk"));
        // T2 needs the umc in Cestad, T4 joins its family: told first
        assertThat(redenen(brief("T2").nederlands()).get(0)).startsWith("U kunt hier de medische zorg krijgen");
        assertThat(redenen(brief("T4").engels()).get(0)).isEqualTo("Your family already lives in this municipality. You will live with them.");
    }

    @Test
    void noScoresNoJargonAndNoOtherHouseholdsData() {
        for (Huishouden h : PROBLEEM.huishoudens()) {
            Brief b = brief(h.id());
            for (String tekst : List.of(b.nederlands(), b.engels())) {
                assertThat(tekst).as(h.id()).doesNotContainIgnoringCase("score").doesNotContainIgnoringCase("punten")
                        .doesNotContainIgnoringCase("taakstelling").doesNotContainIgnoringCase("hard")
                        .doesNotContain("+", "−", "GM0", "AM0");
                for (Huishouden ander : PROBLEEM.huishoudens()) {
                    if (!ander.id().equals(h.id())) {
                        assertThat(Pattern.compile("\\b" + ander.id() + "\\b").matcher(tekst).find())
                                .as(h.id() + " mentions " + ander.id()).isFalse();
                    }
                }
                assertThat(tekst).contains(h.id());
            }
        }
    }

    @Test
    void anUnplacedOrPinnedHouseholdIsToldSo() {
        MatchingResult zonder = new MatchingEngine().evaluate(PROBLEEM, CONFIG, PLAN);
        assertThat(Brief.voor(CTX, zonder, "T6", null).nederlands()).contains("Er is nog geen gemeente voor u gekozen.");
        assertThat(brief("V1").engels()).contains("You will live in the municipality of Dijkum. This was decided earlier.");
        assertThat(Brief.voor(CTX, RESULTAAT, "T3", "school").nederlands())
                .contains("De regievoerder heeft hier zelf een andere keuze gemaakt");
        assertThatThrownBy(() -> brief("X9")).isInstanceOf(IllegalArgumentException.class);
    }

    /** The lines of the reasons section. */
    private static List<String> redenen(String brief) {
        String deel = brief.substring(brief.indexOf("?\n", brief.indexOf(brief.contains("Waarom") ? "Waarom" : "Why")) + 2);
        deel = deel.substring(0, deel.indexOf("\n\n"));
        return deel.lines().map(l -> l.substring(2)).toList();
    }
}
