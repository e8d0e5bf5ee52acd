package nl.kansrijk.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.kansrijk.model.Huishouden;
import nl.kansrijk.model.MatchingProblem;
import nl.kansrijk.model.Taakstelling;
import nl.kansrijk.solve.MatchingEngine;
import org.junit.jupiter.api.Test;

/**
 * An announced nareiziger keeps its family's room: four weeks of {@link Halfjaar}'s couples (every one of them
 * would rather live in A), A with room for 8 persons and B for 12, and in the fourth week a nareiziger couple whose
 * family lives in A. Greedy fills A in the first two weeks; only when the nareiziger is known in time does A keep
 * two places for it.
 */
class AangekondigdeNareizigerTest {

    private static final LocalDate VIERDE_WEEK = Halfjaar.EERSTE_MAANDAG.plusWeeks(3);

    private final Simulator simulator = new Simulator(new MatchingEngine(20));

    private static MatchingProblem probleem(LocalDate aangekondigd) {
        MatchingProblem vier = Halfjaar.probleem(4);
        List<Huishouden> hs = new ArrayList<>(vier.huishoudens());
        hs.add(Huishouden.builder("N1", 2, 0).azcCode("AZC1").vergunningdatum(VIERDE_WEEK)
                .nareizigerVanGemeente(Halfjaar.A.code()).nareizigerAangekondigd(aangekondigd).build());
        return new MatchingProblem("2026-H1", vier.gemeenten(), vier.arbeidsmarktregios(),
                List.of(new Taakstelling(Halfjaar.A.code(), "2026-H1", 8, 0, 0),
                        new Taakstelling(Halfjaar.B.code(), "2026-H1", 12, 0, 0)),
                vier.azcs(), vier.zorglocaties(), hs);
    }

    private Beleidsuitkomst speel(MatchingProblem p, OnlineBeleid beleid) {
        return simulator.simuleer(p, Halfjaar.instellingen(Batchritme.WEKELIJKS), List.of(beleid)).beleid().get(0);
    }

    private static String gemeente(Beleidsuitkomst u, String id) {
        return u.resultaat().koppelingen().stream().filter(k -> k.huishouden().id().equals(id)).findFirst()
                .orElseThrow().gemeenteCode();
    }

    @Test
    void greedyKeepsTheRoomOfANareizigerAnnouncedBeforeThePeriod() {
        Beleidsuitkomst u = speel(probleem(LocalDate.of(2025, 12, 1)), new GretigBeleid());

        assertThat(u.nietGeplaatstePersonen()).isZero();
        assertThat(u.resultaat().isHaalbaar()).isTrue();
        assertThat(gemeente(u, "N1")).isEqualTo(Halfjaar.A.code());
        // A took the three couples of the first two weeks that fit next to the nareiziger's two places
        assertThat(u.resultaat().koppelingen().stream()
                .filter(k -> Halfjaar.A.code().equals(k.gemeenteCode())).count()).isEqualTo(4);
    }

    @Test
    void withoutAnnouncementOrAnnouncedTooLateTheFamilyGemeenteIsFullWhenTheNareizigerComes() {
        for (LocalDate aangekondigd : new LocalDate[] {null, Halfjaar.EERSTE_MAANDAG.plusWeeks(2)}) {
            Beleidsuitkomst u = speel(probleem(aangekondigd), new GretigBeleid());

            // the nareiziger joins its family all the same (leaving it out would break voorrang-gebonden); the free
            // couples that filled A before anyone knew of it are 2 persons over A's taakstelling
            assertThat(u.nietGeplaatstePersonen()).as("aangekondigd %s", aangekondigd).isZero();
            assertThat(gemeente(u, "N1")).isEqualTo(Halfjaar.A.code());
            assertThat(u.resultaat().score().hardScore()).isEqualTo(-2);
            // judged when each koppeling was made, the couples were pinned when N1 came: N1 is bound to A, no rule broken
            assertThat(u.hard()).isZero();
            assertThat(u.resultaat().gemeenten().stream().mapToLong(g -> g.bijdragen().perRegel()
                    .getOrDefault(nl.kansrijk.rules.Regel.TAAKSTELLING, 0L)).sum()).isEqualTo(-2);
        }
    }

    @Test
    void thePricePolicyAndTheBatchPolicyKeepTheRoomToo() {
        MatchingProblem p = probleem(Halfjaar.EERSTE_MAANDAG.minusDays(1));
        MatchingEngine engine = new MatchingEngine(20);
        for (OnlineBeleid beleid : List.of(new PrijsBeleid(Verwachting.PROFIELMIX, 2),
                new BatchBeleid(engine, new Zoekbudget(500)))) {
            Beleidsuitkomst u = speel(p, beleid);

            assertThat(u.nietGeplaatstePersonen()).as(beleid.naam()).isZero();
            assertThat(gemeente(u, "N1")).as(beleid.naam())
                    .isEqualTo(Halfjaar.A.code());
        }
    }

    @Test
    void theAdviceKnowsTheAnnouncedNareizigerAndPricesItsFamilysRoom() {
        MatchingProblem met = probleem(LocalDate.of(2025, 12, 1));
        Huishouden s0 = met.huishoudens().get(0);
        Adviesstand a = Adviesstand.van(met, Halfjaar.config(), java.util.Map.of(), s0);
        nl.kansrijk.model.Bestemming aadorp = nl.kansrijk.solve.PlanContext.of(met, Halfjaar.config())
                .bestemming(Halfjaar.A.code());

        assertThat(a.stand().aangekondigd()).extracting(Huishouden::id).containsExactly("N1");
        assertThat(a.stand().ruimte(aadorp)).isEqualTo(6);
        assertThat(a.stand().toegestaneLast(aadorp)).isEqualTo(8);
        Adviesstand zonder = Adviesstand.van(probleem(null), Halfjaar.config(), java.util.Map.of(), s0);
        assertThat(zonder.stand().aangekondigd()).isEmpty();
        assertThat(zonder.stand().ruimte(aadorp)).isEqualTo(8);
        double prijsMet = Prijsschatter.schat(a.stand(), a.wachtrij(), Verwachting.PROFIELMIX, 3).prijs("GM0001").orElseThrow();
        double prijsZonder = Prijsschatter.schat(zonder.stand(), zonder.wachtrij(), Verwachting.PROFIELMIX, 3)
                .prijs("GM0001").orElseThrow();
        assertThat(prijsMet).isGreaterThanOrEqualTo(prijsZonder);
    }

    @Test
    void theStateKnowsAnAnnouncedNareizigerFromItsAnnouncementUntilItArrives() {
        Huishouden n = probleem(Halfjaar.EERSTE_MAANDAG.plusWeeks(1)).huishoudens().stream()
                .filter(h -> h.id().equals("N1")).findFirst().orElseThrow();

        assertThat(n.isAangekondigdOp(Halfjaar.EERSTE_MAANDAG)).isFalse();
        assertThat(n.isAangekondigdOp(Halfjaar.EERSTE_MAANDAG.plusWeeks(1))).isTrue();
        assertThat(n.isAangekondigdOp(VIERDE_WEEK.minusDays(1))).isTrue();
        assertThat(n.isAangekondigdOp(VIERDE_WEEK)).isFalse();
    }
}
