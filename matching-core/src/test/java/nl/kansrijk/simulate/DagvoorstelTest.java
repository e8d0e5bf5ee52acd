package nl.kansrijk.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.kansrijk.model.Huishouden;
import nl.kansrijk.model.Koppeltermijn;
import nl.kansrijk.model.MatchingProblem;
import org.junit.jupiter.api.Test;

class DagvoorstelTest {

    /** Halfjaar's 26 weeks with the households of the first {@code weken} weeks linked: couples to B, bouw to A. */
    private static MatchingProblem halverwege(int weken) {
        List<Huishouden> hs = new ArrayList<>();
        for (Huishouden h : Halfjaar.probleem(26).huishoudens()) {
            boolean eerder = h.vergunningdatum().isBefore(Halfjaar.EERSTE_MAANDAG.plusWeeks(weken));
            hs.add(!eerder ? h : h.metGekoppeldGemeente(h.id().startsWith("F") ? "GM0001" : "GM0002"));
        }
        return Halfjaar.probleem(26).withHuishoudens(hs);
    }

    private static Map<String, Dagvoorstel.Voorstel> perHuishouden(Dagvoorstel v) {
        return v.voorstellen().stream().collect(Collectors.toMap(Dagvoorstel.Voorstel::huishoudenId, Function.identity()));
    }

    @Test
    void householdsThatCanWaitWaitWithTheirLastDayAndTheQueueHoldsOnlyArrivedUnlinkedHouseholds() {
        LocalDate maandag = Halfjaar.EERSTE_MAANDAG.plusWeeks(9);
        Dagvoorstel v = Dagvoorstel.maak(halverwege(9), Halfjaar.config(), maandag,
                PrijsBeleid.standaard(Verwachting.PROFIELMIX));
        assertThat(v.datum()).isEqualTo(maandag);
        // today's arrivals only: the first 9 weeks are linked, later weeks have not arrived
        assertThat(perHuishouden(v).keySet()).containsExactlyInAnyOrder("S9", "F9");
        for (Dagvoorstel.Voorstel p : v.voorstellen()) {
            assertThat(p.wacht()).as(p.huishoudenId()).isTrue();
            assertThat(p.gemeenteCode()).isNull();
            assertThat(p.prijs()).isZero();
            assertThat(p.uiterlijk()).isEqualTo(Koppeltermijn.uiterlijk(maandag));
        }
    }

    @Test
    void onTheLastDayOfTheTermTheScarceGemeenteGoesToTheHouseholdThatGainsMostThereAndTheProposalIsRepeatable() {
        LocalDate laatsteDag = Koppeltermijn.uiterlijk(Halfjaar.EERSTE_MAANDAG.plusWeeks(9));
        PrijsBeleid beleid = PrijsBeleid.standaard(Verwachting.PROFIELMIX);
        Dagvoorstel v = Dagvoorstel.maak(halverwege(9), Halfjaar.config(), laatsteDag, beleid);
        Map<String, Dagvoorstel.Voorstel> p = perHuishouden(v);
        // weeks 9, 10 and 11 arrived by then; only week 9's term ends today, the others may still wait
        assertThat(p.keySet()).containsExactlyInAnyOrder("S9", "F9", "S10", "F10", "S11", "F11");
        assertThat(p.get("S10").wacht()).isTrue();
        assertThat(p.get("F11").wacht()).isTrue();
        assertThat(p.get("F9").wacht()).isFalse();
        assertThat(p.get("S9").wacht()).isFalse();
        // A is worth 2,280 to a bouw couple and 80 to the other: the price of A's places keeps it for bouw
        assertThat(p.get("F9").gemeenteCode()).isEqualTo("GM0001");
        assertThat(p.get("S9").gemeenteCode()).isEqualTo("GM0002");
        assertThat(v.schaarste().prijs("GM0001").orElseThrow()).isGreaterThan(v.schaarste().prijs("GM0002").orElse(0));
        assertThat(p.get("F9").prijs()).isEqualTo(v.schaarste().kosten("GM0001", 2)).isPositive();
        assertThat(Dagvoorstel.maak(halverwege(9), Halfjaar.config(), laatsteDag, beleid)).isEqualTo(v);
    }

    @Test
    void theProposalIsThePolicysOwnDecisionOnTheSameState() {
        LocalDate laatsteDag = Koppeltermijn.uiterlijk(Halfjaar.EERSTE_MAANDAG.plusWeeks(9));
        PrijsBeleid beleid = PrijsBeleid.standaard(Verwachting.PROFIELMIX);
        MatchingProblem p = halverwege(9);
        Adviesstand a = Adviesstand.vandaag(p, Halfjaar.config(), laatsteDag);
        Dagbesluit besluit = beleid.besluit(a.stand(), a.wachtrij(),
                Batchritme.kunnenWachten(a.wachtrij(), a.stand().volgendeBatch().orElseThrow()));
        Dagvoorstel v = Dagvoorstel.maak(p, Halfjaar.config(), laatsteDag, beleid);
        for (Dagvoorstel.Voorstel x : v.voorstellen()) {
            assertThat(x.wacht()).isEqualTo(besluit.wachtend().contains(x.huishoudenId()));
            assertThat(x.gemeenteCode()).isEqualTo(x.wacht() ? null : besluit.koppelingen().get(x.huishoudenId()));
        }
        // the profile mix holds every arrival of the period so far, linked or not
        assertThat(a.stand().aangekomen()).hasSize(2 * 12);
    }
}
