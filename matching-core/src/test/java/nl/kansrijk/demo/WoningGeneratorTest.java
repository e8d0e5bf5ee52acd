package nl.kansrijk.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import nl.kansrijk.model.MatchingProblem;
import nl.kansrijk.model.Woning;
import org.junit.jupiter.api.Test;

class WoningGeneratorTest {

    private static final MatchingProblem REGIO = DemoDataGenerator.genereer(
            DemoSettings.of(500, 7).withGebied(Gebied.parse("regio:GM0772:25")));

    @Test
    void sameProblemShapeAndSeedGiveTheSameDwellings() {
        Woningvorm v = Woningvorm.parse("krap-gemengd-even");
        assertThat(WoningGenerator.genereer(REGIO, v, 3)).isEqualTo(WoningGenerator.genereer(REGIO, v, 3))
                .isNotEqualTo(WoningGenerator.genereer(REGIO, v, 4));
    }

    @Test
    void theSupplyFollowsTheShape() {
        assertThat(WoningGenerator.genereer(REGIO, Woningvorm.parse("schaars-gemengd-even"), 1)).hasSize(300);
        assertThat(WoningGenerator.genereer(REGIO, Woningvorm.parse("krap-gemengd-even"), 1)).hasSize(425);
        assertThat(WoningGenerator.genereer(REGIO, Woningvorm.parse("ruim-gemengd-even"), 1)).hasSize(575);

        long kleinInKlein = klein(WoningGenerator.genereer(REGIO, Woningvorm.parse("krap-klein-even"), 1));
        long kleinInGemengd = klein(WoningGenerator.genereer(REGIO, Woningvorm.parse("krap-gemengd-even"), 1));
        long kleinInGezin = klein(WoningGenerator.genereer(REGIO, Woningvorm.parse("krap-gezin-even"), 1));
        assertThat(kleinInKlein).isGreaterThan(kleinInGemengd);
        assertThat(kleinInGemengd).isGreaterThan(kleinInGezin);

        LocalDate vroeg = mediaan(WoningGenerator.genereer(REGIO, Woningvorm.parse("krap-gemengd-vroeg"), 1));
        LocalDate even = mediaan(WoningGenerator.genereer(REGIO, Woningvorm.parse("krap-gemengd-even"), 1));
        LocalDate laat = mediaan(WoningGenerator.genereer(REGIO, Woningvorm.parse("krap-gemengd-laat"), 1));
        assertThat(vroeg).isBefore(even);
        assertThat(even).isBefore(laat);
    }

    @Test
    void everyDwellingIsValidAndWithinTheSpan() {
        List<Woning> w = WoningGenerator.genereer(REGIO, Woningvorm.parse("ruim-klein-laat"), 2);
        assertThat(w).allSatisfy(x -> {
            assertThat(x.beschikbaarVanaf()).isBetween(LocalDate.of(2026, 1, 10), LocalDate.of(2026, 9, 1));
            assertThat(REGIO.gemeenten()).anyMatch(g -> g.code().equals(x.gemeenteCode()));
        });
        assertThat(w.stream().map(Woning::id).distinct()).hasSize(w.size());
        assertThat(w.stream().filter(Woning::isToegankelijk).count()).isBetween(w.size() / 20L, w.size() / 5L);
        // spread over the gemeenten unevenly: the factor 0.4-1.6 per gemeente
        assertThat(w.stream().map(Woning::gemeenteCode).distinct().count()).isGreaterThan(REGIO.gemeenten().size() / 2L);
    }

    @Test
    void aBadShapeIsToldInDutch() {
        assertThatThrownBy(() -> Woningvorm.parse("veel-gezin-laat")).hasMessageContaining("AANBOD-MIX-VRIJKOMEN")
                .hasMessageContaining("'veel-gezin-laat'");
        assertThat(Woningvorm.parse("Ruim-Gezin-Vroeg")).hasToString("ruim-gezin-vroeg");
    }

    private static long klein(List<Woning> w) {
        return w.stream().filter(x -> x.maxPersonen() <= 2).count();
    }

    private static LocalDate mediaan(List<Woning> w) {
        return w.stream().map(Woning::beschikbaarVanaf).sorted().toList().get(w.size() / 2);
    }
}
