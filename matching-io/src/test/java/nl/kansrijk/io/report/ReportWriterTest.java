package nl.kansrijk.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.kansrijk.io.input.ProblemReader;
import nl.kansrijk.io.input.ReadOptions;
import nl.kansrijk.model.MatchingProblem;
import nl.kansrijk.solve.Beeindiging;
import nl.kansrijk.solve.MatchingConfig;
import nl.kansrijk.solve.MatchingEngine;
import nl.kansrijk.solve.PlanContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** report.html: self-contained, with the runs and plans it shows. */
class ReportWriterTest {

    static final Path GELDIG = Path.of("src/test/resources/invoer/geldig");

    @TempDir
    Path tmp;

    /** The data island of a report, parsed. */
    static JsonNode data(String html) {
        Matcher m = Pattern.compile("<script id=\"data\" type=\"application/json\">(.*?)</script>", Pattern.DOTALL).matcher(html);
        assertThat(m.find()).isTrue();
        return new JsonMapper().readTree(m.group(1));
    }

    @Test
    void solveReportIsSelfContainedAndShowsTheEngineBesideEveryBaseline() throws IOException {
        MatchingProblem p = ProblemReader.read(GELDIG, ReadOptions.DEFAULT).problem();
        MatchingConfig c = MatchingConfig.STANDAARD.withBeeindiging(Beeindiging.zetten(3_000)).withSeed(3);
        PlanContext ctx = PlanContext.of(p, c);
        Path file = tmp.resolve("report.html");
        ReportWriter.writeSolve(file, ctx, new MatchingEngine().solve(ctx, v -> { }));
        String html = Files.readString(file);

        // no resource from anywhere else: no src/href attributes, Chart.js and its licence inlined
        assertThat(html).doesNotContainPattern("(?i)<script[^>]+src=").doesNotContainPattern("(?i)<link[^>]+href=")
                .contains("Chart.js v4", "The MIT License", "new Chart(");
        JsonNode d = data(html);
        List<String> beleid = new ArrayList<>();
        d.get("rijen").forEach(r -> beleid.add(r.get(1).asString()));
        assertThat(beleid).containsExactly("engine", "willekeurig", "fcfs", "proportioneel");
        assertThat(d.get("plannen")).hasSize(4);
        JsonNode engine = d.get("plannen").get(0);
        assertThat(engine.get("gemeenten")).hasSize(p.gemeenten().size());
        long geplaatst = 0;
        for (JsonNode k : engine.get("personenPerKmKlasse")) {
            geplaatst += k.asLong();
        }
        assertThat(geplaatst).isPositive();
        assertThat(d.get("pareto")).hasSize(4);
        assertThat(d.get("x").asString()).isEqualTo("km_gemiddeld");
    }

    @Test
    void dataThatLooksLikeMarkupCannotEndTheScript() {
        List<String> header = new ArrayList<>(List.of("run", "beleid", "instelling_naam", "seed"));
        header.addAll(MetriekKolommen.namen());
        List<String> rij = new ArrayList<>(List.of("0", "engine", "</script><script>alert(1)</script>", "0"));
        MetriekKolommen.namen().forEach(n -> rij.add(""));
        PlanOverzicht plan = new PlanOverzicht("engine", 0, "x", 0,
                List.of(new PlanOverzicht.GemeentePunt("GM0001", "</script>", 52, 5, 3, 0.5)), 10, List.of(3L),
                List.of(new PlanOverzicht.Groep("huishoudtype", "stel", 2L, Map.of("aandeel_geplaatst", 1.0), null)));
        String html = ReportWriter.html(new Rapport("t", "o", header, List.of(rij), "km_gemiddeld", "aandeel_advies_regio",
                List.of(plan)));
        String leeg = ReportWriter.html(new Rapport("t", "o", header, List.of(), "km_gemiddeld", "aandeel_advies_regio",
                List.of()));
        assertThat(count(html, "</script")).isEqualTo(count(leeg, "</script"));
        assertThat(data(html).get("rijen").get(0).get(2).asString()).isEqualTo("</script><script>alert(1)</script>");
    }

    private static int count(String s, String sub) {
        int n = 0;
        for (int i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + 1)) {
            n++;
        }
        return n;
    }
}
