package nl.kansrijk.cli.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import nl.kansrijk.cli.fuzz.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The same input, configuration and seed give byte-identical output files when the termination counts moves,
 * not time, and {@code --no-timing} leaves the solve time out; the seed and termination are in samenvatting.json.
 */
class DeterminismTest {

    @TempDir
    Path tmp;

    @Test
    void twoSolvesOfAGeneratedInstanceAreByteIdentical() throws IOException {
        Path in = tmp.resolve("in");
        assertThat(CliRun.of("generate", "--households", "80", "--seed", "9", "--gekoppeld-fractie", "0.2",
                "--out", in.toString()).exit()).isZero();
        Files.writeString(in.resolve("config.json"), "{\"beeindiging\": {\"tijdslimiet\": null, "
                + "\"onverbeterde_stappen\": null, \"zettenlimiet\": 20000}}");
        List<Path> outs = List.of(tmp.resolve("a"), tmp.resolve("b"));
        for (Path out : outs) {
            CliRun run = CliRun.of("solve", in.toString(), "--out", out.toString(), "--seed", "31", "--no-timing", "--quiet");
            assertThat(run.exit()).as(run.toString()).isZero();
        }
        assertSameBytes(outs.get(0), outs.get(1));
        JsonNode s = JsonMapper.builder().build().readTree(Files.readString(outs.get(0).resolve("samenvatting.json")));
        assertThat(s.path("seed").asLong()).isEqualTo(31);
        assertThat(s.path("beeindiging").path("zettenlimiet").asLong()).isEqualTo(20_000);
        assertThat(s.path("beeindiging").path("tijdslimiet").isNull()).isTrue();
        assertThat(s.path("beeindiging").path("reproduceerbaar").asBoolean()).isTrue();
        assertThat(s.path("rekentijd_s").isNull()).as("no timing").isTrue();
        assertThat(s.path("huishoudens").path("gekoppeld").asLong()).as("a real solve").isPositive();
    }

    @Test
    void aRegionIsProvenOptimalAndByteIdentical() throws IOException {
        // 16 gemeenten around Utrecht, no spare room and unplaceable households: the exact path proves the optimum
        Path in = tmp.resolve("in");
        assertThat(CliRun.of("generate", "--households", "300", "--seed", "5", "--gebied", "regio:GM0344:16",
                "--ruimte", "0", "--onplaatsbaar", "0.02", "--out", in.toString()).exit()).isZero();
        Files.writeString(in.resolve("config.json"), "{\"beeindiging\": {\"tijdslimiet\": null, "
                + "\"onverbeterde_stappen\": null, \"zettenlimiet\": 20000}}");
        List<Path> outs = List.of(tmp.resolve("a"), tmp.resolve("b"));
        for (Path out : outs) {
            CliRun run = CliRun.of("solve", in.toString(), "--out", out.toString(), "--no-timing", "--quiet");
            assertThat(run.exit()).as(run.toString()).isZero();
        }
        assertSameBytes(outs.get(0), outs.get(1));
        JsonNode s = JsonMapper.builder().build().readTree(Files.readString(outs.get(0).resolve("samenvatting.json")));
        assertThat(s.path("huishoudens").path("niet_geplaatst").asLong()).as("some cannot be placed").isPositive();
        assertThat(s.path("bewezen_optimaal").asBoolean()).as(s.toString()).isTrue();
        assertThat(s.path("minste_niet_geplaatst_bewezen").asBoolean()).isTrue();
        assertThat(s.path("bewijs_methode").asString()).isEqualTo("exact");
        assertThat(s.path("procent_van_bovengrens").asDouble()).isGreaterThanOrEqualTo(99.99);
    }

    @Test
    void twoSolvesOfTheMiniSampleAreByteIdentical() throws IOException {
        Path in = Path.of("..", "sample-data", "mini");
        List<Path> outs = List.of(tmp.resolve("a"), tmp.resolve("b"));
        for (Path out : outs) {
            CliRun run = CliRun.of("solve", in.toString(), "--out", out.toString(), "--no-timing", "--quiet");
            assertThat(run.exit()).as(run.toString()).isZero();
        }
        assertSameBytes(outs.get(0), outs.get(1));
    }

    /** Every file under {@code a} has a twin under {@code b} with the same bytes, and no file is left over. */
    static void assertSameBytes(Path a, Path b) throws IOException {
        List<Path> filesA = relativeFiles(a);
        assertThat(filesA).contains(Path.of("koppelingen.csv"), Path.of("gemeenten-resultaat.csv"),
                Path.of("samenvatting.json"));
        assertThat(relativeFiles(b)).isEqualTo(filesA);
        for (Path f : filesA) {
            assertThat(Files.readAllBytes(b.resolve(f))).as("bytes of %s", f).isEqualTo(Files.readAllBytes(a.resolve(f)));
        }
    }

    private static List<Path> relativeFiles(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
