package nl.kansrijk.simulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.kansrijk.model.Koppeltermijn;
import nl.kansrijk.model.Huishouden;
import nl.kansrijk.model.InvalidProblemException;
import nl.kansrijk.model.MatchingProblem;
import nl.kansrijk.solve.MatchingEngine;
import org.junit.jupiter.api.Test;

class SimulatorTest {

    private final MatchingEngine engine = new MatchingEngine(20);
    private final Simulator simulator = new Simulator(engine);

    private List<OnlineBeleid> alleBeleid() {
        return List.of(new GretigBeleid(), new BatchBeleid(engine, new Zoekbudget(500)),
                new VooruitkijkBeleid(engine, new Vooruitblik(3, 1.0, 1_500, new Zoekbudget(500))),
                new PrijsBeleid(Verwachting.PROFIELMIX, 2));
    }

    @Test
    void smallHalfYearEndToEndLookAheadBeatsGreedyAndReachesHindsight() {
        // 26 weeks: the optimum puts all 26 bouw couples in A, the others in B; the hindsight solve is a heuristic
        // and need not reach it.
        SimulatieResultaat r = simulator.simuleer(Halfjaar.probleem(26), Halfjaar.instellingen(Batchritme.WEKELIJKS),
                alleBeleid());

        assertThat(r.batches()).isEqualTo(26);
        assertThat(r.huishoudens()).isEqualTo(52);
        long optimum = 26 * 2_280 - 26 * 84;
        assertThat(r.achteraf().zacht()).isLessThanOrEqualTo(optimum);
        Beleidsuitkomst gretig = r.beleid().get(0);
        Beleidsuitkomst batch = r.beleid().get(1);
        Beleidsuitkomst vooruit = r.beleid().get(2);
        assertThat(List.of(gretig.naam(), batch.naam(), vooruit.naam(), r.beleid().get(3).naam()))
                .containsExactly("greedy", "batch", "lookahead", "price");
        for (Beleidsuitkomst u : r.beleid()) {
            assertThat(u.nietGeplaatstePersonen()).as(u.naam()).isZero();
            assertThat(u.resultaat().isHaalbaar()).as(u.naam()).isTrue();
            assertThat(u.batches()).isEqualTo(26);
        }
        // Greedy: both couples of each week go to A until it is full after 13 weeks; the rest go to B.
        assertThat(gretig.zacht()).isEqualTo(13 * 80 + 13 * 2_280 - 13 * 84 + 13 * 116);
        assertThat(r.achteraf().zacht()).isGreaterThan(gretig.zacht());
        assertThat(r.procentVanAchteraf(gretig)).isLessThan(90.0);
        assertThat(vooruit.zacht()).as("look-ahead %s, batch %s, greedy %s, hindsight %s", vooruit.zacht(),
                batch.zacht(), gretig.zacht(), r.achteraf().zacht()).isGreaterThan(gretig.zacht()).isGreaterThan(batch.zacht());
        assertThat(100.0 * vooruit.zacht() / optimum).isGreaterThanOrEqualTo(90.0);
        assertThat(r.procentVanAchteraf(r.achteraf())).isEqualTo(100.0);
    }

    @Test
    void everyHouseholdLinkedWithinTwoWeeksOfItsPermit() {
        for (Batchritme ritme : Batchritme.values()) {
            SimulatieResultaat r = simulator.simuleer(Halfjaar.probleem(6), Halfjaar.instellingen(ritme), alleBeleid());
            Map<String, LocalDate> vergunning = new HashMap<>();
            Halfjaar.probleem(6).huishoudens().forEach(h -> vergunning.put(h.id(), h.vergunningdatum()));
            for (Beleidsuitkomst u : r.beleid()) {
                assertThat(u.koppeldatum()).hasSize(12);
                u.koppeldatum().forEach((id, datum) -> assertThat(ChronoUnit.DAYS.between(vergunning.get(id), datum))
                        .as(ritme + " " + u.naam() + " " + id).isBetween(0L, (long) Koppeltermijn.DAGEN));
            }
            long verwachteVertraging = ritme == Batchritme.WEKELIJKS ? 4 : 0; // Monday permits, Friday batches
            assertThat(r.beleid().get(0).koppeldatum().get("S0")).isEqualTo(Halfjaar.EERSTE_MAANDAG.plusDays(verwachteVertraging));
        }
    }

    @Test
    void noPolicyEverMovesAnEarlierKoppeling() {
        for (OnlineBeleid beleid : alleBeleid()) {
            Opnemer opnemer = new Opnemer(beleid);
            SimulatieResultaat r = simulator.simuleer(Halfjaar.probleem(8), Halfjaar.instellingen(Batchritme.WEKELIJKS),
                    List.of(opnemer));
            Map<String, String> eind = r.beleid().get(0).koppelingen();
            assertThat(opnemer.standen).hasSize(8);
            for (SimulatieStand stand : opnemer.standen) {
                assertThat(eind).as(beleid.naam() + " batch " + stand.batchNummer()).containsAllEntriesOf(stand.koppelingen());
                // the state hands earlier koppelingen to the policy as pinned households
                assertThat(stand.probleem().huishoudens()).allMatch(Huishouden::isGekoppeld)
                        .hasSize(stand.koppelingen().size());
            }
        }
    }

    @Test
    void aPolicyThatTriesToRelinkAnEarlierHouseholdIsStopped() {
        OnlineBeleid valsspeler = new OnlineBeleid() {
            @Override
            public String naam() {
                return "cheat";
            }

            @Override
            public Map<String, String> koppel(SimulatieStand stand, List<Huishouden> batch) {
                Map<String, String> out = new HashMap<>(new GretigBeleid().koppel(stand, batch));
                stand.koppelingen().keySet().forEach(id -> out.put(id, "GM0002"));
                return out;
            }
        };
        assertThatThrownBy(() -> simulator.simuleer(Halfjaar.probleem(3), Halfjaar.instellingen(Batchritme.WEKELIJKS),
                List.of(valsspeler))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("niet in de batch");
    }

    @Test
    void aPolicyThatWaitsLinksLaterWithinTheDeadlineKnowingTheWaitingHouseholds() {
        // permits on Mondays, a batch every Monday: a household can wait two batches and still meet the 14 days
        Opnemer opnemer = new Opnemer(new PrijsBeleid(Verwachting.PROFIELMIX, 2, 0, 14));
        SimulatieResultaat r = simulator.simuleer(Halfjaar.probleem(6), Halfjaar.instellingen(Batchritme.DAGELIJKS),
                List.of(opnemer));
        Beleidsuitkomst u = r.beleid().get(0);
        assertThat(u.koppeldatum()).hasSize(12);
        assertThat(u.nietGeplaatstePersonen()).isZero();
        for (int w = 0; w < 6; w++) {
            // weeks 0-3 wait two batches; week 4 can wait one (one batch is left), week 5 none
            long wacht = Math.min(14, 7L * (5 - w));
            for (String id : List.of("S" + w, "F" + w)) {
                assertThat(u.koppeldatum().get(id)).as(id).isEqualTo(Halfjaar.EERSTE_MAANDAG.plusWeeks(w).plusDays(wacht));
            }
        }
        assertThat(u.wachtdagenGemiddeld()).isEqualTo((4 * 14 + 7 + 0) / 6.0);
        // the first two batches link nobody; the third links week 0 and knows weeks 1 and 2 as they are
        assertThat(opnemer.standen).hasSize(4);
        SimulatieStand derde = opnemer.standen.get(0);
        assertThat(derde.batchNummer()).isEqualTo(2);
        assertThat(derde.wachtend()).extracting(Huishouden::id).containsExactly("S1", "F1", "S2", "F2");
        assertThat(opnemer.batches.get(0)).extracting(Huishouden::id).containsExactly("S0", "F0");
        assertThat(opnemer.standen.get(3).wachtend()).isEmpty();
        assertThat(opnemer.batches.get(3)).extracting(Huishouden::id).containsExactly("S3", "F3", "S4", "F4", "S5", "F5");
    }

    @Test
    void aPolicyThatKeepsAHouseholdPastTheDeadlineIsStopped() {
        OnlineBeleid treuzelaar = new OnlineBeleid() {
            @Override
            public String naam() {
                return "late";
            }

            @Override
            public Map<String, String> koppel(SimulatieStand stand, List<Huishouden> batch) {
                return new GretigBeleid().koppel(stand, batch);
            }

            @Override
            public Set<String> wacht(SimulatieStand stand, List<Huishouden> wachtrij, List<Huishouden> kunnenWachten) {
                return Set.of("S0");
            }
        };
        assertThatThrownBy(() -> simulator.simuleer(Halfjaar.probleem(4), Halfjaar.instellingen(Batchritme.WEKELIJKS),
                List.of(treuzelaar))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'S0'").hasMessageContaining("niet kan wachten");
    }

    @Test
    void sameSeedGivesTheSameOutcomeAndOtherSeedsStillDeterministic() {
        MatchingProblem p = Halfjaar.probleem(10);
        SimulatieResultaat a = simulator.simuleer(p, Halfjaar.instellingen(Batchritme.DAGELIJKS), alleBeleid());
        SimulatieResultaat b = new Simulator(new MatchingEngine(20)).simuleer(p, Halfjaar.instellingen(Batchritme.DAGELIJKS),
                alleBeleid());
        for (int i = 0; i < a.beleid().size(); i++) {
            assertThat(b.beleid().get(i).koppelingen()).isEqualTo(a.beleid().get(i).koppelingen());
            assertThat(b.beleid().get(i).resultaat().score()).isEqualTo(a.beleid().get(i).resultaat().score());
            assertThat(b.beleid().get(i).metrics()).isEqualTo(a.beleid().get(i).metrics());
        }
        assertThat(b.achteraf().koppelingen()).isEqualTo(a.achteraf().koppelingen());
    }

    @Test
    void householdWithoutPermitDateIsRejectedWithItsId() {
        MatchingProblem p = Halfjaar.probleem(2);
        List<Huishouden> hs = new ArrayList<>(p.huishoudens());
        hs.add(Huishouden.builder("X9", 1, 0).build());
        assertThatThrownBy(() -> simulator.simuleer(p.withHuishoudens(hs), Halfjaar.instellingen(Batchritme.WEKELIJKS),
                List.of(new GretigBeleid()))).isInstanceOf(InvalidProblemException.class).hasMessageContaining("'X9'");
    }

    @Test
    void inputKoppelingenArePinnedFromTheStart() {
        MatchingProblem p = Halfjaar.probleem(4);
        List<Huishouden> hs = new ArrayList<>(p.huishoudens());
        hs.add(Huishouden.builder("V1", 2, 0).gekoppeldGemeente("GM0001").build()); // no permit date needed
        SimulatieResultaat r = simulator.simuleer(p.withHuishoudens(hs), Halfjaar.instellingen(Batchritme.WEKELIJKS),
                List.of(new GretigBeleid()));
        assertThat(r.beleid().get(0).koppelingen()).containsEntry("V1", "GM0001");
        assertThat(r.huishoudens()).isEqualTo(8);
    }

    /** Records every state a policy sees. */
    private static final class Opnemer implements OnlineBeleid {
        private final OnlineBeleid beleid;
        private final List<SimulatieStand> standen = new ArrayList<>();
        private final List<List<Huishouden>> batches = new ArrayList<>();

        Opnemer(OnlineBeleid beleid) {
            this.beleid = beleid;
        }

        @Override
        public String naam() {
            return beleid.naam();
        }

        @Override
        public Map<String, String> koppel(SimulatieStand stand, List<Huishouden> batch) {
            standen.add(stand);
            batches.add(batch);
            return beleid.koppel(stand, batch);
        }

        @Override
        public Set<String> wacht(SimulatieStand stand, List<Huishouden> wachtrij, List<Huishouden> kunnenWachten) {
            return beleid.wacht(stand, wachtrij, kunnenWachten);
        }
    }
}
