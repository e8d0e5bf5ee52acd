package nl.kansrijk.cli;

import static nl.kansrijk.cli.SolveCommandTest.GELDIG;
import static nl.kansrijk.cli.SolveCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import nl.kansrijk.cli.SolveCommandTest.Run;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ExplainCommandTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path tmp;

    @Test
    void explainsAKoppelingOfASolveOutput() throws IOException {
        Path uit = tmp.resolve("uit");
        assertThat(run("solve", EvaluateCommandTest.MINI.toString(), "--out", uit.toString(), "--quiet").exit()).isZero();
        CSVRecord h001 = EvaluateCommandTest.read(uit.resolve("koppelingen.csv")).stream()
                .filter(k -> k.get("huishouden_id").equals("H01")).findFirst().orElseThrow();

        Run json = run("explain", uit.toString(), "--household", "H01", "--json");
        assertThat(json.exit()).as(json.err()).isZero();
        assertThat(json.err()).doesNotContain("wijkt af"); // the rebuilt plan scores as samenvatting.json says
        JsonNode u = JSON.readTree(json.out());
        assertThat(u.get("gemeente_code").asString()).isEqualTo(h001.get("gemeente_code"));
        assertThat(u.get("status").asString()).isEqualTo("gekoppeld");
        assertThat(u.get("toelichting").asString()).isEqualTo(h001.get("toelichting"));
        JsonNode alt = u.get("alternatief");
        assertThat(alt.get("gemeente_code").asString()).isNotEqualTo(h001.get("gemeente_code"));
        assertThat(u.get("verschil").get("soft").asLong()).isEqualTo(
                alt.get("score").get("soft").asLong() - u.get("koppeling").get("score").get("soft").asLong());
        assertThat(u.get("overrule_reden").isNull()).isTrue();

        Run text = run("explain", uit.toString(), "--household", "H01");
        assertThat(text.out()).startsWith("Huishouden H01: " + h001.get("gemeente_code"))
                .contains("Bijdrage aan de score", "Beste alternatief: " + alt.get("gemeente_code").asString());
    }

    @Test
    void briefIsALetterForTheHouseholdInDutchAndEnglishWithoutOtherHouseholds() throws IOException {
        Path uit = tmp.resolve("uit");
        assertThat(run("solve", EvaluateCommandTest.MINI.toString(), "--out", uit.toString(), "--quiet").exit()).isZero();
        CSVRecord h01 = EvaluateCommandTest.read(uit.resolve("koppelingen.csv")).stream()
                .filter(k -> k.get("huishouden_id").equals("H01")).findFirst().orElseThrow();
        Run beide = run("explain", uit.toString(), "--household", "H01", "--brief");
        assertThat(beide.exit()).as(beide.err()).isZero();
        assertThat(beide.out()).contains("U gaat wonen in de gemeente " + h01.get("gemeente_naam"),
                "You will live in the municipality of " + h01.get("gemeente_naam"), "regievoerder", "opnieuw naar kijkt",
                "look at it again").doesNotContain("score", "GM0");
        for (CSVRecord ander : EvaluateCommandTest.read(uit.resolve("koppelingen.csv"))) {
            if (!ander.get("huishouden_id").equals("H01")) {
                assertThat(beide.out()).doesNotContain(ander.get("huishouden_id") + "\n", ander.get("huishouden_id") + " ");
            }
        }
        Run en = run("explain", uit.toString(), "--household", "H01", "--brief", "--taal", "en");
        assertThat(en.out()).startsWith("Your new municipality").doesNotContain("Uw nieuwe gemeente");
        JsonNode json = JSON.readTree(run("explain", uit.toString(), "--household", "H01", "--brief", "--json").out());
        assertThat(json.get("nl").asString()).startsWith("Uw nieuwe gemeente");
        assertThat(json.get("en").asString()).startsWith("Your new municipality");
        assertThat(run("explain", uit.toString(), "--household", "H01", "--brief", "--taal", "fr").exit()).isEqualTo(2);
    }

    @Test
    void explainsAnEvaluateOutputWithTheOverruleReason() throws IOException {
        // H007 is pinned in the input; the plan moves it, so explain must free it as evaluate did
        Path plan = Files.writeString(tmp.resolve("plan.csv"), EvaluateCommandTest.PLAN + "H007;GM0599;verhuisd\n",
                StandardCharsets.UTF_8);
        Path uit = tmp.resolve("uit");
        assertThat(run("evaluate", GELDIG.toString(), "--koppelingen", plan.toString(), "--out", uit.toString()).exit()).isZero();
        Run r = run("explain", uit.toString(), "--household", "H003");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("Geen andere gemeente voldoet aan alle harde regels.");
        assertThat(r.err()).doesNotContain("wijkt af");
        assertThat(r.out()).contains("GM0599", "medische zorg: 51 km van UMC Utrecht, maximaal 30");
        Run h001 = run("explain", uit.toString(), "--household", "H001", "--json");
        assertThat(JSON.readTree(h001.out()).get("overrule_reden").asString()).isEqualTo("school van de kinderen");
        Run h007 = run("explain", uit.toString(), "--household", "H007");
        assertThat(h007.out()).startsWith("Huishouden H007: GM0599").contains("(gekoppeld)", "reden: verhuisd");
        assertThat(h007.err()).doesNotContain("wijkt af");
    }

    @Test
    void warnsWhenTheOutputWasEditedAfterwards() throws IOException {
        Path uit = tmp.resolve("uit");
        assertThat(run("solve", GELDIG.toString(), "--out", uit.toString(), "--quiet").exit()).isZero();
        Path k = uit.resolve("koppelingen.csv");
        String csv = Files.readString(k, StandardCharsets.UTF_8);
        // unplace every household the engine linked: the rebuilt score no longer matches samenvatting.json
        Files.writeString(k, csv.replaceAll("(?m)^(H\\d+),GM\\d{4},(.*),gekoppeld,", "$1,,$2,niet_geplaatst,"),
                StandardCharsets.UTF_8);
        Run r = run("explain", uit.toString(), "--household", "H007");
        assertThat(r.exit()).isZero();
        assertThat(r.err()).contains("wijkt af van samenvatting.json");
    }

    @Test
    void unknownHouseholdOrNoOutputFolderExitsWithTwo() throws IOException {
        Path uit = tmp.resolve("uit");
        assertThat(run("solve", GELDIG.toString(), "--out", uit.toString(), "--quiet").exit()).isZero();
        Run r = run("explain", uit.toString(), "--household", "H999");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--household H999: onbekend huishouden");
        r = run("explain", GELDIG.toString(), "--household", "H001");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("invoer: ontbreekt").doesNotContain("Exception");
    }
}
