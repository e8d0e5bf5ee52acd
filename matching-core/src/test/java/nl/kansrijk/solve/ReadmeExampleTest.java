package nl.kansrijk.solve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import nl.kansrijk.model.Arbeidsmarktregio;
import nl.kansrijk.model.Azc;
import nl.kansrijk.model.Gemeente;
import nl.kansrijk.model.Huishouden;
import nl.kansrijk.model.MatchingProblem;
import nl.kansrijk.model.Taakstelling;
import nl.kansrijk.model.Zorglocatie;
import nl.kansrijk.rules.Regel;
import org.junit.jupiter.api.Test;

/** The embedding example of README.md, as written there, on a two-gemeente problem. */
class ReadmeExampleTest {

    @Test
    void readmeEmbeddingExampleRuns() {
        List<Gemeente> gemeenten = List.of(new Gemeente("GM0344", "Utrecht", "AM24", 52.09, 5.12),
                new Gemeente("GM0363", "Amsterdam", "AM12", 52.37, 4.90));
        List<Arbeidsmarktregio> regios = List.of(new Arbeidsmarktregio("AM24", "Midden-Utrecht", java.util.Map.of("bouw", 70)),
                new Arbeidsmarktregio("AM12", "Groot Amsterdam", java.util.Map.of("zorg", 60)));
        List<Taakstelling> taakstellingen = List.of(new Taakstelling("GM0344", "2026-H1", 10, 0, 0),
                new Taakstelling("GM0363", "2026-H1", 10, 0, 0));
        List<Azc> azcs = List.of(new Azc("AZC-ZEIST", "Azc Zeist", "GM0344", 52.09, 5.23));
        List<Zorglocatie> zorglocaties = List.of();
        // --- as in README.md ---
        MatchingProblem problem = new MatchingProblem("2026-H1", gemeenten, regios, taakstellingen, azcs, zorglocaties,
                List.of(Huishouden.builder("HH-0001", 2, 1).azcCode("AZC-ZEIST").regioadvies("AM24", "AM12")
                        .sectoren("bouw", "zorg").build()));
        MatchingConfig config = MatchingConfig.STANDAARD.withGewicht(Regel.BALANS, 2).withSeed(42);
        MatchingResult result = new MatchingEngine().solve(problem, config);
        for (Koppeling k : result.koppelingen()) {
            System.out.println(k.huishoudenId() + " -> " + k.gemeenteCode() + " " + k.bijdragen().perRegel());
        }
        System.out.println(result.score() + " " + result.totaalPerRegel());
        // --- end of README example ---
        assertThat(result.koppeling("HH-0001").orElseThrow().gemeenteCode()).isEqualTo("GM0344");
        assertThat(result.score().hardScore()).isZero();
    }
}
