package nl.kansrijk.cli;

import static nl.kansrijk.cli.SolveCommandTest.GELDIG;
import static nl.kansrijk.cli.SolveCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import nl.kansrijk.cli.SolveCommandTest.Run;
import nl.kansrijk.io.output.SimulatieWriter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code kansrijk simulate}: the policies side by side, repeatable files, chosen policies and settings. */
class SimulateCommandTest {

    @TempDir
    Path tmp;

    private Run simulate(Path uit, String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("simulate", GELDIG.toString(), "--out", uit.toString(),
                "--quiet", "--moves-per-household", "50", "--hindsight-moves-per-household", "200"));
        args.addAll(List.of(extra));
        return run(args.toArray(String[]::new));
    }

    @Test
    void reportsAllPoliciesSideBySideAndWritesIdenticalFilesOnRerun() throws IOException {
        Path a = tmp.resolve("a");
        Run r = simulate(a, "--batch", "daily", "--policy", "greedy,batch,lookahead,price");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("hindsight", "greedy", "batch", "lookahead", "price", "%achteraf", "(daily)",
                "bewezen bovengrens");

        List<CSVRecord> rijen;
        try (Reader in = Files.newBufferedReader(a.resolve(SimulatieWriter.CSV))) {
            rijen = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
        assertThat(rijen).extracting(x -> x.get("beleid")).containsExactly("hindsight", "greedy", "batch", "lookahead", "price");
        assertThat(rijen.get(0).get("procent_van_achteraf")).isEqualTo("100.00");
        // the printed table shows, per plan, the hard score, the households and gemeenten breaking a hard rule and the
        // percentage of the proven bound, as simulatie.csv has them
        assertThat(r.out()).contains(" hard ", " hh_hard ", " overvol ", " %grens ");
        for (CSVRecord x : rijen) {
            String rij = r.out().lines().filter(l -> l.startsWith(x.get("beleid") + " ")).findFirst().orElseThrow();
            assertThat(rij.trim().split("\\s+")).as(rij).startsWith(x.get("beleid"),
                    x.get("hard_bij_koppeling"), x.get("harde_schendingen"),
                    x.get("overvolle_gemeenten"), x.get("procent_van_achteraf"), x.get("procent_van_bovengrens"));
        }
        assertThat(rijen).allSatisfy(x -> assertThat(Long.parseLong(x.get("huishoudens"))).isEqualTo(8));
        JsonNode json = new JsonMapper().readTree(a.resolve(SimulatieWriter.JSON).toFile());
        assertThat(json.get("batch").asString()).isEqualTo("daily");
        assertThat(json.get("plannen")).hasSize(5);
        assertThat(json.get("bovengrens").asLong()).isGreaterThanOrEqualTo(Long.parseLong(rijen.get(0).get("score_zacht")));
        assertThat(Double.parseDouble(rijen.get(0).get("procent_van_bovengrens"))).isLessThanOrEqualTo(100.0);
        assertThat(json.get("instellingen").get("seed").asLong()).isEqualTo(7);
        // settings in a fixed order (a Map.of would change it from one JVM run to the next: the rerun below, in
        // the same JVM, could not see that)
        assertThat(json.get("instellingen").get("vooruitblik").propertyNames())
                .containsExactly("steekproeven", "schaal", "max_toekomst");
        assertThat(json.get("instellingen").get("prijs").propertyNames()).containsExactly("steekproeven", "verwachting",
                "herbouw_rondes_per_huishouden", "wachtdagen");

        // every plan's koppelingen, scored by evaluate as simulate scored the plan
        for (CSVRecord x : rijen) {
            Path plan = a.resolve(SimulatieWriter.koppelingenBestand(x.get("beleid")));
            assertThat(Files.readAllLines(plan).get(0)).isEqualTo("huishouden_id,gemeente_code,koppeldatum");
            Run e = run("evaluate", GELDIG.toString(), "--koppelingen", plan.toString(), "--json", "--out",
                    tmp.resolve("e-" + x.get("beleid")).toString());
            assertThat(e.exit()).as(e.err()).isZero();
            assertThat(new JsonMapper().readTree(e.out()).get("score").get("plan").get("tekst").asString())
                    .as(x.get("beleid")).isEqualTo(x.get("score").replaceFirst("^'", ""));
        }

        Path b = tmp.resolve("b");
        assertThat(simulate(b, "--batch", "daily", "--policy", "greedy,batch,lookahead,price").exit()).isZero();
        assertThat(Files.readAllBytes(b.resolve(SimulatieWriter.CSV))).isEqualTo(Files.readAllBytes(a.resolve(SimulatieWriter.CSV)));
        assertThat(Files.readAllBytes(b.resolve(SimulatieWriter.JSON))).isEqualTo(Files.readAllBytes(a.resolve(SimulatieWriter.JSON)));
        for (CSVRecord x : rijen) {
            String plan = SimulatieWriter.koppelingenBestand(x.get("beleid"));
            assertThat(Files.readAllBytes(b.resolve(plan))).isEqualTo(Files.readAllBytes(a.resolve(plan)));
        }
    }

    @Test
    void runsOnlyTheChosenPolicies() {
        Path uit = tmp.resolve("uit");
        Run r = simulate(uit, "--policy", "lookahead,greedy", "--samples", "2");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("lookahead", "greedy").doesNotContain("batch ");
    }

    @Test
    void pricePolicyDrawsLaterArrivalsFromAnEarlierPeriodWithHistory() throws IOException {
        Path uit = tmp.resolve("uit");
        Run r = simulate(uit, "--policy", "price,greedy", "--history", GELDIG.toString(), "--price-samples", "2",
                "--price-wait", "14");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("price", "greedy");
        JsonNode json = new JsonMapper().readTree(uit.resolve(SimulatieWriter.JSON).toFile());
        assertThat(json.get("instellingen").get("prijs").get("steekproeven").asInt()).isEqualTo(2);
        assertThat(json.get("instellingen").get("prijs").get("verwachting").asString()).startsWith("historie");
        assertThat(json.get("instellingen").get("prijs").get("wachtdagen").asInt()).isEqualTo(14);
        JsonNode plannen = json.get("plannen");
        assertThat(plannen.get(1).get("beleid").asString()).isEqualTo("price");
        assertThat(plannen.get(1).get("wachtdagen_gemiddeld").asDouble())
                .isGreaterThan(plannen.get(2).get("wachtdagen_gemiddeld").asDouble());
        // with a wait gain only households whose sampled futures disagree wait: never longer on average than all
        Path winst = tmp.resolve("winst");
        Run w = simulate(winst, "--policy", "price", "--history", GELDIG.toString(), "--price-samples", "2",
                "--price-wait", "14", "--price-wait-gain", "0");
        assertThat(w.exit()).as(w.err()).isZero();
        JsonNode wj = new JsonMapper().readTree(winst.resolve(SimulatieWriter.JSON).toFile());
        assertThat(wj.get("instellingen").get("prijs").get("wachtwinst").asDouble()).isZero();
        assertThat(json.get("instellingen").get("prijs").has("wachtwinst")).isFalse();
        assertThat(wj.get("plannen").get(1).get("wachtdagen_gemiddeld").asDouble())
                .isLessThanOrEqualTo(plannen.get(1).get("wachtdagen_gemiddeld").asDouble());
        Run fout = simulate(tmp.resolve("fout"), "--policy", "price", "--history", tmp.resolve("bestaat-niet").toString());
        assertThat(fout.exit()).isEqualTo(KansrijkCli.BAD_INPUT);
        assertThat(tmp.resolve("fout")).doesNotExist();
    }

    @Test
    void badOptionsExitWithCodeTwoAndNoOutput() {
        Path uit = tmp.resolve("uit");
        Run r1 = simulate(uit, "--batch", "monthly");
        assertThat(r1.exit()).isEqualTo(KansrijkCli.BAD_INPUT);
        assertThat(r1.err()).contains("monthly");
        Run r2 = simulate(uit, "--policy", "greedy,oracle");
        assertThat(r2.exit()).isEqualTo(KansrijkCli.BAD_INPUT);
        assertThat(r2.err()).contains("oracle");
        Run r3 = simulate(uit, "--policy", "price", "--price-wait", "15");
        assertThat(r3.exit()).isEqualTo(KansrijkCli.BAD_INPUT);
        assertThat(r3.err()).contains("--price-wait", "15");
        Run r4 = simulate(uit, "--policy", "price", "--price-wait", "14", "--price-wait-gain", "-1");
        assertThat(r4.exit()).isEqualTo(KansrijkCli.BAD_INPUT);
        assertThat(r4.err()).contains("--price-wait-gain", "-1");
        Run r5 = simulate(uit, "--policy", "price", "--price-wait", "0", "--price-wait-gain", "0");
        assertThat(r5.exit()).isEqualTo(KansrijkCli.BAD_INPUT);
        assertThat(r5.err()).contains("--price-wait-gain", "--price-wait");
        Run r6 = simulate(uit, "--policy", "price", "--price-wait", "14", "--price-wait-gain", "NaN");
        assertThat(r6.exit()).isEqualTo(KansrijkCli.BAD_INPUT);
        assertThat(uit).doesNotExist();
    }
}
