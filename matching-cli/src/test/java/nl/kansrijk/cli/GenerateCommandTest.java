package nl.kansrijk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
