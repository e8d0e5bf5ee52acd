package nl.kansrijk.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import nl.kansrijk.model.Arbeidsmarktregio;
import nl.kansrijk.model.Azc;
import nl.kansrijk.model.Gemeente;
import nl.kansrijk.model.Huishouden;
import nl.kansrijk.model.MatchingProblem;
import nl.kansrijk.model.Opleidingsniveau;
import nl.kansrijk.model.Taakstelling;
import nl.kansrijk.solve.MatchingConfig;
import nl.kansrijk.solve.MatchingEngine;
import nl.kansrijk.solve.MatchingResult;
import nl.kansrijk.solve.PlanContext;
import org.junit.jupiter.api.Test;

class MetricsTest {

    // A–B 11 km, A–C 111 km; azc at A.
    private static final List<Gemeente> GEMEENTEN = List.of(
            new Gemeente("GM0001", "A", "AM01", 52.0, 5.0), new Gemeente("GM0002", "B", "AM01", 52.1, 5.0),
            new Gemeente("GM0003", "C", "AM02", 53.0, 5.0));

    private static MatchingProblem probleem(List<Huishouden> hs) {
        return new MatchingProblem("2026-H1", GEMEENTEN,
                List.of(new Arbeidsmarktregio("AM01", "Noord", Map.of("bouw", 80, "zorg", 20)),
                        new Arbeidsmarktregio("AM02", "Zuid", Map.of("bouw", 10))),
                List.of(new Taakstelling("GM0001", "2026-H1", 10, 0, 0), new Taakstelling("GM0002", "2026-H1", 10, 0, 5),
                        new Taakstelling("GM0003", "2026-H1", 10, 0, 0)),
                List.of(new Azc("AZC1", "azc", "GM0001", 52.0, 5.0)), List.of(), hs);
    }

    @Test
    void computesSharesDistancesAndGroupGaps() {
        List<Huishouden> hs = List.of(
                Huishouden.builder("H1", 1, 0).azcCode("AZC1").regioadvies("AM01").sectoren("bouw", "zorg")
                        .opleidingsniveau(Opleidingsniveau.HOOG).kenmerk("geslacht", "v").build(),
                Huishouden.builder("H2", 2, 2).azcCode("AZC1").regioadvies("AM01", "AM02").voorkeurGemeenten("GM0003")
                        .opleidingsniveau(Opleidingsniveau.LAAG).kenmerk("geslacht", "m").build(),
                Huishouden.builder("H3", 2, 0).azcCode("AZC1").netwerkGemeente("GM0001").kenmerk("geslacht", "m").build());
        MatchingProblem p = probleem(hs);
        MatchingConfig c = MatchingConfig.STANDAARD.withMinGroepsgrootte(1); // three households: show every group
        MatchingResult r = new MatchingEngine().evaluate(p, c, Map.of("H1", "GM0002", "H2", "GM0003"));
        Metrics m = Metrics.van(PlanContext.of(p, c), r);
        Kwaliteit t = m.totaal();
        assertThat(t.personen()).isEqualTo(7);
        assertThat(t.geplaatstePersonen()).isEqualTo(5);
        assertThat(t.aandeelEersteRegio()).isCloseTo(1 / 5.0, within(1e-9));   // H1 in rank 1; H2 in rank 2
        assertThat(t.aandeelAdviesRegio()).isCloseTo(1.0, within(1e-9));
        assertThat(t.kmGemiddeld()).isCloseTo((11 + 4 * 111) / 5.0, within(1e-9));
        assertThat(t.kmP90()).isEqualTo(111);
        assertThat(t.aandeelVoorkeurOfNetwerk()).isCloseTo(4 / 6.0, within(1e-9)); // H2 yes, H3 unplaced
        assertThat(t.gemiddeldeSectorvraag()).isCloseTo(50.0, within(1e-9));      // H1: (80+20)/2
        // fill ratios: A 0/10, B (5+1)/10, C 4/10
        assertThat(m.vulgraadMin()).isEqualTo(0.0);
        assertThat(m.vulgraadMax()).isCloseTo(0.6, within(1e-9));
        assertThat(m.vulgraadGini()).isCloseTo(Metrics.gini(new double[] {0, 0.4, 0.6}), within(1e-12));
        Groepsverschil geslacht = m.groepen().stream().filter(g -> g.indeling().equals("kenmerk:geslacht")).findFirst().orElseThrow();
        assertThat(geslacht.perGroep()).containsOnlyKeys("m", "v");
        assertThat(geslacht.grootsteVerschil().get("aandeel_geplaatst")).isCloseTo(1.0 - 4 / 6.0, within(1e-9));
        assertThat(m.groepen().get(0).perGroep()).containsKeys("alleenstaand", "stel", "gezin 3-5");
        // placed share: by household type 1 − 0 (stel unplaced), by education 1 − 0 as well: the first of a tie wins
        assertThat(m.grootsteGroepsverschil("aandeel_geplaatst").orElseThrow().indeling()).isEqualTo("huishoudtype");
        // km: only alleenstaand (11) and gezin 3-5 (111) placed by type, the same two by education: 100 either way
        assertThat(m.grootsteGroepsverschil("km_gemiddeld").orElseThrow().grootsteVerschil().get("km_gemiddeld"))
                .isCloseTo(100.0, within(1e-9));
    }

    @Test
    void giniOfEqualValuesIsZeroAndOfOneHolderIsHigh() {
        assertThat(Metrics.gini(new double[] {0.5, 0.5, 0.5})).isZero();
        assertThat(Metrics.gini(new double[] {0, 0, 0, 1})).isCloseTo(0.75, within(1e-12));
    }

    /** {@code n} households of one person each with geslacht {@code g}, ids from {@code eerste}. */
    private static List<Huishouden> reeks(String g, int eerste, int n) {
        return java.util.stream.IntStream.range(eerste, eerste + n)
                .mapToObj(i -> Huishouden.builder("H" + i, 1, 0).azcCode("AZC1").regioadvies("AM01").kenmerk("geslacht", g).build())
                .toList();
    }

    @Test
    void smallGroupsAreShownWithoutMeasuresAndTakeNoPartInTheGaps() {
        List<Huishouden> hs = new java.util.ArrayList<>(reeks("m", 0, 12));
        hs.addAll(reeks("v", 100, 11));
        hs.addAll(reeks("x", 200, 2)); // a rare value: 2 households
        MatchingProblem p = probleem(hs);
        MatchingConfig c = MatchingConfig.STANDAARD;
        Map<String, String> plan = new java.util.HashMap<>();
        hs.forEach(h -> plan.put(h.id(), h.id().startsWith("H2") ? "GM0003" : "GM0001")); // the rare ones far off
        Metrics m = Metrics.van(PlanContext.of(p, c), new MatchingEngine().evaluate(p, c, plan));
        Groepsverschil geslacht = m.groepen().stream().filter(g -> g.indeling().equals("kenmerk:geslacht")).findFirst().orElseThrow();
        // x alone would be readable from the total minus m and v: the smaller of those (v, 11) is suppressed too
        assertThat(geslacht.onderdrukt()).containsExactly(Map.entry("v", "\u2265 10"), Map.entry("x", "< 10"));
        assertThat(geslacht.perGroep()).containsOnlyKeys("m");
        assertThat(geslacht.grootsteVerschil().get("aandeel_eerste_regio")).isZero();
        // with a threshold of 2 the rare group is shown with its measures
        Metrics open = Metrics.van(PlanContext.of(p, c.withMinGroepsgrootte(2)), new MatchingEngine().evaluate(p, c, plan));
        Groepsverschil alle = open.groepen().stream().filter(g -> g.indeling().equals("kenmerk:geslacht")).findFirst().orElseThrow();
        assertThat(alle.perGroep()).containsOnlyKeys("m", "v", "x");
        assertThat(alle.grootsteVerschil().get("aandeel_eerste_regio")).isCloseTo(1.0, within(1e-9));
    }
}
