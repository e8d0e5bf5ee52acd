package nl.kansrijk.cli;

import static nl.kansrijk.cli.SolveCommandTest.GELDIG;
import static nl.kansrijk.cli.SolveCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import nl.kansrijk.cli.SolveCommandTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class AdviseCommandTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path tmp;

    @Test
    void adviceAsTextAndJsonAgree() {
        Run text = run("advise", GELDIG.toString(), "--household", "H001", "--top", "3");
        Run json = run("advise", GELDIG.toString(), "--household", "H001", "--top", "3", "--json");
        assertThat(text.exit()).as(text.err()).isZero();
        assertThat(json.exit()).as(json.err()).isZero();
        JsonNode a = JSON.readTree(json.out());
        assertThat(a.get("huishouden_id").asString()).isEqualTo("H001");
        assertThat(a.get("koppelingen_in_plan").asLong()).isEqualTo(1); // H007 is pinned in the fixture
        assertThat(a.get("gemeenten").asInt()).isEqualTo(5);
        JsonNode advies = a.get("advies");
        assertThat(advies).hasSize(3);
        for (int i = 0; i < advies.size(); i++) {
            JsonNode o = advies.get(i);
            assertThat(o.get("rang").asInt()).isEqualTo(i + 1);
            assertThat(text.out()).contains(String.format("%2d. %s", i + 1, o.get("gemeente_code").asString()));
            if (i > 0) {
                assertThat(o.get("score").get("soft").asLong()).isLessThanOrEqualTo(advies.get(i - 1).get("score").get("soft").asLong());
            }
        }
        assertThat(advies.get(0).get("verschil").get("soft").asLong()).isZero();
        // the fixture's nareiziger is not linked yet: its family's gemeente is kept for it (voorrang-gebonden)
        assertThat(a.get("toegestaan").asInt() + a.get("uitgesloten").get("taakstelling").asInt()
                + a.get("uitgesloten").path("voorrang-gebonden").asInt()).isEqualTo(5);
        assertThat(text.out()).startsWith("Advies voor huishouden H001 (4 personen), naast 1 bestaande koppelingen")
                .contains("regioadvies 1 (Groot Amsterdam)");
    }

    @Test
    void scarcityShowsThePriceAndPlanValueOfEachPlaceInDutchAndRanksAsThePricePolicy() {
        Run text = run("advise", GELDIG.toString(), "--household", "H001", "--top", "5", "--met-schaarste");
        Run json = run("advise", GELDIG.toString(), "--household", "H001", "--top", "5", "--met-schaarste", "--json");
        Run gewoon = run("advise", GELDIG.toString(), "--household", "H001", "--top", "5", "--json");
        assertThat(text.exit()).as(text.err()).isZero();
        assertThat(json.exit()).as(json.err()).isZero();
        JsonNode advies = JSON.readTree(json.out()).get("advies");
        assertThat(advies.size()).isPositive();
        long vorige = Long.MAX_VALUE;
        long vorigeWaarde = Long.MAX_VALUE;
        boolean kandidaten = true;
        for (JsonNode o : advies) {
            long prijs = o.get("prijs").asLong();
            assertThat(prijs).isNotNegative();
            String zin = "schaarste: plaats in " + o.get("gemeente_naam").asString()
                    + " kost later binnenkomende huishoudens naar verwachting " + prijs + (prijs == 1 ? " punt" : " punten");
            assertThat(o.get("schaarste").asString()).isEqualTo(zin);
            assertThat(text.out()).contains(zin);
            // all options are placements (same hard and medium): the household's candidates in the sampled plans
            // first, by plan value, then the others by score minus price
            if (o.has("planwaarde")) {
                assertThat(kandidaten).as("a candidate after a non-candidate").isTrue();
                long waarde = o.get("planwaarde").asLong();
                assertThat(waarde).isLessThanOrEqualTo(vorigeWaarde);
                vorigeWaarde = waarde;
                String vooruitblik = "vooruitblik: een plaats in " + o.get("gemeente_naam").asString()
                        + " verandert 3 steekproefplannen (met de verwachte latere huishoudens) gemiddeld met "
                        + (waarde >= 0 ? "+" : "") + waarde + (Math.abs(waarde) == 1 ? " punt" : " punten");
                assertThat(o.get("vooruitblik").asString()).isEqualTo(vooruitblik);
                assertThat(text.out()).contains(vooruitblik);
            } else {
                kandidaten = false;
                long netto = o.get("score").get("soft").asLong() - prijs;
                assertThat(netto).isLessThanOrEqualTo(vorige);
                vorige = netto;
            }
        }
        assertThat(advies.get(0).has("planwaarde")).isTrue();
        // whether waiting could change the choice: the points, and the Dutch sentence in both outputs
        JsonNode antwoord = JSON.readTree(json.out());
        double informatie = antwoord.get("informatiewaarde").asDouble();
        assertThat(informatie).isNotNegative();
        String wachten = antwoord.get("wachten").asString();
        assertThat(wachten).startsWith("wachten: de 3 steekproefplannen zijn het " + (Math.round(informatie) > 0 ? "oneens" : "eens"));
        assertThat(text.out()).contains(wachten);
        assertThat(JSON.readTree(gewoon.out()).has("informatiewaarde")).isFalse();
        assertThat(JSON.readTree(gewoon.out()).has("wachten")).isFalse();
        for (JsonNode o : JSON.readTree(gewoon.out()).get("advies")) {
            assertThat(o.has("prijs")).isFalse();
            assertThat(o.has("planwaarde")).isFalse();
        }
        Run slecht = run("advise", GELDIG.toString(), "--household", "H001", "--scarcity", "--price-samples", "0");
        assertThat(slecht.exit()).isEqualTo(KansrijkCli.BAD_INPUT);
    }

    @Test
    void scarcityPricesSeeTheDwellingsOfWoningenCsv() throws IOException {
        Path met = Files.createDirectories(tmp.resolve("met"));
        Path zonder = Files.createDirectories(tmp.resolve("zonder"));
        try (var files = Files.list(Path.of("..", "sample-data", "u16-2026-h1"))) {
            for (Path f : files.toList()) {
                Files.copy(f, met.resolve(f.getFileName()));
                if (!f.getFileName().toString().equals("woningen.csv") && !f.getFileName().toString().equals("regiopools.csv")) {
                    Files.copy(f, zonder.resolve(f.getFileName()));
                }
            }
        }
        Run a = run("advise", met.toString(), "--household", "H00139", "--top", "16", "--scarcity", "--price-samples", "2", "--json");
        Run b = run("advise", zonder.toString(), "--household", "H00139", "--top", "16", "--scarcity", "--price-samples", "2", "--json");
        assertThat(a.exit()).as(a.err()).isZero();
        assertThat(b.exit()).as(b.err()).isZero();
        java.util.Map<String, Long> metPrijs = new java.util.TreeMap<>();
        java.util.Map<String, Long> zonderPrijs = new java.util.TreeMap<>();
        JSON.readTree(a.out()).get("advies").forEach(o -> metPrijs.put(o.get("gemeente_code").asString(), o.get("prijs").asLong()));
        JSON.readTree(b.out()).get("advies").forEach(o -> zonderPrijs.put(o.get("gemeente_code").asString(), o.get("prijs").asLong()));
        assertThat(metPrijs.keySet()).isEqualTo(zonderPrijs.keySet()).isNotEmpty();
        // the sampled futures are solved with the woning rule (as the price policy's, stand.context): other prices
        assertThat(metPrijs).isNotEqualTo(zonderPrijs);
    }

    @Test
    void whatIfForbiddenByHardRuleIsRefusedNamingTheRule() {
        // H003 needs care at UMC Utrecht (within 30 km); Rotterdam is 51 km away
        Run text = run("advise", GELDIG.toString(), "--household", "H003", "--gemeente", "GM0599", "--reden", "wens");
        Run json = run("advise", GELDIG.toString(), "--household", "H003", "--gemeente", "GM0599", "--json");
        assertThat(text.exit()).isZero();
        assertThat(text.out()).contains("GEWEIGERD", "medische zorg: 51 km van UMC Utrecht, maximaal 30",
                "Overrule NIET vastgelegd");
        JsonNode o = JSON.readTree(json.out());
        assertThat(o.get("toegestaan").asBoolean()).isFalse();
        assertThat(o.get("weigering").get(0).asString()).isEqualTo("medische-zorg");
        assertThat(o.get("overrule").isNull()).isTrue();
    }

    @Test
    void allowedOverrideShowsItsCostAndTheLineForTheKoppelingenFile() {
        Run json = run("advise", GELDIG.toString(), "--household", "H001", "--gemeente", "GM0344", "--reden",
                "school van de kinderen", "--json");
        JsonNode o = JSON.readTree(json.out());
        assertThat(o.get("toegestaan").asBoolean()).isTrue();
        assertThat(o.get("kosten").get("soft").asLong()).isNegative(); // Amsterdam is the advice
        assertThat(o.get("overrule").get("reden").asString()).isEqualTo("school van de kinderen");
        Run text = run("advise", GELDIG.toString(), "--household", "H001", "--gemeente", "GM0344", "--reden",
                "school, kinderen");
        assertThat(text.out()).contains("ten opzichte van het advies GM0363").endsWith("H001,GM0344,\"school, kinderen\"\n");
    }

    @Test
    void pinFromTakesTheKoppelingenOfAnOutputAsThePlan() {
        Path uit = tmp.resolve("uit");
        assertThat(run("solve", GELDIG.toString(), "--out", uit.toString(), "--quiet").exit()).isZero();
        Run r = run("advise", GELDIG.toString(), "--household", "H001", "--pin-from", uit.toString(), "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode a = JSON.readTree(r.out());
        Run without = run("advise", GELDIG.toString(), "--household", "H001", "--json");
        assertThat(a.get("koppelingen_in_plan").asLong()).isGreaterThan(JSON.readTree(without.out()).get("koppelingen_in_plan").asLong());
        Run text = run("advise", GELDIG.toString(), "--household", "H001", "--pin-from", uit.toString());
        assertThat(text.out()).contains("staat in het plan bij", "het advies is berekend met H001 uit het plan gehaald");
    }

    @Test
    void unknownHouseholdGemeenteOrBadPinFileExitWithTwo() throws IOException {
        Run r = run("advise", GELDIG.toString(), "--household", "H999");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--household H999: onbekend huishouden").doesNotContain("Exception");
        r = run("advise", GELDIG.toString(), "--household", "H001", "--gemeente", "GM9999");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--gemeente GM9999: onbekende gemeente");
        r = run("advise", GELDIG.toString(), "--household", "H001", "--reden", "x");
        assertThat(r.exit()).isEqualTo(2);
        Path pin = tmp.resolve("pin");
        Files.createDirectories(pin);
        Files.writeString(pin.resolve("koppelingen.csv"), "huishouden_id,gemeente_code\nH001,GM0363\nH404,GM0363\n",
                StandardCharsets.UTF_8);
        r = run("advise", GELDIG.toString(), "--household", "H002", "--pin-from", pin.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("koppelingen.csv:3: kolom 'huishouden_id', waarde 'H404': onbekend huishouden");
    }
}
