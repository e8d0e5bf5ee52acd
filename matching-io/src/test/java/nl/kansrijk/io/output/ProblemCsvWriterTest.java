package nl.kansrijk.io.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import nl.kansrijk.io.InputException;
import nl.kansrijk.model.Arbeidsmarktregio;
import nl.kansrijk.model.Azc;
import nl.kansrijk.model.Gemeente;
import nl.kansrijk.model.Huishouden;
import nl.kansrijk.model.MatchingProblem;
import nl.kansrijk.model.Opleidingsniveau;
import nl.kansrijk.model.Taakstelling;
import nl.kansrijk.model.Zorglocatie;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A problem written as input CSV files reads back the same. */
class ProblemCsvWriterTest {

    @TempDir
    Path tmp;

    private static MatchingProblem probleem(Huishouden... huishoudens) {
        return new MatchingProblem("2026-H1",
                List.of(new Gemeente("GM0001", "Aa, en Hunze", "AM01", 52.5, 6.25, 25_000, 30),
                        new Gemeente("GM0002", "Beek", "AM02", 51.0, 5.0)),
                List.of(new Arbeidsmarktregio("AM01", "Noord", Map.of("bouw", 80, "zorg", 20)),
                        new Arbeidsmarktregio("AM02", "Zuid", Map.of())),
                List.of(new Taakstelling("GM0001", "2026-H1", 10, -2, 1), new Taakstelling("GM0002", "2026-H1", 5, 0, 0)),
                List.of(new Azc("AZC1", "Azc Aa", "GM0001", 52.5, 6.25)),
                List.of(new Zorglocatie("ZL1", "Umc", "umc", 51.0, 5.0)), List.of(huishoudens));
    }

    @Test
    void writesEveryTableWithHeadersAndJoinsMultiValuesWithBar() throws IOException {
        Huishouden h = Huishouden.builder("H1", 2, 1).azcCode("AZC1").vergunningdatum(LocalDate.of(2026, 2, 3))
                .regioadvies("AM02", "AM01").sectoren("bouw", "zorg").opleidingsniveau(Opleidingsniveau.MIDDEN)
                .voorkeurGemeenten("GM0001", "GM0002").familieGemeente("GM0002").zorgCode("ZL1")
                .uitgeslotenGemeenten("GM0001").kenmerk("nationaliteit", "Syrië").build();
        Huishouden g = Huishouden.builder("H2", 1, 0).gekoppeldGemeente("GM0002").kenmerk("geslacht", "v").build();
        Path out = tmp.resolve("in");
        ProblemCsvWriter.write(probleem(h, g), out);

        try (var s = Files.list(out)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("gemeenten.csv",
                    "arbeidsmarktregios.csv", "sectorvraag.csv", "taakstellingen.csv", "azcs.csv", "zorglocaties.csv",
                    "huishoudens.csv");
        }
        List<CSVRecord> gemeenten = read(out.resolve("gemeenten.csv"));
        assertThat(gemeenten.get(0).values()).containsExactly("gemeente_code", "naam", "arbeidsmarktregio_code", "lat",
                "lon", "inwoners", "aandeel_eenpersoonswoningen");
        assertThat(gemeenten.get(1).values()).containsExactly("GM0001", "Aa, en Hunze", "AM01", "52.5", "6.25", "25000", "30");
        assertThat(gemeenten.get(2).values()).containsExactly("GM0002", "Beek", "AM02", "51", "5", "", "");
        assertThat(read(out.resolve("sectorvraag.csv"))).extracting(CSVRecord::values)
                .containsExactly(new String[] {"arbeidsmarktregio_code", "sector", "vraag"},
                        new String[] {"AM01", "bouw", "80"}, new String[] {"AM01", "zorg", "20"});
        assertThat(read(out.resolve("taakstellingen.csv")).get(1).values())
                .containsExactly("GM0001", "2026-H1", "10", "-2", "1");

        List<CSVRecord> hh = read(out.resolve("huishoudens.csv"));
        List<String> header = List.of(hh.get(0).values());
        assertThat(header).startsWith(ProblemCsvWriter.HUISHOUDEN_KOLOMMEN.toArray(String[]::new))
                .endsWith("nationaliteit", "geslacht").hasSize(ProblemCsvWriter.HUISHOUDEN_KOLOMMEN.size() + 2);
        CSVRecord h1 = hh.get(1);
        assertThat(h1.get(header.indexOf("regioadvies"))).isEqualTo("AM02|AM01");
        assertThat(h1.get(header.indexOf("sectoren"))).isEqualTo("bouw|zorg");
        assertThat(h1.get(header.indexOf("voorkeur_gemeenten"))).isEqualTo("GM0001|GM0002");
        assertThat(h1.get(header.indexOf("vergunningdatum"))).isEqualTo("2026-02-03");
        assertThat(h1.get(header.indexOf("opleidingsniveau"))).isEqualTo("midden");
        assertThat(h1.get(header.indexOf("nationaliteit"))).isEqualTo("Syrië");
        assertThat(h1.get(header.indexOf("geslacht"))).isEmpty();
        CSVRecord h2 = hh.get(2);
        assertThat(h2.get(header.indexOf("gekoppeld_gemeente"))).isEqualTo("GM0002");
        assertThat(h2.get(header.indexOf("regioadvies"))).isEmpty();
        assertThat(h2.get(header.indexOf("opleidingsniveau"))).isEqualTo("onbekend");

        byte[] bytes = Files.readAllBytes(out.resolve("huishoudens.csv"));
        assertThat(bytes[0]).isEqualTo((byte) 'h'); // no BOM
        assertThat(new String(bytes, StandardCharsets.UTF_8)).doesNotContain("\r").contains("Syrië");
    }

    @Test
    void writesKansenOnlyWhenAHouseholdHasOne() throws IOException {
        Path out = tmp.resolve("in");
        ProblemCsvWriter.write(probleem(Huishouden.builder("H1", 1, 0).uitkomstkans("AM01", 0.25).build()), out);
        assertThat(read(out.resolve("kansen.csv"))).extracting(CSVRecord::values).containsExactly(
                new String[] {"huishouden_id", "arbeidsmarktregio_code", "kans"}, new String[] {"H1", "AM01", "0.25"});
        ProblemCsvWriter.write(probleem(Huishouden.builder("H1", 1, 0).build()), out);
        assertThat(out.resolve("kansen.csv")).doesNotExist();
    }

    @Test
    void refusesToReplaceAFolderWithOtherFiles() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("mijn-map"));
        Files.writeString(out.resolve("notities.txt"), "belangrijk");
        assertThatThrownBy(() -> ProblemCsvWriter.write(probleem(), out))
                .isInstanceOf(InputException.class).hasMessageContaining("notities.txt");
        assertThat(Files.readString(out.resolve("notities.txt"))).isEqualTo("belangrijk");
    }

    @Test
    void decimalsWithPointAndNoExponent() {
        assertThat(ProblemCsvWriter.decimal(52.36511)).isEqualTo("52.36511");
        assertThat(ProblemCsvWriter.decimal(0.00001)).isEqualTo("0.00001");
        assertThat(ProblemCsvWriter.decimal(-4.0)).isEqualTo("-4");
    }

    static List<CSVRecord> read(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser p = CSVParser.parse(r, CSVFormat.DEFAULT)) {
            return p.getRecords();
        }
    }
}
