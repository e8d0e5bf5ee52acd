package nl.kansrijk.solve;

import static nl.kansrijk.solve.KleinVoorbeeld.huishouden;
import static nl.kansrijk.solve.KleinVoorbeeld.probleem;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import ai.timefold.solver.core.api.score.stream.test.ConstraintVerifier;
import nl.kansrijk.model.Huishouden;
import nl.kansrijk.model.Koppelplan;
import nl.kansrijk.model.Plaatsingseenheid;
import nl.kansrijk.model.Woning;
import nl.kansrijk.model.Woningaanbod;
import nl.kansrijk.rules.Bijdragen;
import nl.kansrijk.rules.Regel;
import nl.kansrijk.rules.Woonkans;
import org.junit.jupiter.api.Test;

/**
 * The woning rule: a household is rewarded, per person, by its prospect of a fitting dwelling soon in the gemeente
 * ({@link Woonkans}), and by nothing without dwellings. Gemeenten of {@link KleinVoorbeeld}; the period 2026-H1.
 */
class WoningRegelTest {

    private final ConstraintVerifier<KoppelingConstraints, Koppelplan> verifier =
            ConstraintVerifier.build(new KoppelingConstraints(), Koppelplan.class, Plaatsingseenheid.class);

    private static final LocalDate VERGUNNING = LocalDate.of(2026, 1, 1);

    private static Woning woning(String id, String gemeente, LocalDate vanaf, int min, int max, Boolean toegankelijk) {
        return new Woning(id, gemeente, vanaf, min, max, toegankelijk, null, null, null);
    }

    /** W1 in C after 20 days for 2–4 persons, W2 in A for 1 person, W3 in B after 334 days for 2–5 persons. */
    private static Woningaanbod aanbod() {
        return new Woningaanbod(List.of(
                woning("W1", "GM0003", VERGUNNING.plusDays(20), 2, 4, null),
                woning("W2", "GM0001", VERGUNNING, 1, 1, null),
                woning("W3", "GM0002", VERGUNNING.plusDays(334), 2, 5, null)), List.of());
    }

    private static Plaatsingseenheid in(PlanContext ctx, Huishouden h, String gemeente) {
        Plaatsingseenheid p = ctx.eenheid(h);
        p.setBestemming(ctx.bestemming(gemeente));
        return p;
    }

    @Test
    void rewardsPersonsTimesTheValueOfTheFittingDwellingExpected() {
        Huishouden h = huishouden("H1", 2, 1).vergunningdatum(VERGUNNING).build(); // 3 persons, the only free one
        PlanContext ctx = PlanContext.of(probleem(List.of(h), 4, 4, 3), KleinVoorbeeld.reproduceerbaar(), aanbod());
        // C: W1 after 20 days, 1 household expected: 3 × round(50 + 50 × 163 / 183) = 3 × round(94.54)
        verifier.verifyThat(KoppelingConstraints::woning).given(in(ctx, h, "GM0003")).rewardsWith(3 * 95);
        // B: W3 after 334 days, beyond the horizon: a dwelling at all, 3 × 50
        verifier.verifyThat(KoppelingConstraints::woning).given(in(ctx, h, "GM0002")).rewardsWith(3 * 50);
        // A: only a one-person dwelling, which does not fit
        verifier.verifyThat(KoppelingConstraints::woning).given(in(ctx, h, "GM0001")).rewardsWith(0);
    }

    @Test
    void withoutDwellingsTheRuleGivesNothing() {
        Huishouden h = huishouden("H1", 2, 1).vergunningdatum(VERGUNNING).build();
        PlanContext ctx = PlanContext.of(probleem(List.of(h), 4, 4, 3), KleinVoorbeeld.reproduceerbaar());
        verifier.verifyThat(KoppelingConstraints::woning).given(in(ctx, h, "GM0003")).rewardsWith(0);
        assertThat(ctx.eenheid(h).getProfiel().woonkans()).isNull();
    }

    @Test
    void competitionForFewDwellingsLowersTheValue() {
        // two free households of 3 persons, room only in C (6 persons): 2 households expected for the one dwelling W1
        Huishouden h1 = huishouden("H1", 2, 1).vergunningdatum(VERGUNNING).build();
        Huishouden h2 = huishouden("H2", 2, 1).vergunningdatum(VERGUNNING).build();
        PlanContext ctx = PlanContext.of(probleem(List.of(h1, h2), 0, 0, 6), KleinVoorbeeld.reproduceerbaar(), aanbod());
        verifier.verifyThat(KoppelingConstraints::woning).given(in(ctx, h1, "GM0003")).rewardsWith(3 * 47); // round(94.54 / 2)
    }

    @Test
    void laterPermitWaitsLessAndAccessibilityIsRequiredWhereMarked() {
        Huishouden later = huishouden("H1", 2, 0).vergunningdatum(VERGUNNING.plusDays(15)).build();
        Huishouden zorg = huishouden("H2", 2, 0).vergunningdatum(VERGUNNING).zorgCode("ZL1").build();
        Woningaanbod gemarkeerd = new Woningaanbod(List.of(
                woning("W1", "GM0003", VERGUNNING.plusDays(20), 2, 4, false),
                woning("W2", "GM0002", VERGUNNING.plusDays(40), 2, 4, true)), List.of());
        PlanContext ctx = PlanContext.of(probleem(List.of(later, zorg), 4, 4, 4), KleinVoorbeeld.reproduceerbaar(),
                gemarkeerd);
        int c = ctx.bestemming("GM0003").index();
        int b = ctx.bestemming("GM0002").index();
        assertThat(ctx.eenheid(later).getProfiel().woonkans()[c]).isEqualTo(99); // 5 days: 98.63
        assertThat(ctx.eenheid(zorg).getProfiel().woonkans()[c]).isZero(); // W1 is marked not accessible
        assertThat(ctx.eenheid(zorg).getProfiel().woonkans()[b]).isEqualTo(89); // 40 days: 89.07
    }

    @Test
    void contributionsAndScoreAgreeAndTheEnginePrefersTheGemeenteWithAHome() {
        // one 3-person household, room everywhere: without homes the other rules choose; with a home only in C the
        // woning rule adds weight 5 × 3 × 95 there, which the engine's plan must take when the rest differs by less
        Huishouden h = huishouden("H1", 2, 1).vergunningdatum(VERGUNNING).build();
        Woningaanbod alleenC = new Woningaanbod(List.of(woning("W1", "GM0003", VERGUNNING.plusDays(20), 2, 4, null)),
                List.of());
        MatchingConfig cfg = KleinVoorbeeld.reproduceerbaar().withGewicht(Regel.WONING, 5);
        PlanContext zonder = PlanContext.of(probleem(List.of(h), 4, 4, 4), cfg);
        PlanContext met = PlanContext.of(probleem(List.of(h), 4, 4, 4), cfg, alleenC);
        MatchingResult r0 = new MatchingEngine().solve(zonder, v -> { });
        MatchingResult r1 = new MatchingEngine().solve(met, v -> { });
        String zonderCode = r0.koppelingen().get(0).gemeenteCode();
        long verschil = Bijdragen.zacht(zonder.eenheid(h), zonder.bestemming(zonderCode), cfg.gewichten())
                - Bijdragen.zacht(zonder.eenheid(h), zonder.bestemming("GM0003"), cfg.gewichten());
        assertThat(zonderCode).isNotEqualTo("GM0003");
        assertThat(verschil).as("the other rules' preference for %s over C", zonderCode).isLessThan(5 * 3 * 95);
        assertThat(r1.koppelingen().get(0).gemeenteCode()).isEqualTo("GM0003");
        assertThat(r1.koppelingen().get(0).bijdragen().get(Regel.WONING)).isEqualTo(5 * 3 * 95);
        assertThat(r1.totaalPerRegel()).containsEntry(Regel.WONING, 5L * 3 * 95);
        assertThat(r0.totaalPerRegel().getOrDefault(Regel.WONING, 0L)).isZero();
    }
}
