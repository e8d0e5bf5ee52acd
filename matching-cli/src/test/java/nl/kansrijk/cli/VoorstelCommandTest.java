package nl.kansrijk.cli;

import static nl.kansrijk.cli.SolveCommandTest.GELDIG;
import static nl.kansrijk.cli.SolveCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import nl.kansrijk.cli.SolveCommandTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class VoorstelCommandTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path tmp;

    private static List<String> ids(JsonNode voorstellen) {
        List<String> out = new ArrayList<>();
        voorstellen.forEach(v -> out.add(v.get("huishouden_id").asString()));
        return out;
    }

    @Test
    void theQueueOfTheDayIsLinkedOrKeptWithinItsTermAndTextAndJsonAgree() {
        Run text = run("voorstel", GELDIG.toString(), "--datum", "2026-01-20");
        Run json = run("voorstel", GELDIG.toString(), "--datum", "2026-01-20", "--json");
        assertThat(text.exit()).as(text.err()).isZero();
        assertThat(json.exit()).as(json.err()).isZero();
        JsonNode v = JSON.readTree(json.out());
        assertThat(v.get("datum").asString()).isEqualTo("2026-01-20");
        assertThat(v.get("beleid").asString()).isEqualTo("price");
        JsonNode voorstellen = v.get("voorstellen");
        // permits up to today, H007 (pinned in the fixture) and the later permits not in the queue
        assertThat(ids(voorstellen)).containsExactly("H001", "H002", "H003", "H004", "H005", "H006");
        long nu = 0;
        long wacht = 0;
        for (JsonNode p : voorstellen) {
            String id = p.get("huishouden_id").asString();
            long over = p.get("dagen_over").asLong();
            if (p.get("wacht").asBoolean()) {
                wacht++;
                // only a household that can still be linked tomorrow within its term waits
                assertThat(over).as(id).isPositive();
                assertThat(p.get("gemeente_code").isNull()).isTrue();
                assertThat(text.out()).containsPattern(id + " .* wachten, uiterlijk " + p.get("uiterlijk").asString());
            } else if (!p.get("gemeente_code").isNull()) {
                nu++;
                assertThat(text.out()).containsPattern(id + " .* " + p.get("gemeente_code").asString() + " "
                        + p.get("gemeente_naam").asString() + " \\(schaarsteprijs " + p.get("prijs").asLong() + " punten\\)");
            }
        }
        // H001's term ended yesterday: it cannot wait
        assertThat(voorstellen.get(0).get("wacht").asBoolean()).isFalse();
        assertThat(voorstellen.get(0).get("dagen_over").asLong()).isEqualTo(-1);
        assertThat(text.out()).contains("1 dag te laat");
        assertThat(v.get("nu_koppelen").asLong()).isEqualTo(nu).isPositive();
        assertThat(v.get("wachten").asLong()).isEqualTo(wacht).isPositive();
        assertThat(text.out()).startsWith("Voorstel van de dag 2026-01-20 (beleid price): " + nu
                + " huishouden(s) nu koppelen, " + wacht + " wachten");
        // the same input and day: the same proposal, byte for byte
        assertThat(run("voorstel", GELDIG.toString(), "--datum", "2026-01-20", "--json").out()).isEqualTo(json.out());
    }

    @Test
    void koppelingenOfAnEarlierOutputArePinnedAndLeaveTheQueue() {
        Path out = tmp.resolve("uit");
        Run solve = run("solve", GELDIG.toString(), "--out", out.toString(), "--quiet");
        assertThat(solve.exit()).as(solve.err()).isZero();
        Run json = run("voorstel", GELDIG.toString(), "--datum", "2026-01-20", "--pin-from", out.toString(), "--json");
        assertThat(json.exit()).as(json.err()).isZero();
        // every household the solve placed is linked now; at most the unplaced ones wait for a proposal
        JsonNode voorstellen = JSON.readTree(json.out()).get("voorstellen");
        assertThat(voorstellen.size()).isLessThan(6);
    }

    @Test
    void aDayOutsideThePeriodOrNotADateIsRefusedWithExitCode2() {
        Run buiten = run("voorstel", GELDIG.toString(), "--datum", "2027-03-02");
        assertThat(buiten.exit()).isEqualTo(2);
        assertThat(buiten.err()).contains("--datum 2027-03-02 ligt buiten periode 2026-H1 (2026-01-01 t/m 2026-06-30)");
        Run geenDatum = run("voorstel", GELDIG.toString(), "--datum", "20-01-2026");
        assertThat(geenDatum.exit()).isEqualTo(2);
        assertThat(geenDatum.err()).contains("--datum '20-01-2026' is geen datum JJJJ-MM-DD");
    }

    @Test
    void termInWords() {
        assertThat(VoorstelCommand.termijn(3L)).isEqualTo("nog 3 dagen");
        assertThat(VoorstelCommand.termijn(1L)).isEqualTo("nog 1 dag");
        assertThat(VoorstelCommand.termijn(0L)).isEqualTo("laatste dag");
        assertThat(VoorstelCommand.termijn(-2L)).isEqualTo("2 dagen te laat");
        assertThat(VoorstelCommand.termijn(null)).isEqualTo("geen vergunningdatum");
    }
}
