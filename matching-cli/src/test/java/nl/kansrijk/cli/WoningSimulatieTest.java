package nl.kansrijk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import nl.kansrijk.cli.SolveCommandTest.Run;
import nl.kansrijk.io.input.InputFolder;
import nl.kansrijk.io.input.ProblemReader;
import nl.kansrijk.io.input.ReadOptions;
import nl.kansrijk.io.output.SimulatieWriter;
import nl.kansrijk.model.Woningaanbod;
import nl.kansrijk.simulate.BatchBeleid;
import nl.kansrijk.simulate.Batchritme;
import nl.kansrijk.simulate.SimulatieInstellingen;
import nl.kansrijk.simulate.SimulatieResultaat;
import nl.kansrijk.simulate.Simulator;
import nl.kansrijk.simulate.Zoekbudget;
import nl.kansrijk.solve.MatchingConfig;
import nl.kansrijk.solve.MatchingEngine;
import nl.kansrijk.solve.Koppeling;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kansrijk simulate} and {@code kansrijk sweep} with woningen.csv (sample-data/u16-2026-h1): the woning rule
 * (weight 1 by default) sees the dwellings in every solve of a policy, not only in the final score, so the plans
 * differ from a run on the same folder without the dwellings; the same seed gives the same simulation files.
 */
class WoningSimulatieTest {

    @TempDir
    Path tmp;

    /** The sample folder without woningen.csv and regiopools.csv. */
    private Path zonderWoningen() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("zonder"));
        try (var files = Files.list(U16SampleTest.U16)) {
            for (Path f : files.toList()) {
                String naam = f.getFileName().toString();
                if (!naam.equals("woningen.csv") && !naam.equals("regiopools.csv")) {
                    Files.copy(f, in.resolve(naam));
                }
            }
        }
        return in;
    }

    private static Run simulate(Path in, Path uit) {
        return SolveCommandTest.run("simulate", in.toString(), "--out", uit.toString(), "--quiet", "--policy",
                "greedy", "--moves-per-household", "20", "--hindsight-moves-per-household", "20", "--seed", "3");
    }

    @Test
    void simulateWithDwellingsDiffersFromWithoutAndRepeatsByteForByte() throws IOException {
        Path a = tmp.resolve("a");
        Run r = simulate(U16SampleTest.U16, a);
        assertThat(r.exit()).as(r.err()).isZero();
        Path b = tmp.resolve("b");
        assertThat(simulate(U16SampleTest.U16, b).exit()).isZero();
        assertThat(Files.readAllBytes(b.resolve(SimulatieWriter.CSV))).isEqualTo(Files.readAllBytes(a.resolve(SimulatieWriter.CSV)));
        assertThat(Files.readAllBytes(b.resolve(SimulatieWriter.JSON))).isEqualTo(Files.readAllBytes(a.resolve(SimulatieWriter.JSON)));

        Path c = tmp.resolve("c");
        Run z = simulate(zonderWoningen(), c);
        assertThat(z.exit()).as(z.err()).isZero();
        assertThat(Files.readString(c.resolve(SimulatieWriter.CSV))).isNotEqualTo(Files.readString(a.resolve(SimulatieWriter.CSV)));
    }

    @Test
    void theBatchPolicysOwnSolvesSeeTheDwellings() {
        InputFolder in = ProblemReader.read(U16SampleTest.U16, new ReadOptions(false));
        Woningaanbod aanbod = in.woningaanbod().orElseThrow();
        MatchingEngine engine = new MatchingEngine(20);
        SimulatieInstellingen inst = new SimulatieInstellingen(MatchingConfig.STANDAARD.withSeed(3), Batchritme.WEKELIJKS,
                new Zoekbudget(20));
        Simulator sim = new Simulator(engine);
        // the first 120 households of the sample (January and part of February), to keep the test short
        var problem = in.problem().withHuishoudens(in.problem().huishoudens().subList(0, 120));
        SimulatieResultaat met = sim.simuleer(problem, aanbod, inst, List.of(new BatchBeleid(engine, new Zoekbudget(20))),
                (x, i, n) -> { });
        SimulatieResultaat zonder = sim.simuleer(problem, Woningaanbod.LEEG, inst,
                List.of(new BatchBeleid(engine, new Zoekbudget(20))), (x, i, n) -> { });
        // not only the score: the policy links households elsewhere once its solves weigh the dwellings
        assertThat(koppelingen(met)).isNotEqualTo(koppelingen(zonder));
        assertThat(met.beleid().get(0).resultaat().totaalPerRegel().get(nl.kansrijk.rules.Regel.WONING)).isPositive();
        assertThat(zonder.beleid().get(0).resultaat().totaalPerRegel().getOrDefault(nl.kansrijk.rules.Regel.WONING, 0L))
                .isZero();
    }

    private static List<String> koppelingen(SimulatieResultaat r) {
        List<String> out = new ArrayList<>();
        for (Koppeling k : r.beleid().get(0).resultaat().koppelingen()) {
            out.add(k.huishoudenId() + "=" + k.gemeenteCode());
        }
        return out;
    }

    @Test
    void sweepWithDwellingsWeighsTheWoningRule() throws IOException {
        Path grid = tmp.resolve("grid.json");
        Files.writeString(grid, """
                {"gewichten": {"woning": [1]}, "seeds": [1], "baselines": [],
                 "beeindiging": {"tijdslimiet": null, "zettenlimiet": 2000}}
                """);
        Path a = tmp.resolve("sa");
        Run r = SolveCommandTest.run("sweep", U16SampleTest.U16.toString(), "--grid", grid.toString(), "--out",
                a.toString(), "--threads", "1");
        assertThat(r.exit()).as(r.err()).isZero();
        Path c = tmp.resolve("sc");
        Run z = SolveCommandTest.run("sweep", zonderWoningen().toString(), "--grid", grid.toString(), "--out",
                c.toString(), "--threads", "1");
        assertThat(z.exit()).as(z.err()).isZero();
        // the engine's run sees the dwellings: another soft score (the woning rule's points) and another plan
        String met = Files.readString(a.resolve("sweep.csv"));
        String zonder = Files.readString(c.resolve("sweep.csv"));
        assertThat(kolom(met, "score_soft")).isNotEqualTo(kolom(zonder, "score_soft"));
    }

    /** The value of a column in the first row of a sweep.csv. */
    private static long kolom(String csv, String naam) {
        List<String> regels = csv.lines().toList();
        List<String> kop = List.of(regels.get(0).split(","));
        int i = kop.indexOf(naam);
        assertThat(i).as("kolom " + naam + " in " + kop).isNotNegative();
        return Long.parseLong(regels.get(1).split(",")[i]);
    }
}
