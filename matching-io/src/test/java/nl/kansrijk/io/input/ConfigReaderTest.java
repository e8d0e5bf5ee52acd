package nl.kansrijk.io.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import nl.kansrijk.io.InputException;
import nl.kansrijk.model.Stralen;
import nl.kansrijk.rules.Regel;
import nl.kansrijk.solve.Beeindiging;
import nl.kansrijk.solve.MatchingConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** config.json read over the defaults, with every problem named by key and line. */
class ConfigReaderTest {

    @TempDir
    Path tmp;

    private Path json(String text) throws Exception {
        return Files.writeString(tmp.resolve("config.json"), text);
    }

    private List<InputException> problems(String text) throws Exception {
        Path f = json(text);
        try {
            ConfigReader.read(f);
            return List.of();
        } catch (InputException e) {
            return InputProblemsException.problemsOf(e);
        }
    }

    @Test
    void emptyObjectIsTheDefault() throws Exception {
        assertThat(ConfigReader.read(json("{}"))).isEqualTo(MatchingConfig.STANDAARD);
    }

    @Test
    void everyKeyIsRead() throws Exception {
        MatchingConfig c = ConfigReader.read(json("""
                {"gewichten": {"regioadvies": 200, "balans": 0},
                 "stralen": {"familie_km": 10, "zorg_km": 20, "werk_km": 30, "netwerk_km": 5},
                 "tolerantie": 3,
                 "beeindiging": {"tijdslimiet": "2m", "onverbeterde_stappen": null, "zettenlimiet": 10000},
                 "seed": 42}
                """));
        assertThat(c.gewichten().get(Regel.REGIOADVIES)).isEqualTo(200);
        assertThat(c.gewichten().get(Regel.BALANS)).isZero();
        assertThat(c.gewichten().get(Regel.VOORKEUR)).isEqualTo(Regel.VOORKEUR.standaardGewicht());
        assertThat(c.stralen()).isEqualTo(new Stralen(10, 20, 30, 5));
        assertThat(c.tolerantie()).isEqualTo(3);
        assertThat(c.beeindiging()).isEqualTo(new Beeindiging(Duration.ofMinutes(2), null, 10_000L));
        assertThat(c.seed()).isEqualTo(42);
    }

    @Test
    void absentSubKeysKeepTheirDefault() throws Exception {
        MatchingConfig c = ConfigReader.read(json("{\"stralen\": {\"zorg_km\": 50}, \"beeindiging\": {\"zettenlimiet\": 5}}"));
        assertThat(c.stralen()).isEqualTo(new Stralen(25, 50, 40, 25));
        assertThat(c.beeindiging()).isEqualTo(new Beeindiging(Duration.ofSeconds(30), 2000, 5L));
    }

    @Test
    void unknownKeysAreErrorsNamingTheKeyPath() throws Exception {
        List<InputException> problems = problems("{\"seeed\": 1, \"stralen\": {\"familie\": 3}, \"gewichten\": {\"regio\": 1}}");
        assertThat(problems).extracting(InputException::getMessage).hasSize(3)
                .contains("config.json: sleutel 'seeed': onbekende sleutel; toegestaan zijn beeindiging, gewichten, groepsgelijkheid, privacy, seed, stralen, tolerantie",
                        "config.json: sleutel 'stralen.familie': onbekende sleutel; toegestaan zijn familie_km, netwerk_km, werk_km, zorg_km")
                .anySatisfy(m -> assertThat(m).startsWith("config.json: sleutel 'gewichten.regio': onbekende regel; bekend zijn taakstelling,"));
    }

    @Test
    void wrongTypesAndRanges() throws Exception {
        List<InputException> problems = problems("""
                {"gewichten": {"voorkeur": -1, "netwerk": 1.5}, "tolerantie": "2", "stralen": {"werk_km": -4},
                 "beeindiging": {"tijdslimiet": "soms"}, "seed": true}
                """);
        assertThat(problems).extracting(InputException::getMessage).anySatisfy(m -> assertThat(m).startsWith(
                "config.json: sleutel 'gewichten.voorkeur', waarde -1: mag niet negatief zijn"))
                .anySatisfy(m -> assertThat(m).startsWith("config.json: sleutel 'gewichten.netwerk', waarde 1.5"))
                .anySatisfy(m -> assertThat(m).startsWith("config.json: sleutel 'tolerantie', waarde \"2\""))
                .anySatisfy(m -> assertThat(m).startsWith("config.json: sleutel 'stralen.werk_km'"))
                .anySatisfy(m -> assertThat(m).startsWith("config.json: sleutel 'beeindiging.tijdslimiet'"))
                .anySatisfy(m -> assertThat(m).startsWith("config.json: sleutel 'seed'"))
                .hasSize(6);
    }

    @Test
    void allLimitsSwitchedOffIsAnError() throws Exception {
        assertThat(problems("{\"beeindiging\": {\"tijdslimiet\": null, \"onverbeterde_stappen\": null}}"))
                .singleElement().extracting(InputException::getMessage).asString().contains("minstens één");
    }

    @Test
    void badJsonNamesTheLine() throws Exception {
        assertThatThrownBy(() -> ConfigReader.read(json("{\n  \"seed\": 1,\n  \"tolerantie\" 2\n}")))
                .isInstanceOf(InputException.class).hasMessageStartingWith("config.json:3: geen geldige JSON");
        assertThatThrownBy(() -> ConfigReader.read(json("{\"seed\": 1, \"seed\": 2}")))
                .isInstanceOf(InputException.class).hasMessageContaining("seed");
        assertThatThrownBy(() -> ConfigReader.read(json("[1, 2]")))
                .isInstanceOf(InputException.class).hasMessageContaining("JSON-object");
    }

    @Test
    void durations() {
        assertThat(ConfigReader.parseDuration("30s")).isEqualTo(Duration.ofSeconds(30));
        assertThat(ConfigReader.parseDuration("2m")).isEqualTo(Duration.ofMinutes(2));
        assertThat(ConfigReader.parseDuration("1h30m")).isEqualTo(Duration.ofMinutes(90));
        assertThat(ConfigReader.parseDuration("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(ConfigReader.parseDuration("PT30S")).isEqualTo(Duration.ofSeconds(30));
        assertThatThrownBy(() -> ConfigReader.parseDuration("30")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ConfigReader.parseDuration("30 s")).isInstanceOf(IllegalArgumentException.class);
        assertThat(ConfigReader.formatDuration(Duration.ofMillis(1500))).isEqualTo("1500ms");
    }

    @Test
    void effectiveConfigurationReadsBackToTheSameConfig() throws Exception {
        MatchingConfig c = MatchingConfig.STANDAARD.withGewicht(Regel.SECTORVRAAG, 7).withTolerantie(2).withSeed(-9)
                .withStralen(new Stralen(1, 2, 3, 4)).withBeeindiging(new Beeindiging(Duration.ofMillis(2500), null, 99L))
                .withGroepsindeling(new nl.kansrijk.model.Groepsindeling("geslacht_hoofdaanvrager")).withMinGroepsgrootte(5);
        nl.kansrijk.io.json.ConfigJson effective = ConfigReader.effective(c);
        assertThat(effective.gewichten()).hasSize(Regel.values().length);
        String text = JsonMapper.builder().build().writeValueAsString(effective);
        @SuppressWarnings("unchecked")
        Map<String, Object> velden = JsonMapper.builder().build().readValue(text, Map.class);
        assertThat(velden).containsOnlyKeys("gewichten", "stralen", "tolerantie", "beeindiging", "seed",
                "groepsgelijkheid", "privacy");
        assertThat(text).contains("\"tijdslimiet\":\"2500ms\"", "\"onverbeterde_stappen\":null");
        assertThat(ConfigReader.read(json(text))).isEqualTo(c);
        assertThat(ConfigReader.read(json(JsonMapper.builder().build()
                .writeValueAsString(ConfigReader.effective(MatchingConfig.STANDAARD))))).isEqualTo(MatchingConfig.STANDAARD);
    }

    @Test
    void groepsgelijkheidAndPrivacyAreReadAndCheckedByKeyPath() throws Exception {
        MatchingConfig c = ConfigReader.read(json("{\"gewichten\": {\"groepsgelijkheid\": 5}, "
                + "\"groepsgelijkheid\": {\"kolom\": \"geslacht_hoofdaanvrager\"}, \"privacy\": {\"min_groepsgrootte\": 20}}"));
        assertThat(c.gewichten().get(Regel.GROEPSGELIJKHEID)).isEqualTo(5);
        assertThat(c.groepsindeling().kolom()).isEqualTo("geslacht_hoofdaanvrager");
        assertThat(c.minGroepsgrootte()).isEqualTo(20);
        assertThat(MatchingConfig.STANDAARD.gewichten().get(Regel.GROEPSGELIJKHEID)).isZero();
        assertThat(MatchingConfig.STANDAARD.minGroepsgrootte()).isEqualTo(10);
        assertThatThrownBy(() -> ConfigReader.read(json("{\"groepsgelijkheid\": {\"kolom\": 3, \"x\": 1}, "
                + "\"privacy\": {\"min_groepsgrootte\": 0}}")))
                .hasMessageContaining("sleutel 'groepsgelijkheid.kolom', waarde 3")
                .hasMessageContaining("sleutel 'groepsgelijkheid.x': onbekende sleutel")
                .hasMessageContaining("sleutel 'privacy.min_groepsgrootte', waarde 0: moet minstens 1 zijn");
    }
}
