package nl.kansrijk.cli.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.kansrijk.cli.fuzz.CliRun;
import nl.kansrijk.io.input.Invoer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An instance that cannot be solved in full: a household no gemeente may take under its hard rules, nareizigers
 * and a pinned household that overfill their gemeente, and fewer places than persons. {@code validate} must say so
 * before solving, and the solve's samenvatting.json must name the same households and gemeenten, the rule in the
 * way and what would make it feasible — and agree with validate.
 */
class ImpossibleInstanceTest {

    @TempDir
    Path tmp;

    private Invoer onmogelijk() throws Exception {
        Files.createDirectories(tmp.resolve("in"));
        return Invoer.geldig(tmp.resolve("in"))
                // GM0599 Rotterdam: taakstelling 1, already 1 realised -> capacity 0 ...
                .replace("taakstellingen.csv", "GM0599,2026-H1,6,0,1", "GM0599,2026-H1,1,0,1")
                // ... but three nareiziger households (1 + 2 + 3 persons) must join their families there
                .replace("huishoudens.csv", "H002,1,1,0,AZC02,2026-01-07,AM03,horeca,midden,,GM0599,,,,,,,B",
                        "H002,1,1,0,AZC02,2026-01-07,AM03,horeca,midden,,GM0599,,,,,GM0599,,B")
                .replace("huishoudens.csv", "H008,3,2,1,,2026-01-22,AM03|AM01,,laag,GM0599|GM0518,,,,,,,,A",
                        "H008,3,2,1,,2026-01-22,AM03|AM01,,laag,GM0599|GM0518,,,,,,GM0599,,A")
                // H004 works in Utrecht (GM0344) but excludes Utrecht, Amstelveen and Amsterdam: no gemeente left
                .replace("huishoudens.csv", "H004,2,2,0,AZC02,2026-01-12,,,onbekend,,,,GM0344,,,,,B",
                        "H004,2,2,0,AZC02,2026-01-12,,,onbekend,,,,GM0344,,GM0344|GM0362|GM0363,,,B")
                .replace("huishoudens.csv", "H005,5,2,3,AZC01,2026-01-15,AM01,,,,,,,GM0362,GM0518,,,A",
                        "H005,5,2,3,AZC01,2026-01-15,AM01,,,,,,,GM0362,GM0518|GM0599,,,A")
                // fewer places than persons in all
                .replace("taakstellingen.csv", "GM0363,2026-H1,8,1,2", "GM0363,2026-H1,3,1,2");
    }

    @Test
    void validateWarnsAndTheSolveReportsWhoWhereWhichRuleAndWhatWouldHelp() throws Exception {
        Invoer in = onmogelijk();
        CliRun validate = CliRun.of("validate", in.dir().toString());
        assertThat(validate.exit()).as(validate.toString()).isZero();
        assertThat(validate.out()).contains(
                "waarschuwing: huishouden H004: geen enkele gemeente voldoet aan de harde regels (werk of opleiding sluit "
                        + "2 van 5 gemeenten uit; uitgesloten gemeente sluit 3 van 5 gemeenten uit); plaatsbaar als één "
                        + "van deze gegevens verandert: werk of opleiding (dan 2 gemeenten: GM0599, GM0518) of "
                        + "uitgesloten gemeente (dan 3 gemeenten: GM0363, GM0362, GM0344)\n",
                "waarschuwing: GM0599 heeft 6 plaatsen extra nodig voor vastgezette en nareiziger-huishoudens "
                        + "(6 personen, capaciteit 0)",
                "waarschuwing: in totaal 21 personen maar 20 plaatsen: minstens 1 persoon blijft ongeplaatst, tenzij "
                        + "taakstellingen en tolerantie samen minstens 1 plaats meer geven\n");

        Path out = tmp.resolve("out");
        CliRun solve = CliRun.of("solve", in.dir().toString(), "--out", out.toString(), "--no-timing", "--quiet");
        assertThat(solve.exit()).as(solve.toString()).isZero();
        JsonNode s = JsonMapper.builder().build().readTree(Files.readString(out.resolve("samenvatting.json")));

        // The overfilled gemeente, with the number of places it needs, as validate said.
        JsonNode overvulling = s.path("overvulling_door_vaste_koppelingen");
        assertThat(overvulling).hasSize(1);
        assertThat(overvulling.get(0).path("gemeente_code").asString()).isEqualTo("GM0599");
        assertThat(overvulling.get(0).path("extra_plaatsen_nodig").asLong()).isEqualTo(6);
        assertThat(overvulling.get(0).path("toelichting").asString())
                .isEqualTo("GM0599 heeft 6 plaatsen extra nodig voor vastgezette en nareiziger-huishoudens");
        assertThat(s.path("harde_schendingen").path("hard_score").asLong())
                .as("the overfill caused by bound households alone is allowed, not a violation").isZero();

        // Every unplaced household with the rule in the way and a remedy; H004 among them, for its hard rules.
        Map<String, String> redenen = new TreeMap<>();
        s.path("niet_geplaatst").forEach(n -> redenen.put(n.path("huishouden_id").asString(), n.path("reden").asString()));
        assertThat(redenen).containsKey("H004");
        assertThat(redenen.get("H004")).startsWith("geen gemeente voldoet aan alle harde regels: werk of opleiding sluit 2 "
                + "van 5 gemeenten uit; uitgesloten gemeente sluit 3 van 5 gemeenten uit; plaatsbaar als één van deze "
                + "gegevens verandert: werk of opleiding (dan 2 gemeenten: GM0599, GM0518) of uitgesloten gemeente (dan "
                + "3 gemeenten: GM0363, GM0362, GM0344)");
        assertThat(redenen.values()).allSatisfy(r -> assertThat(r).containsAnyOf("taakstelling", "harde regels")
                .contains("plaatsbaar als"));
        redenen.forEach((id, r) -> {
            if (r.startsWith("taakstelling")) {
                assertThat(r).as(id).containsPattern("plaatsbaar als GM\\d{4} \\d+ plaats(en)? meer krijgt");
            }
        });
        long nietGeplaatstePersonen = s.path("personen").path("niet_geplaatst").asLong();
        assertThat(nietGeplaatstePersonen).as("at least the shortfall validate announced").isGreaterThanOrEqualTo(1);

        // Validate and solve agree: every household validate calls unplaceable is unplaced, with the same remedy.
        for (String line : validate.out().lines().filter(l -> l.contains("geen enkele gemeente voldoet")).toList()) {
            String id = line.replaceFirst("^waarschuwing: huishouden (\\S+): .*", "$1");
            assertThat(redenen).containsKey(id);
            assertThat(redenen.get(id)).endsWith(line.substring(line.indexOf("plaatsbaar als")));
        }
        // The nareizigers of the overfilled gemeente are placed with their families.
        List<String> bijGezin = new ArrayList<>();
        Files.readAllLines(out.resolve("koppelingen.csv")).stream()
                .filter(l -> l.startsWith("H002,") || l.startsWith("H006,") || l.startsWith("H008,"))
                .forEach(l -> bijGezin.add(l.split(",")[0] + "@" + l.split(",")[1]));
        assertThat(bijGezin).containsExactly("H002@GM0599", "H006@GM0599", "H008@GM0599");
    }
}
