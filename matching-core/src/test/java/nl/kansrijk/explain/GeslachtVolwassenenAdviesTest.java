package nl.kansrijk.explain;

import static nl.kansrijk.explain.Voorbeeld.PLAN;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import nl.kansrijk.model.Bestemming;
import nl.kansrijk.model.Groepsindeling;
import nl.kansrijk.model.Huishouden;
import nl.kansrijk.model.MatchingProblem;
import nl.kansrijk.model.Persoon;
import nl.kansrijk.rules.Regel;
import nl.kansrijk.solve.MatchingConfig;
import nl.kansrijk.solve.MatchingEngine;
import nl.kansrijk.solve.MatchingResult;
import nl.kansrijk.solve.PlanContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Advice, evaluation and explanations with groepsgelijkheid grouped by the sex of every adult
 * ({@code geslacht_volwassenen}): each option's change per rule, the group term included, is what Timefold's own score
 * calculation gives, and a plan's contributions add up exactly to Timefold's score. The households of {@link Voorbeeld},
 * every adult listed with a sex (families with a man and a woman), T1's adults with their own probabilities.
 */
class GeslachtVolwassenenAdviesTest {

    private static final MatchingEngine ENGINE = new MatchingEngine();
    private static final MatchingConfig CONFIG = MatchingConfig.STANDAARD.withGewicht(Regel.GROEPSGELIJKHEID, 7)
            .withGroepsindeling(new Groepsindeling(Groepsindeling.GESLACHT_VOLWASSENEN));
    private static final MatchingProblem PROBLEEM = Voorbeeld.probleem(metGeslacht(Voorbeeld.alle()));
    private static final PlanContext CTX = PlanContext.of(PROBLEEM, CONFIG);

    /** Every adult listed: the first a woman in every other household, a second adult of the other sex. */
    private static List<Huishouden> metGeslacht(List<Huishouden> hs) {
        List<Huishouden> uit = new ArrayList<>();
        for (int i = 0; i < hs.size(); i++) {
            Huishouden h = hs.get(i);
            String eerste = i % 2 == 0 ? "v" : "m";
            String tweede = eerste.equals("v") ? "m" : "v";
            List<Persoon> leden = new ArrayList<>();
            for (int a = 0; a < h.volwassenen(); a++) {
                Map<String, Double> eigen = !h.id().equals("T1") ? null
                        : Map.of("AM01", a == 0 ? 0.7 : 0.1, "AM02", a == 0 ? 0.9 : 0.5);
                leden.add(new Persoon("P" + (a + 1), true, a == 0 ? eerste : tweede, eigen));
            }
            uit.add(h.toBuilder().leden(leden).build());
        }
        return uit;
    }

    private static Huishouden huishouden(String id) {
        return PROBLEEM.huishoudens().stream().filter(h -> h.id().equals(id)).findFirst().orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(strings = {"T1", "T2", "T3", "T4", "T5", "T6"})
    void adviceChangePerRuleIsTimefoldsScoreChange(String id) {
        HardMediumSoftScore s0 = ENGINE.score(CTX.plan(PLAN));
        Map<Regel, Long> t0 = ENGINE.evaluate(CTX, PLAN).totaalPerRegel();
        Advies advies = new Adviseur(CTX, PLAN).advies(huishouden(id), 6);
        assertThat(advies.opties()).isNotEmpty();
        for (Optie o : advies.opties()) {
            Map<String, String> plan = new HashMap<>(PLAN);
            plan.put(id, o.gemeenteCode());
            assertThat(o.delta()).isEqualTo(ENGINE.score(CTX.plan(plan)).subtract(s0));
            Map<Regel, Long> t = ENGINE.evaluate(CTX, plan).totaalPerRegel();
            Map<Regel, Long> delta = new EnumMap<>(Regel.class);
            for (Regel r : Regel.values()) {
                if (t.get(r) - t0.get(r) != 0) {
                    delta.put(r, t.get(r) - t0.get(r));
                }
            }
            assertThat(o.perRegel()).isEqualTo(delta);
        }
    }

    @Test
    void theGroupTermChangesInSomeOptionAndTheContributionsAddUpToTimefoldsScore() {
        assertThat(List.of("T1", "T2", "T3", "T4", "T5", "T6")).flatExtracting(id -> new Adviseur(CTX, PLAN)
                .advies(huishouden(id), 6).opties()).anySatisfy(o -> assertThat(o.perRegel()).containsKey(Regel.GROEPSGELIJKHEID));
        Map<String, String> plan = new HashMap<>(PLAN);
        plan.put("T1", "GM0001");
        plan.put("T6", "GM0003");
        MatchingResult r = ENGINE.evaluate(CTX, plan);
        assertThat(r.score()).isEqualTo(ENGINE.score(CTX.plan(plan)));
        assertThat(r.totaalPerRegel().get(Regel.GROEPSGELIJKHEID)).isNegative();
        long som = r.totaalPerRegel().values().stream().mapToLong(Long::longValue).sum();
        assertThat(som).isEqualTo(r.score().hardScore() + r.score().mediumScore() + r.score().softScore());
    }

    @Test
    void theExplanationNamesTheGroupsOfTheAdults() {
        Bestemming b = CTX.bestemming("GM0001");
        assertThat(Toelichting.feit(CTX, CTX.eenheid(huishouden("T1")), b, Regel.GROEPSGELIJKHEID, 0))
                .startsWith("groepsgelijkheid: groepen m 1, v 1 (geslacht_volwassenen), referentie ");
        assertThat(Toelichting.feit(CTX, CTX.eenheid(huishouden("T2")), b, Regel.GROEPSGELIJKHEID, 0))
                .startsWith("groepsgelijkheid: groep m (geslacht_volwassenen)");
    }

    /**
     * The per-group figures of geslacht_volwassenen count every adult: over the groups, the persons are all the
     * adults, each household is in the group of every sex among its adults, and each group's soft points per person
     * are its Z_G / N_G as the rule sums them.
     */
    @Test
    void thePerGroupFiguresCountEveryAdult() {
        PlanContext ctx = PlanContext.of(PROBLEEM, CONFIG.withMinGroepsgrootte(1));
        Map<String, String> plan = new HashMap<>(PLAN);
        plan.put("T1", "GM0001");
        plan.put("T6", "GM0003");
        MatchingResult r = ENGINE.evaluate(ctx, plan);
        var g = nl.kansrijk.metrics.Metrics.van(ctx, r)
                .groepsverschil(new Groepsindeling(Groepsindeling.GESLACHT_VOLWASSENEN)).orElseThrow();
        assertThat(g.perGroep()).containsOnlyKeys("m", "v");
        long volwassenen = PROBLEEM.huishoudens().stream().mapToLong(Huishouden::volwassenen).sum();
        assertThat(g.perGroep().values().stream().mapToLong(k -> k.personen()).sum()).isEqualTo(volwassenen);
        long metTwee = PROBLEEM.huishoudens().stream().filter(h -> h.volwassenen() == 2).count();
        assertThat(g.perGroep().values().stream().mapToLong(k -> k.huishoudens()).sum())
                .isEqualTo(PROBLEEM.huishoudens().size() + metTwee); // a man and a woman: in both groups
        // soft points per person as the rule's group standings give them (Z_G / N_G over the placed adults)
        var standen = nl.kansrijk.rules.Groepstand.van(ctx.plan(plan).getEenheden());
        for (var s : standen) {
            assertThat(g.perGroep().get(s.groep()).zachtPerPersoon()).isCloseTo(s.gemiddelde(),
                    org.assertj.core.api.Assertions.within(1e-9));
            assertThat(g.perGroep().get(s.groep()).geplaatstePersonen()).isEqualTo(s.personen());
        }
        // a grouping of households is unchanged beside it: household type counts every person of every household
        var type = nl.kansrijk.metrics.Metrics.van(ctx, r).groepsverschil(Groepsindeling.STANDAARD).orElseThrow();
        assertThat(type.perGroep().values().stream().mapToLong(k -> k.personen()).sum())
                .isEqualTo(PROBLEEM.huishoudens().stream().mapToLong(Huishouden::personen).sum());
    }
}
