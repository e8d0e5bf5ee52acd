package nl.kansrijk.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.kansrijk.model.Huishouden;
import nl.kansrijk.model.MatchingProblem;
import nl.kansrijk.model.ProblemValidator;
import nl.kansrijk.model.Taakstelling;
import nl.kansrijk.solve.MatchingConfig;
import nl.kansrijk.solve.PlanContext;
import org.junit.jupiter.api.Test;

class DemoDataGeneratorTest {

    private static final MatchingProblem NATIONAAL = DemoDataGenerator.genereer(DemoSettings.of(2_000, 7));

    @Test
    void sameSeedGivesIdenticalProblem() {
        DemoSettings s = new DemoSettings(300, 42, "2026-H2", 0.2);
        assertThat(DemoDataGenerator.genereer(s)).isEqualTo(DemoDataGenerator.genereer(s));
    }

    @Test
    void otherSeedGivesOtherHouseholds() {
        assertThat(DemoDataGenerator.genereer(DemoSettings.of(300, 1)).huishoudens())
                .isNotEqualTo(DemoDataGenerator.genereer(DemoSettings.of(300, 2)).huishoudens());
    }

    @Test
    void realGemeentenAndRegionsAndValidProblem() {
        assertThat(NATIONAAL.gemeenten()).hasSize(342);
        assertThat(NATIONAAL.arbeidsmarktregios()).hasSize(35);
        assertThat(NATIONAAL.gemeenten()).anySatisfy(g -> {
            assertThat(g.code()).isEqualTo("GM0363");
            assertThat(g.naam()).isEqualTo("Amsterdam");
            assertThat(g.arbeidsmarktregioCode()).isEqualTo("AM18");
        });
        assertThat(NATIONAAL.arbeidsmarktregios()).allSatisfy(r ->
                assertThat(r.sectorvraag()).containsOnlyKeys(DemoDataGenerator.SECTOREN));
        assertThat(ProblemValidator.validate(NATIONAAL)).isEmpty();
        assertThat(NATIONAAL.effectievePeriode()).isEqualTo("2026-H1");
    }

    @Test
    void householdCountPersonsAndSizeMixAsAsked() {
        List<Huishouden> hh = NATIONAAL.huishoudens();
        assertThat(hh).hasSize(2_000);
        long personen = personen(NATIONAAL);
        assertThat(personen).isBetween(4_200L, 5_000L); // ~2.3 persons per household
        assertThat(hh).allSatisfy(h -> assertThat(h.volwassenen() + h.kinderen()).isEqualTo(h.personen()));
        assertThat(hh).allSatisfy(h -> assertThat(h.volwassenen()).isPositive());
        assertThat(share(hh, h -> h.personen() == 1)).isBetween(0.44, 0.56);
        assertThat(share(hh, h -> h.personen() >= 6)).isBetween(0.03, 0.09);
        assertThat(share(hh, h -> h.volwassenen() == 1 && h.kinderen() > 0)).isBetween(0.08, 0.16);
    }

    @Test
    void hardCriteriaAndAdviceAtRealisticFrequencies() {
        List<Huishouden> hh = NATIONAAL.huishoudens();
        assertThat(share(hh, h -> !h.regioadvies().isEmpty())).isBetween(0.70, 0.80);
        assertThat(share(hh, h -> h.familieGemeente() != null)).isBetween(0.05, 0.11);
        assertThat(share(hh, h -> h.zorgCode() != null)).isBetween(0.015, 0.05);
        assertThat(share(hh, h -> h.werkOfOpleidingGemeente() != null)).isBetween(0.015, 0.05);
        assertThat(share(hh, h -> h.netwerkGemeente() != null)).isBetween(0.12, 0.18);
        assertThat(share(hh, h -> !h.uitgeslotenGemeenten().isEmpty())).isBetween(0.008, 0.035);
        assertThat(share(hh, Huishouden::isNareiziger)).isBetween(0.025, 0.055);
        assertThat(hh).allSatisfy(h -> assertThat(h.kenmerken()).containsKeys("geslacht_hoofdaanvrager", "nationaliteit"));
        // more households live in an azc in the north-east (lat > 52.3, lon > 5.8) than in the south-west
        Map<String, double[]> azc = new HashMap<>();
        NATIONAAL.azcs().forEach(a -> azc.put(a.code(), new double[] {a.lat(), a.lon()}));
        double noordoost = share(hh, h -> azc.get(h.azcCode())[0] > 52.3 && azc.get(h.azcCode())[1] > 5.8);
        double zuidwest = share(hh, h -> azc.get(h.azcCode())[0] < 52.0 && azc.get(h.azcCode())[1] < 5.0);
        assertThat(noordoost).isGreaterThan(2 * zuidwest);
    }

    @Test
    void permitDatesOnWeekdaysWithinThePeriodInIdOrder() {
        List<Huishouden> hh = NATIONAAL.huishoudens();
        assertThat(hh).allSatisfy(h -> {
            assertThat(h.vergunningdatum()).isBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30));
            assertThat(h.vergunningdatum().getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            assertThat(PermitCalendar.isFeestdag(h.vergunningdatum())).isFalse();
        });
        assertThat(hh).isSortedAccordingTo((a, b) -> a.vergunningdatum().compareTo(b.vergunningdatum()));
        assertThat(hh.stream().map(Huishouden::id)).isSorted().doesNotHaveDuplicates();
        assertThat(hh.stream().map(h -> h.vergunningdatum().getMonthValue()).distinct()).hasSize(6);
    }

    @Test
    void knowsEasterAndThePublicHolidays() {
        assertThat(PermitCalendar.pasen(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(PermitCalendar.pasen(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
        assertThat(PermitCalendar.isFeestdag(LocalDate.of(2026, 4, 6))).isTrue(); // tweede paasdag
        assertThat(PermitCalendar.isFeestdag(LocalDate.of(2026, 5, 14))).isTrue(); // hemelvaart
        assertThat(PermitCalendar.isFeestdag(LocalDate.of(2026, 5, 25))).isTrue(); // tweede pinksterdag
        assertThat(PermitCalendar.isFeestdag(LocalDate.of(2026, 4, 27))).isTrue(); // koningsdag
        assertThat(PermitCalendar.isFeestdag(LocalDate.of(2026, 1, 1))).isTrue();
        assertThat(PermitCalendar.isFeestdag(LocalDate.of(2026, 1, 2))).isFalse();
    }

    @Test
    void taakstellingCoversPersonsByAFewPercent() {
        long personen = personen(NATIONAAL);
        long taak = NATIONAAL.taakstellingen().stream().mapToLong(Taakstelling::taakstelling).sum();
        long capaciteit = NATIONAAL.taakstellingen().stream().mapToLong(Taakstelling::capaciteit).sum();
        assertThat(taak).isBetween(personen * 103 / 100, personen * 105 / 100 + 1);
        assertThat(capaciteit).isGreaterThanOrEqualTo(taak).isLessThan(personen * 112 / 100);
        assertThat(NATIONAAL.taakstellingen()).anySatisfy(t -> assertThat(t.achterstand()).isNegative());
        assertThat(NATIONAAL.taakstellingen()).anySatisfy(t -> assertThat(t.achterstand()).isPositive());
        assertThat(NATIONAAL.taakstellingen()).allSatisfy(t -> assertThat(t.capaciteit()).isNotNegative());
    }

    @Test
    void everyHouseholdPassesItsHardRulesSomewhere() {
        MatchingProblem p = DemoDataGenerator.genereer(new DemoSettings(1_500, 3, "2026-H1", 0.3));
        PlanContext ctx = PlanContext.of(p, MatchingConfig.STANDAARD);
        assertThat(p.huishoudens()).allSatisfy(h -> assertThat(ctx.eenheid(h).getToegestaan()).isNotEmpty());
        // pinned households pass their own hard rules where they are pinned
        assertThat(p.huishoudens().stream().filter(Huishouden::isGekoppeld)).allSatisfy(h -> {
            var vrij = ctx.eenheid(h.metGekoppeldGemeente(null)).getToegestaan();
            assertThat(vrij).contains(ctx.bestemming(h.gekoppeldGemeente()));
        });
        assertThat(ctx.bestemmingen()).allSatisfy(b ->
                assertThat(b.vastePersonen()).as(b.toString()).isLessThanOrEqualTo(Math.max(0, b.capaciteit())));
    }

    @Test
    void earliestHouseholdsArePinnedByFraction() {
        MatchingProblem p = DemoDataGenerator.genereer(new DemoSettings(500, 11, "2026-H1", 0.2));
        List<Huishouden> hh = p.huishoudens();
        assertThat(hh.subList(0, 100)).allMatch(Huishouden::isGekoppeld);
        assertThat(hh.subList(100, 500)).noneMatch(Huishouden::isGekoppeld);
        assertThat(hh.subList(0, 100)).filteredOn(Huishouden::isNareiziger)
                .allSatisfy(h -> assertThat(h.gekoppeldGemeente()).isEqualTo(h.nareizigerVanGemeente()));
    }

    @Test
    void badSettingsAreRefused() {
        assertThatThrownBy(() -> DemoSettings.of(0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DemoSettings(5, 1, "2026-H3", 0)).hasMessageContaining("2026-H3");
        assertThatThrownBy(() -> new DemoSettings(5, 1, "2026-H1", 1.5)).hasMessageContaining("1.5");
    }

    @Test
    void aRegioInstanceHasExactlyTheNNearestGemeentenAndIsValid() {
        MatchingProblem p = DemoDataGenerator.genereer(DemoSettings.of(400, 1).withGebied(Gebied.parse("regio:GM0344:16")));
        assertThat(p.gemeenten()).hasSize(16);
        assertThat(p.gemeenten()).anySatisfy(g -> assertThat(g.code()).isEqualTo("GM0344"));
        assertThat(p.gemeenten()).anySatisfy(g -> assertThat(g.code()).isEqualTo("GM0310")); // De Bilt, next door
        assertThat(p.gemeenten()).noneSatisfy(g -> assertThat(g.code()).isEqualTo("GM0363")); // Amsterdam, 35 km
        assertThat(p.taakstellingen()).hasSize(16);
        assertThat(p.arbeidsmarktregios()).extracting(r -> r.code())
                .containsExactlyInAnyOrderElementsOf(p.gemeenten().stream().map(g -> g.arbeidsmarktregioCode()).distinct().toList());
        assertThat(p.azcs()).isNotEmpty().hasSizeLessThan(NATIONAAL.azcs().size());
        assertThat(ProblemValidator.validate(p)).isEmpty();
        // the gemeenten keep the housing share they have nationally for the same seed
        MatchingProblem land = DemoDataGenerator.genereer(DemoSettings.of(400, 1));
        assertThat(land.gemeenten()).containsAll(p.gemeenten());
        PlanContext ctx = PlanContext.of(p, MatchingConfig.STANDAARD);
        assertThat(p.huishoudens()).allSatisfy(h -> assertThat(ctx.eenheid(h).getToegestaan()).isNotEmpty());
    }

    @Test
    void aListOfGemeentenIsExactlyThoseGemeenten() {
        String u16 = "GM0344,GM0310,GM0312,GM0321,GM0331,GM0335,GM0352,GM0353,GM0355,GM0356,GM0589,GM0632,GM0736,"
                + "GM1581,GM1904,GM1961";
        MatchingProblem p = DemoDataGenerator.genereer(DemoSettings.of(300, 1).withGebied(Gebied.parse("gemeenten:" + u16)));
        assertThat(p.gemeenten()).extracting(g -> g.code()).containsExactlyInAnyOrder(u16.split(","));
        assertThat(ProblemValidator.validate(p)).isEmpty();
        assertThat(Gebied.parse("gemeenten:" + u16).toString()).isEqualTo("gemeenten:" + u16);
        assertThatThrownBy(() -> Gebied.parse("gemeenten:GM0344,GM9999")).hasMessageContaining("GM9999");
        assertThatThrownBy(() -> Gebied.parse("gemeenten:GM0344,GM0344")).hasMessageContaining("twee keer");
    }

    @Test
    void aProvinceInstanceHasItsGemeenten() {
        MatchingProblem p = DemoDataGenerator.genereer(DemoSettings.of(300, 1).withGebied(Gebied.parse("provincie:zeeland")));
        assertThat(p.gemeenten()).hasSize(13);
        assertThat(ProblemValidator.validate(p)).isEmpty();
        assertThatThrownBy(() -> Gebied.parse("provincie:Atlantis")).hasMessageContaining("Atlantis").hasMessageContaining("Zeeland");
        assertThatThrownBy(() -> Gebied.parse("regio:GM9999:5")).hasMessageContaining("GM9999");
        assertThatThrownBy(() -> Gebied.parse("regio:GM0344:400")).hasMessageContaining("tussen 1 en 342");
        assertThatThrownBy(() -> Gebied.parse("stad")).hasMessageContaining("land, provincie:NAAM, regio:GMxxxx:N of gemeenten:GMxxxx,GMyyyy");
    }

    @Test
    void onplaatsbaarMakesTrulyUnplaceableHouseholds() {
        for (double gekoppeld : new double[] {0.0, 0.3}) {
            DemoSettings s = DemoSettings.of(500, 4).withGebied(Gebied.regio("GM0014", 25)).withRuimte(0.01)
                    .withGekoppeldFractie(gekoppeld).withOnplaatsbaar(0.02);
            MatchingProblem p = DemoDataGenerator.genereer(s);
            PlanContext ctx = PlanContext.of(p, MatchingConfig.STANDAARD);
            long onplaatsbaar = p.huishoudens().stream().filter(h -> !h.isGekoppeld() && geenPlaats(p, ctx, h)).count();
            assertThat(onplaatsbaar).as("gekoppeld " + gekoppeld).isEqualTo(10);
            assertThat(ProblemValidator.validate(p)).isEmpty();
        }
        // the default keeps every household placeable
        MatchingProblem p = DemoDataGenerator.genereer(DemoSettings.of(500, 4).withGebied(Gebied.regio("GM0014", 25)));
        PlanContext ctx = PlanContext.of(p, MatchingConfig.STANDAARD);
        assertThat(p.huishoudens()).noneMatch(h -> geenPlaats(p, ctx, h));
    }

    /**
     * Whether no plan can place the household without breaking a hard rule: no gemeente passes its per-household
     * rules, or every one that does lacks room for it beyond the pinned households and the nareizigers that may join
     * their family there (which the voorrang-gebonden rule places first).
     */
    private static boolean geenPlaats(MatchingProblem p, PlanContext ctx, Huishouden h) {
        Map<String, Long> vast = new HashMap<>();
        for (Huishouden x : p.huishoudens()) {
            if (x.isGekoppeld()) {
                vast.merge(x.gekoppeldGemeente(), (long) x.personen(), Long::sum);
            } else if (x.isNareiziger() && ctx.eenheid(x).getToegestaan().contains(ctx.bestemming(x.nareizigerVanGemeente()))) {
                vast.merge(x.nareizigerVanGemeente(), (long) x.personen(), Long::sum);
            }
        }
        return ctx.eenheid(h).getToegestaan().stream()
                .allMatch(b -> b.capaciteit() - vast.getOrDefault(b.code(), 0L) < h.personen());
    }

    @Test
    void ruimteSetsTheTotalCapacity() {
        for (double f : new double[] {0.0, 0.05, 0.12}) {
            MatchingProblem p = DemoDataGenerator.genereer(DemoSettings.of(600, 2).withGebied(Gebied.regio("GM0772", 25)).withRuimte(f));
            long capaciteit = p.taakstellingen().stream().mapToLong(Taakstelling::capaciteit).sum();
            assertThat(capaciteit).as("ruimte " + f).isEqualTo(Math.round(personen(p) * (1 + f)));
            assertThat(p.taakstellingen()).allSatisfy(t -> assertThat(t.capaciteit()).isNotNegative());
            // taakstellingen proportional to inhabitants (largest remainder: within one person of the exact share)
            long taak = p.taakstellingen().stream().mapToLong(Taakstelling::taakstelling).sum();
            long inwoners = p.gemeenten().stream().mapToLong(g -> g.inwoners()).sum();
            Map<String, Integer> inw = new HashMap<>();
            p.gemeenten().forEach(g -> inw.put(g.code(), g.inwoners()));
            assertThat(p.taakstellingen()).allSatisfy(t -> assertThat(Math.abs(t.taakstelling()
                    - (double) taak * inw.get(t.gemeenteCode()) / inwoners)).isLessThan(1.0));
        }
        assertThatThrownBy(() -> DemoSettings.of(5, 1).withRuimte(0.2)).hasMessageContaining("ruimte");
    }

    @Test
    void aankomstShapesThePermitDates() {
        int[] even = perMaand(DemoDataGenerator.genereer(DemoSettings.of(2_000, 5)));
        int[] laat = perMaand(DemoDataGenerator.genereer(DemoSettings.of(2_000, 5).withAankomst(Aankomst.LAAT)));
        int[] golven = perMaand(DemoDataGenerator.genereer(DemoSettings.of(2_000, 5).withAankomst(Aankomst.GOLVEN)));
        assertThat(laat[5]).isGreaterThan(2 * laat[0]);
        assertThat(even[5]).isLessThan(2 * even[0]);
        int max = java.util.Arrays.stream(golven).max().orElseThrow();
        int min = java.util.Arrays.stream(golven).min().orElseThrow();
        assertThat(max).isGreaterThan(2 * min);
        assertThat(Aankomst.parse("Golven")).isEqualTo(Aankomst.GOLVEN);
        assertThatThrownBy(() -> Aankomst.parse("soms")).hasMessageContaining("soms");
    }

    @Test
    void aangekondigdAndVoorkeurSetTheirShares() {
        MatchingProblem niemand = DemoDataGenerator.genereer(DemoSettings.of(2_000, 6).withAangekondigd(0).withVoorkeur(0));
        MatchingProblem iedereen = DemoDataGenerator.genereer(DemoSettings.of(2_000, 6).withAangekondigd(1).withVoorkeur(1));
        assertThat(niemand.huishoudens()).allSatisfy(h -> assertThat(h.voorkeurGemeenten()).isEmpty());
        assertThat(iedereen.huishoudens()).allSatisfy(h -> assertThat(h.voorkeurGemeenten()).isNotEmpty());
        assertThat(iedereen.huishoudens().stream().filter(Huishouden::isNareiziger))
                .isNotEmpty().allSatisfy(h -> assertThat(h.nareizigerAangekondigd()).isNotNull());
        assertThat(niemand.huishoudens()).allSatisfy(h -> assertThat(h.nareizigerAangekondigd()).isNull());
    }

    private static int[] perMaand(MatchingProblem p) {
        int[] n = new int[6];
        p.huishoudens().forEach(h -> n[(h.vergunningdatum().getMonthValue() - 1) % 6]++);
        return n;
    }

    private static long personen(MatchingProblem p) {
        return p.huishoudens().stream().mapToLong(Huishouden::personen).sum();
    }

    private static double share(List<Huishouden> hh, java.util.function.Predicate<Huishouden> test) {
        return (double) hh.stream().filter(test).count() / hh.size();
    }
}
