package nl.kansrijk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import nl.kansrijk.model.MatchingProblem;
import nl.kansrijk.solve.BruteForce;
import nl.kansrijk.solve.MatchingConfig;
import nl.kansrijk.solve.MatchingEngine;
import nl.kansrijk.solve.MatchingResult;
import nl.kansrijk.solve.Status;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The optimum written in {@code sample-data/mini/README.md} is the brute-force optimum, and the engine finds it. */
class MiniOptimumTest {

    private static final Path README = Path.of("..", "sample-data", "mini", "README.md");
    private static final Pattern RIJ = Pattern.compile("^\\| (H\\d{2}) \\| \\d+ \\| (GM\\d{4}|niet geplaatst)\\b.*");
    private static final Pattern SCORE = Pattern.compile("Score: `([^`]+)`");

    private static final MatchingProblem PROBLEEM = MiniVoorbeeld.probleem();
    private static final MatchingConfig CONFIG = MiniVoorbeeld.config();
    private static BruteForce optimum;

    @BeforeAll
    static void bruteForce() {
        optimum = BruteForce.optimum(PROBLEEM, CONFIG);
    }

    @Test
    void readmeStatesTheUniqueBruteForceOptimum() throws IOException {
        Map<String, String> gesteld = new LinkedHashMap<>();
        HardMediumSoftScore score = null;
        for (String line : Files.readAllLines(README, StandardCharsets.UTF_8)) {
            Matcher m = RIJ.matcher(line);
            if (m.matches()) {
                gesteld.put(m.group(1), m.group(2).startsWith("GM") ? m.group(2) : null);
            }
            Matcher s = SCORE.matcher(line);
            if (s.find()) {
                score = HardMediumSoftScore.parseScore(s.group(1));
            }
        }
        assertThat(gesteld).hasSize(PROBLEEM.huishoudens().size());
        assertThat(optimum.optima()).containsExactly(gesteld);
        assertThat(optimum.score()).isEqualTo(score);
        assertThat(BruteForce.score(PROBLEEM, CONFIG, gesteld)).isEqualTo(score);
    }

    @Test
    void optimumHasTheDesignedFeatures() {
        Map<String, String> best = optimum.optima().get(0);
        assertThat(optimum.score().hardScore()).isZero();
        assertThat(best.get("H06")).isNull(); // 7 persons, care within 30 km of UMCG: no such gemeente has room
        assertThat(best.get("H03")).isEqualTo("GM0047"); // nareiziger joins the family in Veendam
        assertThat(best.get("H10")).isEqualTo("GM0118"); // pinned
        assertThat(optimum.score().mediumScore()).isEqualTo(-7);
    }

    @Test
    void engineFindsTheOptimum() {
        MatchingResult r = new MatchingEngine().solve(PROBLEEM, CONFIG);
        assertThat(r.score()).isEqualTo(optimum.score());
        Map<String, String> gevonden = new LinkedHashMap<>();
        r.koppelingen().forEach(k -> gevonden.put(k.huishoudenId(), k.gemeenteCode()));
        assertThat(gevonden).isEqualTo(optimum.optima().get(0));
        assertThat(r.koppeling("H06").orElseThrow().status()).isEqualTo(Status.NIET_GEPLAATST);
        assertThat(r.koppeling("H10").orElseThrow().status()).isEqualTo(Status.VASTGEZET);
    }

    @Test
    void bruteForceStaysSmall() {
        assertThat(optimum.bekeken()).isLessThan(500_000);
    }
}
