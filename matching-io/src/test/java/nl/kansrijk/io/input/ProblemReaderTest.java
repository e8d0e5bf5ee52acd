package nl.kansrijk.io.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.kansrijk.io.InputException;
import nl.kansrijk.model.Huishouden;
import nl.kansrijk.model.MatchingProblem;
import nl.kansrijk.model.Opleidingsniveau;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The input tables read into a problem, with every problem named by file, line, column and value. */
class ProblemReaderTest {

    @TempDir
    Path tmp;

    private Invoer invoer() {
        return Invoer.geldig(tmp);
    }

    private static List<InputException> problems(Invoer invoer) {
        return ProblemReader.validate(invoer.dir(), ReadOptions.DEFAULT);
    }

    /** Asserts exactly one problem at file:line in the column, and returns it. */
    private static InputException only(List<InputException> problems, String file, long line, String column) {
        assertThat(problems).as(problems.toString()).hasSize(1);
        return at(problems, file, line, column);
    }

    /** Asserts a problem at file:line in the column is among the problems, and returns it. */
    private static InputException at(List<InputException> problems, String file, long line, String column) {
        InputException p = problems.stream()
                .filter(e -> e.file() != null && e.file().getFileName().toString().equals(file) && e.line() == line
                        && java.util.Objects.equals(e.column(), column))
                .findFirst().orElse(null);
        assertThat(p).as("problem at %s:%d column %s among %s", file, line, column, problems).isNotNull();
        String prefix = file + (line > 0 ? ":" + line : "") + ": " + (column == null ? "" : "kolom '" + column + "'");
        assertThat(p.getMessage()).startsWith(prefix);
        return p;
    }

    @Test
    void readsTheValidFixture() {
        InputFolder folder = ProblemReader.read(invoer().dir(), ReadOptions.DEFAULT);
        MatchingProblem p = folder.problem();
        assertThat(p.gemeenten()).hasSize(5);
        assertThat(p.arbeidsmarktregios()).hasSize(3);
        assertThat(p.arbeidsmarktregios().get(0).vraag("bouw")).isEqualTo(80);
        assertThat(p.taakstellingen()).hasSize(5);
        assertThat(p.effectievePeriode()).isEqualTo("2026-H1");
        assertThat(p.azcs()).hasSize(2);
        assertThat(p.zorglocaties()).hasSize(1);
        assertThat(p.huishoudens()).extracting(Huishouden::id)
                .containsExactly("H001", "H002", "H003", "H004", "H005", "H006", "H007", "H008");
        Huishouden h1 = p.huishoudens().get(0);
        assertThat(h1.regioadvies()).containsExactly("AM01", "AM02");
        assertThat(h1.sectoren()).containsExactly("bouw", "techniek");
        assertThat(h1.opleidingsniveau()).isEqualTo(Opleidingsniveau.HOOG);
        assertThat(h1.uitkomstkans()).containsEntry("AM01", 0.7).containsEntry("AM02", 0.4);
        assertThat(h1.kenmerken()).containsExactly(Map.entry("groep", "A"));
        assertThat(h1.vergunningdatum()).hasToString("2026-01-05");
        Huishouden h7 = p.huishoudens().get(6);
        assertThat(h7.gekoppeldGemeente()).isEqualTo("GM0344");
        assertThat(h7.kenmerken()).isEmpty();
        assertThat(p.huishoudens().get(5).nareizigerVanGemeente()).isEqualTo("GM0599");
        assertThat(p.gemeenten().get(4).aandeelEenpersoonswoningen()).isNull();
        assertThat(folder.sha256PerFile().keySet()).containsExactly("arbeidsmarktregios.csv", "azcs.csv", "config.json",
                "gemeenten.csv", "huishoudens.csv", "kansen.csv", "sectorvraag.csv", "taakstellingen.csv", "zorglocaties.csv");
        assertThat(folder.sha256PerFile().values()).allMatch(h -> h.matches("[0-9a-f]{64}"));
        assertThat(folder.configFile().map(InputFile::path)).contains(folder.dir().resolve("config.json"));
        assertThat(folder.warnings()).singleElement().asString().contains("huishoudens.csv", "groep", "kenmerken");
        assertThat(ProblemReader.validate(folder.dir(), ReadOptions.DEFAULT)).isEmpty();
    }

    @Test
    void sha256IsTheFilesDigest() throws Exception {
        Invoer invoer = invoer();
        InputFolder folder = ProblemReader.read(invoer.dir(), ReadOptions.DEFAULT);
        byte[] bytes = Files.readAllBytes(invoer.file("azcs.csv"));
        String expected = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        assertThat(folder.sha256PerFile()).containsEntry("azcs.csv", expected);
    }

    @Test
    void kansenIsOptional() {
        Invoer invoer = invoer().delete("kansen.csv");
        InputFolder folder = ProblemReader.read(invoer.dir(), ReadOptions.DEFAULT);
        assertThat(folder.problem().huishoudens()).allMatch(h -> h.uitkomstkans().isEmpty());
        assertThat(folder.sha256PerFile()).doesNotContainKey("kansen.csv");
    }

    @Test
    void missingFile() {
        InputException p = only(problems(invoer().delete("azcs.csv")), "azcs.csv", 0, null);
        assertThat(p.getMessage()).contains("bestand ontbreekt");
    }

    @Test
    void missingDirectoryIsOneClearProblem() {
        assertThat(ProblemReader.validate(tmp.resolve("bestaat-niet"), ReadOptions.DEFAULT))
                .singleElement().extracting(InputException::getMessage).asString().contains("bestaat niet");
    }

    @Test
    void missingColumn() {
        Invoer invoer = invoer().replace("zorglocaties.csv", "zorg_code,naam,soort,lat,lon", "zorg_code,naam,soort,lon");
        InputException p = only(problems(invoer), "zorglocaties.csv", 1, "lat");
        assertThat(p.getMessage()).contains("verplichte kolom ontbreekt");
    }

    @Test
    void duplicateHeader() {
        Invoer invoer = invoer().replace("azcs.csv", "azc_code,naam,gemeente_code,lat,lon", "azc_code,naam,gemeente_code,lat,lon,naam");
        only(problems(invoer), "azcs.csv", 1, "naam");
    }

    @Test
    void columnOrderIsFreeAndUnknownColumnsAreIgnoredWithAWarning() {
        Invoer invoer = invoer().write("zorglocaties.csv", "LON,lat,opmerking,naam,soort,zorg_code\n5.1790,52.0870,x,UMC Utrecht,umc,UMC01\n");
        InputFolder folder = ProblemReader.read(invoer.dir(), ReadOptions.DEFAULT);
        assertThat(folder.problem().zorglocaties().get(0).lon()).isEqualTo(5.179);
        assertThat(folder.warnings()).anyMatch(w -> w.startsWith("zorglocaties.csv: ") && w.contains("opmerking"));
    }

    @Test
    void badGemeenteCode() {
        Invoer invoer = invoer().replace("taakstellingen.csv", "GM0518,2026-H1", "GM518,2026-H1");
        InputException p = only(problems(invoer), "taakstellingen.csv", 6, "gemeente_code");
        assertThat(p.value()).isEqualTo("GM518");
        assertThat(p.getMessage()).contains("GM gevolgd door vier cijfers");
    }

    @Test
    void badRegioCodeAndPeriode() {
        Invoer invoer = invoer().replace("arbeidsmarktregios.csv", "AM03,Rijnmond", "AM3,Rijnmond")
                .replace("taakstellingen.csv", "GM0362,2026-H1", "GM0362,2026-H3");
        List<InputException> problems = problems(invoer);
        at(problems, "arbeidsmarktregios.csv", 4, "arbeidsmarktregio_code");
        at(problems, "taakstellingen.csv", 3, "periode");
    }

    @Test
    void unknownReference() {
        Invoer invoer = invoer().replace("huishoudens.csv", "H004,2,2,0,AZC02", "H004,2,2,0,AZC99");
        InputException p = only(problems(invoer), "huishoudens.csv", 5, "azc_code");
        assertThat(p.getMessage()).contains("onbekend azc").doesNotContain("AZC99");
    }

    @Test
    void unknownGemeenteInMultiValuedCell() {
        Invoer invoer = invoer().replace("huishoudens.csv", "GM0599|GM0518", "GM0599|GM0517");
        only(problems(invoer), "huishoudens.csv", 9, "voorkeur_gemeenten");
    }

    @Test
    void duplicateId() {
        Invoer invoer = invoer().replace("huishoudens.csv", "H004,2,2,0", "H002,2,2,0");
        InputException p = only(problems(invoer), "huishoudens.csv", 5, "huishouden_id");
        assertThat(p.getMessage()).contains("regel 3");
    }

    @Test
    void duplicateGemeente() {
        Invoer invoer = invoer().replace("gemeenten.csv", "GM0518;'s-Gravenhage", "GM0362;'s-Gravenhage");
        at(problems(invoer), "gemeenten.csv", 6, "gemeente_code");
    }

    @Test
    void negativePersons() {
        Invoer invoer = invoer().replace("huishoudens.csv", "H002,1,1,0", "H002,-1,1,0");
        InputException p = only(problems(invoer), "huishoudens.csv", 3, "personen");
        assertThat(p.getMessage()).contains("minstens 1");
    }

    @Test
    void zeroPersons() {
        Invoer invoer = invoer().replace("huishoudens.csv", "H002,1,1,0", "H002,0,0,0");
        only(problems(invoer), "huishoudens.csv", 3, "personen");
    }

    @Test
    void adultsPlusChildrenMustBePersons() {
        Invoer invoer = invoer().replace("huishoudens.csv", "H005,5,2,3", "H005,5,2,2");
        InputException p = only(problems(invoer), "huishoudens.csv", 6, "personen");
        assertThat(p.getMessage()).contains("volwassenen + kinderen");
    }

    @Test
    void decimalCommaInACommaFileNamesTheDecimalPoint() {
        Invoer invoer = invoer().replace("azcs.csv", "52.0800", "\"52,0800\"");
        InputException p = only(problems(invoer), "azcs.csv", 2, "lat");
        assertThat(p.value()).isEqualTo("52,0800");
        assertThat(p.getMessage()).contains("gebruik een punt als decimaalteken");
    }

    private Path dir(String name) {
        try {
            return Files.createDirectories(tmp.resolve(name));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void decimalCommaInASemicolonFileIsADecimal() {
        Invoer invoer = invoer().replace("gemeenten.csv", "52.3728", "52,3728");
        InputFolder in = ProblemReader.read(invoer.dir(), ReadOptions.DEFAULT);
        assertThat(in.problem().gemeenten().get(0).lat()).isEqualTo(52.3728);
        assertThat(in.uitExcel()).as("only gemeenten.csv has ; so the folder is not all Excel's style").isFalse();
    }

    @Test
    void pointAsThousandsSeparatorInASemicolonFileIsRefusedNotGuessed() {
        Invoer invoer = invoer().replace("gemeenten.csv", "GM0363;Amsterdam;AM01;52.3728;4.8936;931298",
                "GM0363;Amsterdam;AM01;52.3728;4.8936;931.298");
        InputException p = only(problems(invoer), "gemeenten.csv", 2, "inwoners");
        assertThat(p.value()).isEqualTo("931.298");
        assertThat(p.getMessage()).contains("duizendtalscheiding");
        Invoer both = Invoer.geldig(dir("both")).replace("gemeenten.csv", "52.3728", "1.052,3728");
        assertThat(only(problems(both), "gemeenten.csv", 2, "lat").getMessage()).contains("duizendtalscheiding");
    }

    @Test
    void aSemicolonFileWithDecimalPointsReadsThreeDecimalsAsADecimal() {
        // issue 33: lon 5.728 among 52.34594-style values, and 52.372 as a latitude, are decimals (range and column)
        Invoer invoer = invoer().replace("gemeenten.csv", "52.3728;4.8936", "52.372;5.728");
        InputFolder in = ProblemReader.read(invoer.dir(), ReadOptions.DEFAULT);
        assertThat(in.problem().gemeenten().get(0).lat()).isEqualTo(52.372);
        assertThat(in.problem().gemeenten().get(0).lon()).isEqualTo(5.728);
    }

    @Test
    void theWholeColumnDecidesWhereTheRangeDoesNot() {
        // 0.123 as a longitude: 123 and 0.123 both lie in [-180, 180]; the other values of lon have a decimal point
        Invoer invoer = invoer().replace("gemeenten.csv", "52.3728;4.8936", "52.3728;0.123");
        InputFolder in = ProblemReader.read(invoer.dir(), ReadOptions.DEFAULT);
        assertThat(in.problem().gemeenten().get(0).lon()).isEqualTo(0.123);
    }

    @Test
    void whatStaysAmbiguousIsRefusedWithTheMessageThereWas() {
        Invoer alleDrie = Invoer.geldig(dir("drie"));
        StringBuilder out = new StringBuilder();
        for (String regel : alleDrie.text("gemeenten.csv").split("\n")) {
            String[] c = regel.split(";", -1);
            if (!c[0].equals("gemeente_code")) {
                c[4] = c[0].equals("GM0363") ? "0.123" : String.format(java.util.Locale.ROOT, "%.3f", Double.parseDouble(c[4]));
            }
            out.append(String.join(";", c)).append('\n');
        }
        alleDrie.write("gemeenten.csv", out.toString());
        InputException p = only(problems(alleDrie), "gemeenten.csv", 2, "lon");
        assertThat(p.value()).isEqualTo("0.123");
        assertThat(p.getMessage()).contains("duizendtalscheiding of als decimaalteken?");

        Invoer komma = Invoer.geldig(dir("komma")).replace("gemeenten.csv", "52.3728;4.8936", "52.3728;0.123")
                .replace("gemeenten.csv", "52.3008;4.8625", "52,3008;4,8625");
        assertThat(only(problems(komma), "gemeenten.csv", 2, "lon").getMessage()).contains("duizendtalscheiding");
    }

    @Test
    void malformedIntegerAndDate() {
        Invoer invoer = invoer().replace("taakstellingen.csv", "GM0344,2026-H1,5", "GM0344,2026-H1,vijf")
                .replace("huishoudens.csv", "2026-01-09", "2026-02-30");
        List<InputException> problems = problems(invoer);
        assertThat(problems).hasSize(2);
        at(problems, "taakstellingen.csv", 4, "taakstelling");
        at(problems, "huishoudens.csv", 4, "vergunningdatum");
    }

    /** The fixture's huishoudens.csv with a column nareiziger_aangekondigd: {@code waarden} per household id. */
    private Invoer metAankondiging(java.util.Map<String, String> waarden) {
        Invoer invoer = invoer();
        StringBuilder out = new StringBuilder();
        for (String regel : invoer.text("huishoudens.csv").split("\n")) {
            String id = regel.substring(0, regel.indexOf(','));
            out.append(regel).append(',')
                    .append(id.equals("huishouden_id") ? "nareiziger_aangekondigd" : waarden.getOrDefault(id, ""))
                    .append('\n');
        }
        return invoer.write("huishoudens.csv", out.toString());
    }

    @Test
    void nareizigerAnnouncementIsReadAndNotTakenForAGroupAttribute() {
        MatchingProblem p = ProblemReader.read(metAankondiging(java.util.Map.of("H006", "2025-12-01")).dir(),
                ReadOptions.DEFAULT).problem();
        nl.kansrijk.model.Huishouden h6 = p.huishoudens().get(5);
        assertThat(h6.nareizigerAangekondigd()).hasToString("2025-12-01");
        assertThat(h6.kenmerken()).doesNotContainKey("nareiziger_aangekondigd");
        assertThat(p.huishoudens().get(0).nareizigerAangekondigd()).isNull();
    }

    @Test
    void nareizigerAnnouncementOnlyForNareizigersAndNotAfterThePermit() {
        List<InputException> problems = problems(metAankondiging(
                java.util.Map.of("H001", "2025-12-01", "H006", "2026-01-21", "H007", "1-12-2025x")));
        assertThat(problems).as(problems.toString()).hasSize(3);
        assertThat(at(problems, "huishoudens.csv", 2, "nareiziger_aangekondigd").getMessage())
                .contains("alleen toegestaan bij een nareiziger");
        assertThat(at(problems, "huishoudens.csv", 7, "nareiziger_aangekondigd").getMessage())
                .contains("na de vergunningdatum 2026-01-20");
        at(problems, "huishoudens.csv", 8, "nareiziger_aangekondigd");
    }

    @Test
    void kansenPerPersonGiveTheHouseholdTheMeanOfItsMembers() {
        // H003 (3 persons) per person for AM02: two adults and a child; H001 stays per household
        Invoer invoer = invoer().write("kansen.csv", """
                huishouden_id,arbeidsmarktregio_code,kans,persoon,rol
                H001,AM01,0.7,,
                H001,AM02,0.4,,
                H003,AM02,0.9,P1,volwassene
                H003,AM02,0.3,P2,volwassene
                H003,AM02,0.6,P3,kind
                """);
        MatchingProblem p = ProblemReader.read(invoer.dir(), ReadOptions.DEFAULT).problem();
        Huishouden h3 = p.huishoudens().stream().filter(h -> h.id().equals("H003")).findFirst().orElseThrow();
        assertThat(h3.uitkomstkans().get("AM02")).isCloseTo(0.6, org.assertj.core.data.Offset.offset(1e-12));
        Huishouden h1 = p.huishoudens().stream().filter(h -> h.id().equals("H001")).findFirst().orElseThrow();
        assertThat(h1.uitkomstkans()).containsEntry("AM01", 0.7).containsEntry("AM02", 0.4);
    }

    @Test
    void kansenPerPersonAreCheckedAgainstTheHousehold() {
        Invoer invoer = invoer().write("kansen.csv", """
                huishouden_id,arbeidsmarktregio_code,kans,persoon,rol
                H001,AM02,0.4,,
                H001,AM02,0.5,P1,volwassene
                H003,AM02,0.9,P1,ouder
                H003,AM02,0.3,P1,volwassene
                H003,AM02,0.4,P1,kind
                H003,AM02,0.1,P2,
                H003,AM02,0.2,P3,kind
                H003,AM02,0.2,P4,kind
                H003,AM03,0.2,,kind
                """);
        List<InputException> problems = problems(invoer);
        at(problems, "kansen.csv", 3, "persoon"); // per person after per household
        at(problems, "kansen.csv", 4, "rol");
        at(problems, "kansen.csv", 6, "persoon"); // P1 twice
        at(problems, "kansen.csv", 9, "persoon"); // a fourth person in a household of three
        at(problems, "kansen.csv", 10, "persoon"); // a role without a person
        assertThat(problems).hasSize(5);
    }

    @Test
    void personenGiveEveryAdultASexAndTheirOwnProbabilities() {
        // H003: two adults (a woman with her own probabilities, a man) and a child; H002 a man without sex given
        Invoer invoer = invoer().write("personen.csv", """
                huishouden_id,persoon,rol,geslacht
                H003,P1,volwassene,v
                H003,P2,volwassene,M
                H003,P3,kind,
                H002,A,volwassene,
                """).write("kansen.csv", """
                huishouden_id,arbeidsmarktregio_code,kans,persoon,rol
                H003,AM02,0.9,P1,volwassene
                H003,AM02,0.3,P2,
                H003,AM02,0.6,P3,kind
                """);
        MatchingProblem p = ProblemReader.read(invoer.dir(), ReadOptions.DEFAULT).problem();
        Huishouden h3 = p.huishoudens().stream().filter(h -> h.id().equals("H003")).findFirst().orElseThrow();
        assertThat(h3.leden()).extracting(l -> l.label() + ":" + l.volwassene() + ":" + l.geslacht())
                .containsExactly("P1:true:v", "P2:true:m", "P3:false:null");
        assertThat(h3.leden().get(0).uitkomstkans()).containsEntry("AM02", 0.9);
        assertThat(h3.uitkomstkans().get("AM02")).isCloseTo(0.6, org.assertj.core.data.Offset.offset(1e-12));
        Huishouden h2 = p.huishoudens().stream().filter(h -> h.id().equals("H002")).findFirst().orElseThrow();
        assertThat(h2.leden()).extracting(l -> l.geslacht()).containsExactly((String) null);
        assertThat(p.huishoudens().stream().filter(h -> h.id().equals("H001")).findFirst().orElseThrow().leden()).isEmpty();
    }

    @Test
    void personenAreCheckedAgainstTheHouseholdAndKansen() {
        Invoer invoer = invoer().write("personen.csv", """
                huishouden_id,persoon,rol,geslacht
                H002,P1,volwassene,vrouw
                H007,P1,volwassene,m
                H007,P2,volwassene,v
                H003,P1,ouder,v
                H003,P1,volwassene,v
                H003,P1,kind,
                H003,,volwassene,m
                H999,P1,volwassene,m
                H003,P2,volwassene,m
                H003,P3,kind,v
                H003,P4,kind,v
                """).write("kansen.csv", """
                huishouden_id,arbeidsmarktregio_code,kans,persoon,rol
                H003,AM02,0.9,P1,kind
                """);
        List<InputException> problems = problems(invoer);
        assertThat(at(problems, "personen.csv", 2, "geslacht").getMessage()).contains("moet v, m of x zijn");
        assertThat(at(problems, "personen.csv", 4, "rol").getMessage()).contains("meer volwassenen dan het huishouden telt (1)");
        assertThat(at(problems, "personen.csv", 5, "rol").getMessage()).contains("moet volwassene of kind zijn");
        assertThat(at(problems, "personen.csv", 7, "persoon").getMessage()).contains("komt al voor in dit huishouden");
        at(problems, "personen.csv", 8, "persoon"); // empty
        at(problems, "personen.csv", 9, "huishouden_id"); // unknown household
        assertThat(at(problems, "personen.csv", 12, "rol").getMessage()).contains("meer kinderen dan het huishouden telt (1)");
        assertThat(at(problems, "kansen.csv", 2, "rol").getMessage()).contains("verschilt van de rol van deze persoon");
        assertThat(problems).as(problems.toString()).hasSize(8);
        // household messages never repeat a cell's value
        assertThat(problems).allSatisfy(e -> assertThat(e.getMessage()).doesNotContain("vrouw").doesNotContain("ouder"));
    }

    @Test
    void rangesOfProbabilityDemandAndCoordinates() {
        Invoer invoer = invoer().replace("kansen.csv", "H003,AM02,0.55", "H003,AM02,1.5")
                .replace("sectorvraag.csv", "AM03,horeca,40", "AM03,horeca,140")
                .replace("azcs.csv", "52.0800,5.1000", "92.0800,5.1000");
        List<InputException> problems = problems(invoer);
        assertThat(problems).hasSize(3);
        at(problems, "kansen.csv", 4, "kans");
        at(problems, "sectorvraag.csv", 7, "vraag");
        at(problems, "azcs.csv", 2, "lat");
    }

    @Test
    void opleidingsniveauAndRegioadviesLength() {
        Invoer invoer = invoer().replace("huishoudens.csv", "zorg,laag", "zorg,universitair")
                .replace("huishoudens.csv", "AM03|AM01", "AM03|AM01|AM02|AM01");
        List<InputException> problems = problems(invoer);
        assertThat(problems).hasSize(2);
        at(problems, "huishoudens.csv", 4, "opleidingsniveau");
        assertThat(at(problems, "huishoudens.csv", 9, "regioadvies").getMessage()).contains("hoogstens 3");
    }

    @Test
    void moreThanOnePeriodIsRefused() {
        Invoer invoer = invoer().replace("taakstellingen.csv", "GM0599,2026-H1", "GM0599,2026-H2");
        assertThat(only(problems(invoer), "taakstellingen.csv", 5, "periode").getMessage()).contains("één periode");
    }

    @Test
    void householdMessagesNeverRepeatAttributeValues() {
        Invoer invoer = invoer().replace("huishoudens.csv", ",GM0599,,,,,,,B", ",GM0999,,,,,,,B");
        InputException p = only(problems(invoer), "huishoudens.csv", 3, "familie_gemeente");
        assertThat(p.getMessage()).doesNotContain("GM0999");
        assertThat(p.value()).isNull();
    }

    @Test
    void bomIsAccepted() {
        Invoer invoer = invoer();
        invoer.write("gemeenten.csv", "\uFEFF" + invoer.text("gemeenten.csv"));
        invoer.write("huishoudens.csv", "\uFEFF" + invoer.text("huishoudens.csv"));
        InputFolder folder = ProblemReader.read(invoer.dir(), ReadOptions.DEFAULT);
        assertThat(folder.problem().gemeenten().get(0).code()).isEqualTo("GM0363");
        assertThat(folder.problem().huishoudens()).hasSize(8);
    }

    @Test
    void semicolonAndCommaGiveTheSameProblem() throws IOException {
        Invoer comma = invoer();
        MatchingProblem viaComma = ProblemReader.read(comma.dir(), ReadOptions.DEFAULT).problem();
        Path other = Files.createDirectory(tmp.resolve("puntkomma"));
        for (String name : List.of("arbeidsmarktregios.csv", "sectorvraag.csv", "gemeenten.csv", "taakstellingen.csv",
                "azcs.csv", "zorglocaties.csv", "huishoudens.csv", "kansen.csv")) {
            String text = comma.text(name);
            Files.writeString(other.resolve(name), text.contains(";") ? text.replace(';', ',') : text.replace(',', ';'));
        }
        MatchingProblem viaSemicolon = ProblemReader.read(other, ReadOptions.DEFAULT).problem();
        assertThat(viaSemicolon).isEqualTo(viaComma);
    }

    @Test
    void quotedValuesAndLineNumbersAfterAQuotedLineBreak() {
        Invoer invoer = invoer().replace("azcs.csv", "AZC01,azc Utrecht,", "AZC01,\"azc\nUtrecht, Overvecht\",")
                .replace("azcs.csv", "AZC02,azc Rotterdam,GM0599", "AZC02,azc Rotterdam,GM9599");
        InputException p = only(problems(invoer), "azcs.csv", 4, "gemeente_code");
        assertThat(p.getMessage()).contains("onbekende gemeente");
    }

    @Test
    void unclosedQuoteIsAFormatError() {
        Invoer invoer = invoer().replace("zorglocaties.csv", "UMC01,UMC Utrecht", "UMC01,\"UMC Utrecht");
        assertThat(only(problems(invoer), "zorglocaties.csv", 2, null).getMessage()).contains("aanhalingsteken");
    }

    @Test
    void rowWithTheWrongNumberOfFields() {
        Invoer invoer = invoer().replace("sectorvraag.csv", "AM02,zorg,70", "AM02,zorg,70,extra");
        assertThat(only(problems(invoer), "sectorvraag.csv", 4, null).getMessage()).contains("4 velden");
    }

    @Test
    void emptyLinesAreSkippedAndCountedInLineNumbers() {
        Invoer invoer = invoer().replace("kansen.csv", "H001,AM02,0.4\n", "H001,AM02,0.4\n\n").replace("kansen.csv", "H003,", "H033,");
        only(problems(invoer), "kansen.csv", 5, "huishouden_id");
    }

    @Test
    void invalidUtf8NamesTheLine() throws IOException {
        Invoer invoer = invoer();
        byte[] head = "zorg_code,naam,soort,lat,lon\nUMC01,UMC ".getBytes(StandardCharsets.UTF_8);
        byte[] tail = "Utrecht,umc,52.0870,5.1790\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + 2 + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        all[head.length] = (byte) 0xC3;
        all[head.length + 1] = (byte) 0x28;
        System.arraycopy(tail, 0, all, head.length + 2, tail.length);
        all[head.length] = (byte) 0x81; // not UTF-8 and not Windows-1252 either
        Files.write(invoer.file("zorglocaties.csv"), all);
        assertThat(only(problems(invoer), "zorglocaties.csv", 2, null).getMessage()).contains("geen UTF-8 en geen Windows-1252");
    }

    @Test
    void windows1252IsReadWithAWarningNeverSilently() throws IOException {
        Invoer invoer = invoer();
        String text = invoer.text("gemeenten.csv").replace("Amstelveen", "Súdwest-Fryslân");
        Files.write(invoer.file("gemeenten.csv"), text.getBytes(java.nio.charset.Charset.forName("windows-1252")));
        InputFolder in = ProblemReader.read(invoer.dir(), ReadOptions.DEFAULT);
        assertThat(in.problem().gemeenten()).anyMatch(g -> g.naam().equals("Súdwest-Fryslân"));
        assertThat(in.warnings()).anyMatch(w -> w.startsWith("gemeenten.csv: is geen UTF-8 (regel 3")
                && w.contains("Windows-1252"));
    }

    @Test
    void invalidUtf8AfterABomIsRefused() throws IOException {
        Invoer invoer = invoer();
        byte[] text = invoer.text("zorglocaties.csv").replace("Utrecht", "Utr\u00e9cht")
                .getBytes(java.nio.charset.Charset.forName("windows-1252"));
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        Files.write(invoer.file("zorglocaties.csv"), withBom);
        assertThat(only(problems(invoer), "zorglocaties.csv", 2, null).getMessage()).contains("UTF-8-BOM");
    }

    @Test
    void emptyFileHasNoHeader() {
        Invoer invoer = invoer().write("kansen.csv", "");
        assertThat(only(problems(invoer), "kansen.csv", 1, null).getMessage()).contains("kopregel ontbreekt");
    }

    @Test
    void headerOnlyTaakstellingenOrGemeentenNamesTheFile() {
        Invoer invoer = invoer();
        invoer.write("taakstellingen.csv", invoer.text("taakstellingen.csv").lines().findFirst().orElseThrow() + "\n");
        assertThat(only(problems(invoer), "taakstellingen.csv", 0, null).getMessage())
                .contains("geen enkele taakstelling");
        Invoer leeg = invoer;
        for (String f : List.of("gemeenten.csv", "azcs.csv", "huishoudens.csv")) {
            leeg = leeg.write(f, leeg.text(f).lines().findFirst().orElseThrow() + "\n");
        }
        List<InputException> problems = problems(leeg);
        assertThat(problems).allMatch(e -> e.file() != null, "every problem names its file");
        assertThat(at(problems, "gemeenten.csv", 0, null).getMessage()).contains("geen enkele gemeente");
    }

    @Test
    void bsnIsRefusedWithoutEchoingIt() {
        Invoer invoer = invoer().replace("huishoudens.csv", "GM0518,,,A", "GM0518,,,111222333");
        List<InputException> problems = problems(invoer);
        InputException p = only(problems, "huishoudens.csv", 6, "groep");
        assertThat(p.getMessage()).contains("waarde lijkt op een BSN").doesNotContain("111222333");
    }

    @Test
    void bsnInAReferenceFileOrAMultiValuedCellIsRefused() {
        Invoer invoer = invoer().replace("azcs.csv", "AZC02,azc Rotterdam", "123456782,azc Rotterdam")
                .replace("huishoudens.csv", "bouw|techniek", "bouw|111222333");
        List<InputException> problems = problems(invoer);
        assertThat(problems).hasSize(2).allMatch(e -> !e.getMessage().contains("123456782") && !e.getMessage().contains("111222333"));
        at(problems, "azcs.csv", 3, "azc_code");
        at(problems, "huishoudens.csv", 2, "sectoren");
    }

    @Test
    void bsnIsAcceptedWithAllowBsn() {
        Invoer invoer = invoer().replace("huishoudens.csv", "GM0518,,,A", "GM0518,,,111222333");
        InputFolder folder = ProblemReader.read(invoer.dir(), new ReadOptions(true));
        assertThat(folder.problem().huishoudens().get(4).kenmerken()).containsEntry("groep", "111222333");
        assertThat(folder.warnings()).anyMatch(w -> w.contains("BSN"));
    }

    @Test
    void elfproef() {
        assertThat(Bsn.looksLikeBsn("111222333")).isTrue();
        assertThat(Bsn.looksLikeBsn(" 123456782 ")).isTrue();
        assertThat(Bsn.looksLikeBsn("123456789")).isFalse();
        assertThat(Bsn.looksLikeBsn("000000000")).isFalse();
        assertThat(Bsn.looksLikeBsn("12345678")).isFalse();
        assertThat(Bsn.looksLikeBsn("1234567820")).isFalse();
        assertThat(Bsn.looksLikeBsn("12345678a")).isFalse();
    }

    @Test
    void fileAboveTheSizeLimitIsRefusedBeforeReading() throws IOException {
        Invoer invoer = invoer();
        try (RandomAccessFile f = new RandomAccessFile(invoer.file("kansen.csv").toFile(), "rw")) {
            f.setLength(InputLimits.MAX_FILE_BYTES + 1);
        }
        assertThat(only(problems(invoer), "kansen.csv", 0, null).getMessage()).contains("200 MB");
    }

    @Test
    void rowLimitStopsReading() {
        Invoer invoer = invoer();
        FileSpec small = new FileSpec("kansen.csv", ProblemReader.KANSEN.required(), List.of(), false, false, 2);
        Problems problems = new Problems();
        List<Long> lines = new ArrayList<>();
        boolean complete = TableFiles.read(invoer.dir(), small, true, ReadOptions.DEFAULT, problems, new TreeMap<>(),
                row -> lines.add(row.line())).complete();
        assertThat(complete).isFalse();
        assertThat(lines).containsExactly(2L, 3L);
        assertThat(problems.errors()).singleElement().extracting(InputException::line).isEqualTo(4L);
    }

    @Test
    void readThrowsEveryProblemAtOnce() {
        Invoer invoer = invoer().replace("huishoudens.csv", "H002,1,1,0", "H002,-1,1,0")
                .replace("huishoudens.csv", "H005,5,2,3", "H005,5,2,2");
        assertThatThrownBy(() -> ProblemReader.read(invoer.dir(), ReadOptions.DEFAULT))
                .isInstanceOfSatisfying(InputProblemsException.class, e -> assertThat(e.problems()).hasSize(2))
                .hasMessageContaining("2 problemen");
    }
}
