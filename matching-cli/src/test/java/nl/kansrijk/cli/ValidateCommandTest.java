package nl.kansrijk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import nl.kansrijk.io.input.Invoer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kansrijk validate}: every problem of an input folder at once, warnings, BSNs and another config.json. */
class ValidateCommandTest {

    @TempDir
    Path tmp;

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = KansrijkCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void validFolderExitsZeroWithASummary() {
        Invoer invoer = Invoer.geldig(tmp);
        Run r = run("validate", invoer.dir().toString());
        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("OK: 5 gemeenten, 8 huishoudens, 21 personen, totale capaciteit 24 personen (2026-H1)")
                .contains("waarschuwing: huishoudens.csv: extra kolommen bewaard als kenmerken")
                .doesNotContain("plaatsen extra nodig").doesNotContain("geen enkele gemeente");
    }

    @Test
    void brokenCopyReportsEveryPlantedErrorAndExitsTwo() {
        Invoer invoer = Invoer.geldig(tmp)
                .replace("gemeenten.csv", ";931298;", ";931.298;")
                .replace("taakstellingen.csv", "GM0518,2026-H1", "GM518,2026-H1")
                .replace("azcs.csv", "AZC02,azc Rotterdam,GM0599", "AZC02,azc Rotterdam,GM0598")
                .replace("huishoudens.csv", "H002,1,1,0", "H002,-1,1,0")
                .replace("huishoudens.csv", "H005,5,2,3", "H005,5,2,2")
                .replace("huishoudens.csv", "H004,2,2,0", "H002,2,2,0")
                .replace("huishoudens.csv", "GM0518,,,A", "GM0518,,,111222333")
                .replace("kansen.csv", "H003,AM02,0.55", "H003,AM02,1.55")
                .write("config.json", "{\"seed\": 1, \"stralen\": {\"famlie_km\": 3}}");
        Run r = run("validate", invoer.dir().toString());
        assertThat(r.exit()).isEqualTo(KansrijkCli.BAD_INPUT);
        assertThat(r.out().lines()).containsExactlyInAnyOrder(
                "gemeenten.csv:2: kolom 'inwoners', waarde '931.298': punt als duizendtalscheiding of als decimaalteken? In een "
                        + "bestand met ; als scheidingsteken is de komma het decimaalteken: schrijf het getal zonder "
                        + "duizendtalscheiding (1234 of 1234,5)",
                "taakstellingen.csv:6: kolom 'gemeente_code', waarde 'GM518': heeft niet de vorm GM gevolgd door vier cijfers (GM0363)",
                "azcs.csv:3: kolom 'gemeente_code', waarde 'GM0598': onbekende gemeente",
                "huishoudens.csv:3: kolom 'personen': moet minstens 1 zijn",
                "huishoudens.csv:5: kolom 'huishouden_id', waarde 'H002': huishouden komt al voor op regel 3",
                "huishoudens.csv:6: kolom 'personen': volwassenen + kinderen is niet gelijk aan personen",
                "huishoudens.csv:6: kolom 'groep': waarde lijkt op een BSN (negen cijfers die de elfproef doorstaan); een BSN "
                        + "hoort niet in de invoer, gebruik pseudonieme ids (of --allow-bsn als het zeker geen BSN is)",
                "kansen.csv:4: kolom 'kans': moet tussen 0 en 1 liggen",
                "config.json: sleutel 'stralen.famlie_km': onbekende sleutel; toegestaan zijn familie_km, netwerk_km, werk_km, zorg_km");
        assertThat(r.err()).contains("9 problemen gevonden");
        assertThat(r.out() + r.err()).doesNotContain("111222333").doesNotContain("Exception");
    }

    @Test
    void allowBsnAcceptsTheValue() {
        Invoer invoer = Invoer.geldig(tmp).replace("huishoudens.csv", "GM0518,,,A", "GM0518,,,111222333");
        assertThat(run("validate", invoer.dir().toString()).exit()).isEqualTo(KansrijkCli.BAD_INPUT);
        Run r = run("validate", invoer.dir().toString(), "--allow-bsn");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("BSN");
    }

    @Test
    void configOptionOverridesTheFolderConfig(@TempDir Path elders) throws Exception {
        Invoer invoer = Invoer.geldig(tmp).write("config.json", "{\"onbekend\": 1}");
        assertThat(run("validate", invoer.dir().toString()).exit()).isEqualTo(KansrijkCli.BAD_INPUT);
        Path other = java.nio.file.Files.writeString(elders.resolve("ander.json"), "{\"tolerantie\": 2}");
        Run r = run("validate", invoer.dir().toString(), "--config", other.toString());
        assertThat(r.exit()).as(r.out()).isZero();
        assertThat(r.out()).contains("totale capaciteit 34 personen");
    }

    @Test
    void diagnosesInfeasibilityWithoutSolving() {
        Invoer invoer = Invoer.geldig(tmp)
                .replace("huishoudens.csv", "H008,3,2,1,,2026-01-22,AM03|AM01,,laag,GM0599|GM0518,,,,,,,,A",
                        "H008,3,2,1,,2026-01-22,AM03|AM01,,laag,,,,,,GM0363|GM0362|GM0344|GM0599|GM0518,,,A")
                .replace("huishoudens.csv", "H003,3,2,1,AZC01,2026-01-09,AM02,zorg,laag,,,UMC01,,,,,,A",
                        "H003,3,2,1,AZC01,2026-01-09,AM02,zorg,laag,,,UMC01,,,,GM0599,,A")
                .replace("huishoudens.csv", "H007,1,1,0,AZC01,2026-01-21,AM02,techniek,midden,,,,,,,,GM0344,",
                        "H007,8,4,4,AZC01,2026-01-21,AM02,techniek,midden,,,,,,,,GM0344,")
                .replace("taakstellingen.csv", "GM0344,2026-H1,5,0,0", "GM0344,2026-H1,2,0,0");
        Run r = run("validate", invoer.dir().toString());
        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains(
                "waarschuwing: huishouden H008: geen enkele gemeente voldoet aan de harde regels (uitgesloten gemeente sluit 5 van 5 gemeenten uit)",
                "waarschuwing: huishouden H003: geen enkele gemeente voldoet aan de harde regels (medische zorg sluit 4 van 5 gemeenten uit; nareiziger sluit 4 van 5 gemeenten uit)",
                "waarschuwing: GM0344 heeft 6 plaatsen extra nodig voor vastgezette en nareiziger-huishoudens (8 personen, capaciteit 2)",
                "waarschuwing: in totaal 28 personen maar 27 plaatsen: minstens 1 persoon blijft ongeplaatst");
    }

    @Test
    void missingFolderExitsTwo() {
        Run r = run("validate", tmp.resolve("nergens").toString());
        assertThat(r.exit()).isEqualTo(KansrijkCli.BAD_INPUT);
        assertThat(r.out()).contains("bestaat niet");
    }

    @Test
    void helpWorks() {
        Run r = run("validate", "--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("--allow-bsn", "--config");
    }
}
