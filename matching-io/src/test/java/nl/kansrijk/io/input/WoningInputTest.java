package nl.kansrijk.io.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import nl.kansrijk.io.InputException;
import nl.kansrijk.model.Regiopool;
import nl.kansrijk.model.Woning;
import nl.kansrijk.model.Woningaanbod;
import nl.kansrijk.model.Woningsoort;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The optional woningen.csv and regiopools.csv: read into a Woningaanbod, from CSV, Excel CSV and xlsx, with located errors. */
class WoningInputTest {

    @TempDir
    Path tmp;

    private static final String WONINGEN = """
            woning_id,gemeente_code,beschikbaar_vanaf,min_personen,max_personen,toegankelijk,soort,slaapkamers,huur
            W1,GM0363,2026-02-01,1,2,ja,zelfstandig,1,650.50
            W2,GM0363,2026-03-15,3,6,nee,,3,
            W3,GM0599,2026-01-20,1,1,,kamer,,
            """;
    private static final String POOLS = """
            pool,gemeente_code,tolerantie
            noord,GM0363,
            noord,GM0362,
            zuid,GM0599,5
            zuid,GM0518,
            """;

    private int folders;

    private Path folder(String name) {
        try {
            return java.nio.file.Files.createDirectories(tmp.resolve(name + "-" + folders++));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Invoer invoer() {
        return Invoer.geldig(folder("in")).write("woningen.csv", WONINGEN).write("regiopools.csv", POOLS);
    }

    private static List<InputException> problems(Invoer invoer) {
        return ProblemReader.validate(invoer.dir(), ReadOptions.DEFAULT);
    }

    private static String only(List<InputException> problems) {
        assertThat(problems).as(problems.toString()).hasSize(1);
        return problems.get(0).getMessage();
    }

    @Test
    void readsDwellingsAndPools() {
        InputFolder in = ProblemReader.read(invoer().dir(), ReadOptions.DEFAULT);
        Woningaanbod a = in.woningaanbod().orElseThrow();
        assertThat(a.woningen()).containsExactly(
                new Woning("W1", "GM0363", LocalDate.of(2026, 2, 1), 1, 2, true, Woningsoort.ZELFSTANDIG, 1, 650.5),
                new Woning("W2", "GM0363", LocalDate.of(2026, 3, 15), 3, 6, false, null, 3, null),
                new Woning("W3", "GM0599", LocalDate.of(2026, 1, 20), 1, 1, null, Woningsoort.KAMER, null, null));
        assertThat(a.pools()).containsExactly(new Regiopool("noord", List.of("GM0363", "GM0362"), 0.10),
                new Regiopool("zuid", List.of("GM0599", "GM0518"), 0.05));
        assertThat(a.toegankelijkheidGemarkeerd()).isTrue();
        assertThat(in.sha256PerFile()).containsKeys("woningen.csv", "regiopools.csv");
    }

    @Test
    void withoutWoningenThereIsNoSupplyAndPoolsAloneAreAWarning() {
        Invoer zonder = Invoer.geldig(folder("zonder"));
        assertThat(ProblemReader.read(zonder.dir(), ReadOptions.DEFAULT).woningaanbod()).isEmpty();
        InputFolder alleenPools = ProblemReader.read(zonder.write("regiopools.csv", POOLS).dir(), ReadOptions.DEFAULT);
        assertThat(alleenPools.woningaanbod()).isEmpty();
        assertThat(alleenPools.warnings()).anyMatch(w -> w.contains("regiopools.csv zonder woningen.csv"));
    }

    @Test
    void excelCsvAndWorkbooksGiveTheSameSupply() {
        Path csv = invoer().dir();
        Woningaanbod expected = ProblemReader.read(csv, ReadOptions.DEFAULT).woningaanbod().orElseThrow();
        for (Charset cs : List.of(StandardCharsets.UTF_8, Charset.forName("windows-1252"))) {
            Path excel = Werkboeken.alsExcelCsv(csv, tmp.resolve("excel-" + cs.name()), cs);
            assertThat(ProblemReader.read(excel, ReadOptions.DEFAULT).woningaanbod()).contains(expected);
        }
        Path een = Werkboeken.alsEenWerkboek(csv, tmp.resolve("werkboek"));
        assertThat(ProblemReader.read(een, ReadOptions.DEFAULT).woningaanbod()).contains(expected);
        Path per = Werkboeken.alsWerkboekPerBestand(csv, tmp.resolve("per-bestand"));
        assertThat(ProblemReader.read(per, ReadOptions.DEFAULT).woningaanbod()).contains(expected);
    }

    @Test
    void badCellsAreNamedByFileLineColumnAndValue() {
        assertThat(only(problems(invoer().replace("woningen.csv", "2026-02-01", "2026-02-30"))))
                .isEqualTo("woningen.csv:2: kolom 'beschikbaar_vanaf', waarde '2026-02-30': geen geldige datum (JJJJ-MM-DD)");
        assertThat(only(problems(invoer().replace("woningen.csv", "3,6,nee", "3,2,nee"))))
                .startsWith("woningen.csv:3: kolom 'max_personen'").contains("'2'").endsWith("is kleiner dan min_personen (3)");
        assertThat(only(problems(invoer().replace("woningen.csv", ",ja,", ",misschien,"))))
                .startsWith("woningen.csv:2: kolom 'toegankelijk'").contains("misschien").endsWith("moet ja of nee zijn");
        assertThat(only(problems(invoer().replace("woningen.csv", ",kamer,", ",villa,"))))
                .startsWith("woningen.csv:4: kolom 'soort'").endsWith("moet zelfstandig, kamer, flex of gedeeld zijn");
        assertThat(only(problems(invoer().replace("woningen.csv", "W3,GM0599", "W3,GM9999"))))
                .startsWith("woningen.csv:4: kolom 'gemeente_code'").contains("GM9999").endsWith("onbekende gemeente");
        assertThat(only(problems(invoer().replace("woningen.csv", "W3,", "W1,"))))
                .startsWith("woningen.csv:4: kolom 'woning_id'").endsWith("woning komt al voor op regel 2");
        assertThat(only(problems(invoer().replace("woningen.csv", "W2,GM0363,2026-03-15,3", "W2,GM0363,,3"))))
                .startsWith("woningen.csv:3: kolom 'beschikbaar_vanaf'").endsWith("waarde ontbreekt");
        assertThat(only(problems(invoer().replace("woningen.csv", "1,1,,kamer", "0,1,,kamer"))))
                .startsWith("woningen.csv:4: kolom 'min_personen'");
        assertThat(only(problems(invoer().replace("regiopools.csv", "zuid,GM0518", "zuid,GM0362"))))
                .startsWith("regiopools.csv:5: kolom 'gemeente_code'").endsWith("staat al in pool noord; een gemeente hoort bij hoogstens één pool");
        assertThat(only(problems(invoer().replace("regiopools.csv", "zuid,GM0518,", "zuid,GM0518,7"))))
                .startsWith("regiopools.csv:5: kolom 'tolerantie'").endsWith("pool zuid had op regel 4 een andere tolerantie");
        assertThat(only(problems(invoer().replace("regiopools.csv", "zuid,GM0518,", "zuid,GM0518,120"))))
                .startsWith("regiopools.csv:5: kolom 'tolerantie'").endsWith("moet tussen 0 en 100 liggen");
    }

    @Test
    void aMissingRequiredColumnIsNamed() {
        String message = only(problems(invoer().write("woningen.csv", "woning_id,gemeente_code,min_personen,max_personen\n"
                + "W1,GM0363,1,2\n")));
        assertThat(message).startsWith("woningen.csv").contains("beschikbaar_vanaf");
    }
}
