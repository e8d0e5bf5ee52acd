package nl.kansrijk.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The day's proposal over HTTP: the default online policy's decision for today's queue, accepted as a selection,
 * each accepted item a decision of the regievoerder who accepted it with the proposal as its reason; items that wait,
 * were decided since or are not in the proposal refused one by one; readers may look but not accept.
 */
class DagvoorstelApiTest {

    @TempDir
    Path tmp;

    Proefopstelling w;

    @AfterEach
    void stop() {
        if (w != null) {
            w.close();
        }
    }

    @Test
    void theProposalOfTheDayIsAcceptedAsASelectionEachItemALoggedDecision() throws Exception {
        w = new Proefopstelling(tmp, TestDatabase.h2(tmp), Proefopstelling.MINI, 256 * 1024, LocalDate.of(2026, 1, 20));
        Klant rv = w.ingelogd("rv-001");
        Klant.Antwoord a = rv.get("/api/dagvoorstel");
        assertThat(a.status()).as(a.tekst()).isEqualTo(200);
        JsonNode v = a.json();
        assertThat(v.get("datum").asString()).isEqualTo("2026-01-20");
        assertThat(v.get("beleid").asString()).isEqualTo("price");
        long versie = v.get("plan_versie").asLong();
        List<String> nu = new ArrayList<>();
        String wacht = null;
        for (JsonNode p : v.get("voorstellen")) {
            assertThat(p.get("al_beslist").asBoolean()).isFalse();
            if (p.get("wacht").asBoolean()) {
                wacht = p.get("huishouden_id").asString();
                // only a household that can still be linked tomorrow within its term waits
                assertThat(LocalDate.parse(p.get("uiterlijk").asString())).isAfter(LocalDate.of(2026, 1, 20));
            } else if (!p.get("gemeente_code").isNull()) {
                nu.add(p.get("huishouden_id").asString());
                assertThat(p.get("gemeente_naam").asString()).isNotBlank();
            }
        }
        // H01's term ended yesterday and H02's ends today: the policy links them now; H10 is pinned in the input
        assertThat(nu).contains("H01", "H02");
        assertThat(wacht).isNotNull();
        assertThat(v.get("voorstellen").toString()).doesNotContain("\"H10\"");
        // the same day: the same proposal, not a new estimate
        assertThat(rv.get("/api/dagvoorstel").json().get("gemaakt_op")).isEqualTo(v.get("gemaakt_op"));

        Klant lezer = w.ingelogd("lz-001");
        assertThat(lezer.get("/api/dagvoorstel").status()).isEqualTo(200);
        assertThat(lezer.post("/api/dagvoorstel/aanvaarden", Map.of("plan_versie", versie, "huishoudens", List.of("H01")))
                .status()).isEqualTo(403);

        Klant.Antwoord r = rv.post("/api/dagvoorstel/aanvaarden",
                Map.of("plan_versie", versie, "huishoudens", List.of("H01", "H02", wacht, "ONBEKEND")));
        assertThat(r.status()).as(r.tekst()).isEqualTo(200);
        JsonNode uitkomst = r.json();
        assertThat(uitkomst).hasSize(4);
        for (int i = 0; i < 2; i++) {
            JsonNode u = uitkomst.get(i);
            assertThat(u.get("status").asString()).as(u.toString()).isEqualTo("vastgelegd");
            assertThat(u.get("beslissing").get("gebruiker").asString()).isEqualTo("rv-001");
            assertThat(u.get("beslissing").get("gekozen_gemeente").asString()).isEqualTo(u.get("gemeente_code").asString());
            assertThat(u.get("beslissing").get("reden").asString()).startsWith("voorstel van de dag 2026-01-20 (price");
        }
        assertThat(uitkomst.get(2).get("status").asString()).isEqualTo("geweigerd");
        assertThat(uitkomst.get(2).get("melding").asString()).contains("wacht volgens het voorstel");
        assertThat(uitkomst.get(3).get("melding").asString()).contains("staat niet in het voorstel");

        // the log holds them, and the proposal shows them as decided
        JsonNode log = rv.get("/api/beslissingen").json();
        assertThat(log.toString()).contains("\"H01\"", "\"H02\"");
        for (JsonNode p : rv.get("/api/dagvoorstel").json().get("voorstellen")) {
            String id = p.get("huishouden_id").asString();
            assertThat(p.get("al_beslist").asBoolean()).as(id).isEqualTo(id.equals("H01") || id.equals("H02"));
        }
        // accepting a decided household again is refused, naming who linked it
        JsonNode opnieuw = rv.post("/api/dagvoorstel/aanvaarden", Map.of("plan_versie", versie, "huishoudens", List.of("H01")))
                .json().get(0);
        assertThat(opnieuw.get("status").asString()).isEqualTo("geweigerd");
        assertThat(opnieuw.get("melding").asString()).contains("H01 is intussen gekoppeld", "rv-001");
        // a proposal of another version is not accepted at all
        Klant.Antwoord oud = rv.post("/api/dagvoorstel/aanvaarden", Map.of("plan_versie", versie + 99, "huishoudens", List.of("H03")));
        assertThat(oud.status()).isEqualTo(409);
        assertThat(rv.post("/api/dagvoorstel/aanvaarden", Map.of("plan_versie", versie, "huishoudens", "H03")).status())
                .isEqualTo(400);
    }

    @Test
    void outsideThePeriodThereIsNoProposal() throws Exception {
        w = new Proefopstelling(tmp, TestDatabase.h2(tmp), Proefopstelling.MINI, 256 * 1024, LocalDate.of(2026, 8, 3));
        Klant.Antwoord a = w.ingelogd("rv-001").get("/api/dagvoorstel");
        assertThat(a.status()).isEqualTo(409);
        assertThat(a.tekst()).contains("ligt buiten periode 2026-H1");
    }
}
