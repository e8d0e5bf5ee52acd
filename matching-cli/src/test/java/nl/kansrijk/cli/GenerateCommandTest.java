package nl.kansrijk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {

    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return KansrijkCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void writesAnInputFolderAndTheSameFilesAgainForTheSameSeed() throws IOException {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        assertThat(run("generate", "--households", "200", "--seed", "5", "--gekoppeld-fractie", "0.1", "--out", a.toString()))
                .isZero();
        assertThat(run("generate", "--households", "200", "--seed", "5", "--gekoppeld-fractie", "0.1", "--out", b.toString()))
                .isZero();
        assertThat(out.toString()).contains("200 huishoudens", "20 gekoppeld", "342 gemeenten", "periode 2026-H1");
        for (String f : List.of("gemeenten.csv", "arbeidsmarktregios.csv", "sectorvraag.csv", "taakstellingen.csv",
                "azcs.csv", "zorglocaties.csv", "huishoudens.csv")) {
            assertThat(Files.readAllBytes(b.resolve(f))).as(f).isEqualTo(Files.readAllBytes(a.resolve(f)));
        }
        assertThat(Files.readAllLines(a.resolve("huishoudens.csv"))).hasSize(201);
        assertThat(Files.readAllLines(a.resolve("gemeenten.csv"))).hasSize(343);
        assertThat(Files.readAllLines(a.resolve("huishoudens.csv")).get(0)).endsWith(",geslacht_hoofdaanvrager,nationaliteit");
        assertThat(a.resolve("kansen.csv")).doesNotExist();
    }

    @Test
    void geslachtVolwassenenAddsPersonenWithEveryAdultAndLeavesTheOtherFilesAsTheyWere() throws IOException {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        assertThat(run("generate", "--households", "200", "--seed", "5", "--out", a.toString())).isZero();
        assertThat(run("generate", "--households", "200", "--seed", "5", "--geslacht-volwassenen", "--out", b.toString()))
                .isZero();
        try (var files = Files.list(a)) {
            for (Path f : files.toList()) {
                assertThat(Files.readAllBytes(b.resolve(f.getFileName()))).as(f.getFileName().toString())
                        .isEqualTo(Files.readAllBytes(f));
            }
        }
        assertThat(a.resolve("personen.csv")).doesNotExist();
        List<String> personen = Files.readAllLines(b.resolve("personen.csv"));
        assertThat(personen.get(0)).isEqualTo("huishouden_id,persoon,rol,geslacht");
        long volwassenen = Files.readAllLines(a.resolve("huishoudens.csv")).stream().skip(1)
                .mapToLong(r -> Long.parseLong(r.split(",", -1)[2])).sum();
        assertThat(personen).hasSize((int) volwassenen + 1);
        assertThat(personen.stream().skip(1)).allSatisfy(r -> assertThat(r).matches("H\\d+,P\\d,volwassene,[mv]"))
                .anySatisfy(r -> assertThat(r).endsWith(",v")).anySatisfy(r -> assertThat(r).endsWith(",m"));
        // the instance solves with the grouping by the sex of every adult (validate reads personen.csv)
        assertThat(run("validate", b.toString())).isZero();
    }

    @Test
    void bundledNationalSampleIsExactlyWhatTheDocumentedCommandWrites() throws IOException {
        Path bundled = Path.of("..", "sample-data", "nl-2026-h1");
        Path fresh = tmp.resolve("nl");
        assertThat(run("generate", "--households", "6600", "--seed", "2026", "--periode", "2026-H1", "--out", fresh.toString()))
                .isZero();
        assertThat(out.toString()).contains("6600 huishoudens (15013 personen", "taakstelling 15542", "capaciteit 15761");
        try (var files = Files.list(bundled)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
                    .isEqualTo(Files.list(fresh).map(p -> p.getFileName().toString()).sorted().toList());
        }
        try (var files = Files.list(fresh)) {
            for (Path f : files.toList()) {
                assertThat(Files.readAllBytes(bundled.resolve(f.getFileName()))).as(f.getFileName().toString())
                        .isEqualTo(Files.readAllBytes(f));
            }
        }
    }

    /** SHA-256 of every file of {@code generate --households 800 --seed 3 --gekoppeld-fractie 0.2 --periode 2026-H2}, taken before the shape options existed. */
    private static final Map<String, String> VOOR_DE_VORMEN = Map.of(
            "arbeidsmarktregios.csv", "81cd7627a30b4c37a83da9017828d14493b44438f68bdcd537f581a6888ad7ef",
            "azcs.csv", "99e66f4cfd8d834ee07a95f91d874f4329637860fec0dc379d2572e3500bbdc8",
            "gemeenten.csv", "0d2feb42a7b7ef679a78f15b86ba437d60eb2e4998d744e862f982a679419b80",
            "huishoudens.csv", "7170459836f4f507c0cfda133c0c1890919e655e5453ed2f1ffe42db212704d1",
            "sectorvraag.csv", "e1fc05c8262f921795be49c5ed855d752e8e848a39f2fe0fdf8c4ea4d33c3f7d",
            "taakstellingen.csv", "b63f0d7e58cb1875992cb76cf2ad9984ecf913fd567dbe2137d39d089185bba1",
            "zorglocaties.csv", "4c168f404c4e9f2694a138c7e49afd545c067b3fa4ca9e094f51659aa344ab14");

    @Test
    void shapeOptionsAtTheirDefaultsWriteTheFilesOfBefore() throws Exception {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        assertThat(run("generate", "--households", "800", "--seed", "3", "--gekoppeld-fractie", "0.2", "--periode", "2026-H2",
                "--out", a.toString())).isZero();
        assertThat(run("generate", "--households", "800", "--seed", "3", "--gekoppeld-fractie", "0.2", "--periode", "2026-H2",
                "--gebied", "land", "--aangekondigd", "0.85", "--onplaatsbaar", "0", "--aankomst", "even", "--voorkeur", "0.2",
                "--out", b.toString())).isZero();
        for (Path dir : List.of(a, b)) {
            try (var files = Files.list(dir)) {
                assertThat(files.map(f -> f.getFileName().toString()).sorted().toList())
                        .containsExactlyElementsOf(VOOR_DE_VORMEN.keySet().stream().sorted().toList());
            }
            for (var e : VOOR_DE_VORMEN.entrySet()) {
                assertThat(sha256(dir.resolve(e.getKey()))).as(dir + "/" + e.getKey()).isEqualTo(e.getValue());
            }
        }
    }

    private static String sha256(Path f) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
    }

    @Test
    void gebiedRegioWritesTheNNearestGemeentenAndReadsBack() throws IOException {
        Path a = tmp.resolve("a");
        assertThat(run("generate", "--households", "400", "--seed", "1", "--gebied", "regio:GM0344:16", "--out", a.toString())).isZero();
        assertThat(out.toString()).contains("400 huishoudens", "16 gemeenten");
        assertThat(Files.readAllLines(a.resolve("gemeenten.csv"))).hasSize(17).anyMatch(l -> l.startsWith("GM0344,"));
        assertThat(Files.readAllLines(a.resolve("taakstellingen.csv"))).hasSize(17);
        assertThat(run("validate", a.toString())).isZero();
    }

    @Test
    void gebiedProvincieWritesItsGemeenten() throws IOException {
        Path a = tmp.resolve("a");
        assertThat(run("generate", "--households", "200", "--gebied", "provincie:Zeeland", "--out", a.toString())).isZero();
        assertThat(out.toString()).contains("13 gemeenten");
        assertThat(run("validate", a.toString())).isZero();
    }

    @Test
    void ruimteSetsTheTotalCapacity() {
        assertThat(run("generate", "--households", "400", "--gebied", "regio:GM0193:25", "--ruimte", "0.05",
                "--out", tmp.resolve("a").toString())).isZero();
        var m = java.util.regex.Pattern.compile("\\((\\d+) personen.*capaciteit (\\d+) personen").matcher(out.toString());
        assertThat(m.find()).isTrue();
        assertThat(Long.parseLong(m.group(2))).isEqualTo(Math.round(Long.parseLong(m.group(1)) * 1.05));
    }

    @Test
    void aangekondigdZeroAnnouncesNoNareiziger() throws IOException {
        Path a = tmp.resolve("a");
        assertThat(run("generate", "--households", "1000", "--aangekondigd", "0", "--out", a.toString())).isZero();
        // the column is written only when some household has an announcement
        assertThat(Files.readAllLines(a.resolve("huishoudens.csv")).get(0)).doesNotContain("nareiziger_aangekondigd");
        Path b = tmp.resolve("b");
        assertThat(run("generate", "--households", "1000", "--aangekondigd", "1", "--out", b.toString())).isZero();
        List<String> alle = Files.readAllLines(b.resolve("huishoudens.csv"));
        int kolom = List.of(alle.get(0).split(",", -1)).indexOf("nareiziger_aangekondigd");
        int nareiziger = List.of(alle.get(0).split(",", -1)).indexOf("nareiziger_van_gemeente");
        assertThat(alle.subList(1, alle.size()).stream().filter(r -> !r.split(",", -1)[nareiziger].isEmpty()))
                .isNotEmpty().allSatisfy(r -> assertThat(r.split(",", -1)[kolom]).isNotEmpty());
    }

    @Test
    void onplaatsbaarLeavesHouseholdsThatNoGemeenteCanTake() {
        Path a = tmp.resolve("a");
        assertThat(run("generate", "--households", "400", "--seed", "1", "--gebied", "regio:GM0344:16", "--onplaatsbaar", "0.02",
                "--out", a.toString())).isZero();
        assertThat(run("validate", a.toString())).isZero();
        assertThat((out.toString() + err).split("geen enkele gemeente voldoet aan de harde regels", -1).length - 1).isEqualTo(8);
    }

    @Test
    void aankomstLaatPutsMostPermitsLate() throws IOException {
        Path a = tmp.resolve("a");
        assertThat(run("generate", "--households", "1000", "--aankomst", "laat", "--out", a.toString())).isZero();
        List<String> regels = Files.readAllLines(a.resolve("huishoudens.csv"));
        int kolom = List.of(regels.get(0).split(",", -1)).indexOf("vergunningdatum");
        long januari = regels.stream().skip(1).filter(r -> r.split(",", -1)[kolom].startsWith("2026-01")).count();
        long juni = regels.stream().skip(1).filter(r -> r.split(",", -1)[kolom].startsWith("2026-06")).count();
        assertThat(juni).isGreaterThan(2 * januari);
        assertThat(run("generate", "--households", "200", "--aankomst", "golven", "--out", tmp.resolve("b").toString())).isZero();
    }

    @Test
    void voorkeurZeroWritesNoPreferences() throws IOException {
        Path a = tmp.resolve("a");
        assertThat(run("generate", "--households", "300", "--voorkeur", "0", "--out", a.toString())).isZero();
        List<String> regels = Files.readAllLines(a.resolve("huishoudens.csv"));
        int kolom = List.of(regels.get(0).split(",", -1)).indexOf("voorkeur_gemeenten");
        assertThat(regels.subList(1, regels.size())).allSatisfy(r -> assertThat(r.split(",", -1)[kolom]).isEmpty());
    }

    @Test
    void badShapeValuesExitWithTwoAndAClearMessage() {
        String x = tmp.resolve("x").toString();
        Map<List<String>, String> fouten = Map.of(
                List.of("--gebied", "provincie:Atlantis"), "onbekende provincie 'Atlantis'",
                List.of("--gebied", "regio:GM0344:0"), "tussen 1 en 342",
                List.of("--gebied", "stad"), "land, provincie:NAAM, regio:GMxxxx:N of gemeenten:GMxxxx,GMyyyy",
                List.of("--ruimte", "0.2"), "ruimte moet tussen 0 en 0.12",
                List.of("--aangekondigd", "1.5"), "aangekondigd moet tussen 0 en 1",
                List.of("--onplaatsbaar", "0.5"), "onplaatsbaar moet tussen 0 en 0.2",
                List.of("--aankomst", "soms"), "aankomst 'soms' is niet even, golven of laat",
                List.of("--voorkeur", "-0.1"), "voorkeur moet tussen 0 en 1");
        for (var e : fouten.entrySet()) {
            List<String> args = new java.util.ArrayList<>(List.of("generate", "--households", "5", "--out", x));
            args.addAll(e.getKey());
            assertThat(run(args.toArray(String[]::new))).as(e.getKey().toString()).isEqualTo(KansrijkCli.BAD_INPUT);
            assertThat(err.toString()).as(e.getKey().toString()).contains(e.getValue());
        }
        assertThat(tmp.resolve("x")).doesNotExist();
    }

    @Test
    void woningenWritesASyntheticSupplyBesideTheSameFiles() throws IOException {
        Path zonder = tmp.resolve("zonder");
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        List<String> basis = List.of("generate", "--households", "400", "--seed", "1", "--gebied", "regio:GM0344:16");
        assertThat(run(mee(basis, "--out", zonder.toString()))).isZero();
        assertThat(run(mee(basis, "--woningen", "schaars-gezin-laat", "--out", a.toString()))).isZero();
        assertThat(run(mee(basis, "--woningen", "SCHAARS-gezin-laat", "--out", b.toString()))).isZero();
        assertThat(out.toString()).contains("240 woningen (synthetisch, schaars-gezin-laat)");
        assertThat(zonder.resolve("woningen.csv")).doesNotExist();
        // the problem's files are those written without dwellings, byte for byte
        try (var files = Files.list(zonder)) {
            for (Path f : files.toList()) {
                assertThat(Files.readAllBytes(a.resolve(f.getFileName()))).as(f.getFileName().toString())
                        .isEqualTo(Files.readAllBytes(f));
            }
        }
        assertThat(Files.readAllBytes(b.resolve("woningen.csv"))).isEqualTo(Files.readAllBytes(a.resolve("woningen.csv")));
        List<String> regels = Files.readAllLines(a.resolve("woningen.csv"));
        assertThat(regels.get(0)).isEqualTo("woning_id,gemeente_code,beschikbaar_vanaf,min_personen,max_personen,"
                + "toegankelijk,soort,slaapkamers,huur");
        assertThat(regels).hasSize(241);
        assertThat(run("validate", a.toString())).isZero();
        // a folder with woningen.csv is this command's own output: it may be written again
        assertThat(run(mee(basis, "--woningen", "ruim-klein-vroeg", "--out", a.toString()))).isZero();
        assertThat(Files.readAllLines(a.resolve("woningen.csv"))).hasSize(461);
    }

    @Test
    void badWoningenExitsWithTwoAndAClearMessage() {
        String x = tmp.resolve("x").toString();
        for (String fout : List.of("schaars", "veel-gezin-laat", "schaars-gezin-morgen", "schaars-gezin-laat-x")) {
            assertThat(run("generate", "--households", "5", "--woningen", fout, "--out", x)).as(fout)
                    .isEqualTo(KansrijkCli.BAD_INPUT);
            assertThat(err.toString()).contains("woningen moet AANBOD-MIX-VRIJKOMEN zijn", "'" + fout + "'");
        }
        assertThat(tmp.resolve("x")).doesNotExist();
    }

    private static String[] mee(List<String> basis, String... meer) {
        List<String> args = new java.util.ArrayList<>(basis);
        args.addAll(List.of(meer));
        return args.toArray(String[]::new);
    }

    @Test
    void otherSeedWritesOtherHouseholds() throws IOException {
        run("generate", "--households", "50", "--seed", "1", "--out", tmp.resolve("a").toString());
        run("generate", "--households", "50", "--seed", "2", "--out", tmp.resolve("b").toString());
        assertThat(Files.readString(tmp.resolve("b/huishoudens.csv"))).isNotEqualTo(Files.readString(tmp.resolve("a/huishoudens.csv")));
    }

    @Test
    void badSettingsExitWithTwoAndAClearMessage() {
        assertThat(run("generate", "--households", "0", "--out", tmp.resolve("x").toString())).isEqualTo(KansrijkCli.BAD_INPUT);
        assertThat(err.toString()).contains("huishoudens moet minstens 1 zijn");
        assertThat(run("generate", "--households", "5", "--periode", "2026-Q1", "--out", tmp.resolve("x").toString()))
                .isEqualTo(KansrijkCli.BAD_INPUT);
        assertThat(err.toString()).contains("2026-Q1");
        assertThat(run("generate", "--households", "5")).isEqualTo(KansrijkCli.BAD_INPUT);
        assertThat(tmp.resolve("x")).doesNotExist();
    }
}
