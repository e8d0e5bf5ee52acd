package nl.kansrijk.simulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
                        .as(ritme + " " + u.naam() + " " + id).isBetween(0L, (long) Batchritme.TERMIJN_DAGEN));
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
            return beleid.koppel(stand, batch);
        }
    }
}
