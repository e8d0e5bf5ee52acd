package nl.kansrijk.io.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import nl.kansrijk.baseline.Beleidsregister;
import nl.kansrijk.baseline.Plaatsingsbeleid;
import nl.kansrijk.io.output.WoningUitvoer;
import nl.kansrijk.metrics.Metrics;
import nl.kansrijk.solve.MatchingEngine;
import nl.kansrijk.solve.MatchingResult;
import nl.kansrijk.solve.PlanContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes {@code report.html}: one self-contained file that opens without network. The charting library
 * (Chart.js, MIT licence, from the {@code org.webjars.npm:chart.js} WebJar on the classpath) and the data are
 * inlined; the page draws the trade-off between two measures over all runs with the Pareto front marked, the fill
 * ratio per gemeente, the distance distribution, the group gaps and a map of persons per gemeente, engine and
 * baselines side by side. Deterministic: the same report content gives the same bytes.
 */
public final class ReportWriter {

    /** File name used by {@code sweep --report} and {@code solve --report}. */
    public static final String BESTAND = "report.html";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String TEMPLATE = "/nl/kansrijk/io/report/report-template.html";
    private static final String WONINGEN_BLOK = "/nl/kansrijk/io/report/woningen-blok.html";
    private static final String WONINGEN_SCRIPT = "/nl/kansrijk/io/report/woningen-script.html";
    private static final String WEBJAR = "META-INF/maven/org.webjars.npm/chart.js/pom.properties";

    private ReportWriter() {
    }

    /** Writes the report to {@code file} (the caller makes the surrounding output atomic). */
    public static void write(Path file, Rapport rapport) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(w, rapport);
        }
    }

    /** Writes the report as HTML to {@code w} (left open). */
    public static void write(Writer w, Rapport rapport) throws IOException {
        w.write(html(rapport));
    }

    /**
     * Writes the report of one solve: the engine's result beside the three baselines, each placed and scored under
     * the same configuration and seed ({@code solve --report}).
     */
    public static void writeSolve(Path file, PlanContext ctx, MatchingResult engineResult) throws IOException {
        writeSolve(file, ctx, engineResult, null);
    }

    /** As {@link #writeSolve(Path, PlanContext, MatchingResult)}, with the housing chart of {@code wonen} when not null. */
    public static void writeSolve(Path file, PlanContext ctx, MatchingResult engineResult, WoningUitvoer wonen)
            throws IOException {
        List<String> header = new ArrayList<>(List.of("run", "beleid", "instelling_naam", "seed"));
        header.addAll(MetriekKolommen.namen());
        List<List<String>> rijen = new ArrayList<>();
        List<PlanOverzicht> plannen = new ArrayList<>();
        List<String> beleid = new ArrayList<>(List.of("engine"));
        List<MatchingResult> resultaten = new ArrayList<>(List.of(engineResult));
        MatchingEngine engine = new MatchingEngine();
        for (String naam : Beleidsregister.BASELINES) {
            Plaatsingsbeleid b = Beleidsregister.vanNaam(naam, engine).orElseThrow();
            beleid.add(naam);
            resultaten.add(b.plaats(ctx));
        }
        long seed = ctx.config().seed();
        for (int i = 0; i < resultaten.size(); i++) {
            Metrics m = Metrics.van(ctx, resultaten.get(i));
            List<String> rij = new ArrayList<>(List.of(String.valueOf(i), beleid.get(i), "configuratie", String.valueOf(seed)));
            rij.addAll(MetriekKolommen.waarden(resultaten.get(i), m));
            rijen.add(rij);
            plannen.add(PlanOverzicht.van(beleid.get(i), i, "configuratie", seed, ctx, resultaten.get(i), m));
        }
        write(file, new Rapport("kansrijk: koppelplan " + ctx.periode(),
                ctx.problem().huishoudens().size() + " huishoudens, " + ctx.bestemmingen().size()
                        + " gemeenten; engine naast de baselines onder dezelfde regels en gewichten",
                header, rijen, "km_gemiddeld", "aandeel_advies_regio", plannen,
                wonen == null ? null : WoningGrafiek.van(wonen)));
    }

    /** The report as HTML text. */
    public static String html(Rapport r) {
        Bibliotheek lib = Bibliotheek.LADEN;
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("titel", r.titel());
        data.put("ondertitel", r.ondertitel());
        List<Map<String, Object>> kolommen = new ArrayList<>();
        for (MetriekKolommen.Kolom k : MetriekKolommen.KOLOMMEN) {
            Map<String, Object> kolom = new LinkedHashMap<>();
            kolom.put("naam", k.naam());
            kolom.put("label", k.label());
            kolom.put("richting", k.richting().name());
            kolommen.add(kolom);
        }
        data.put("kolommen", kolommen);
        data.put("header", r.header());
        data.put("rijen", r.rijen());
        data.put("x", r.x());
        data.put("y", r.y());
        data.put("pareto", pareto(r));
        data.put("plannen", r.plannen());
        data.put("bibliotheek", "Chart.js " + lib.versie());
        if (r.woningen() != null) {
            data.put("woningen", r.woningen());
        }
        String json = JSON.writeValueAsString(data).replace("<", "\\u003c");
        return metWoningen(template(), r)
                .replace("/*__LICENTIE__*/", "/*! Chart.js " + lib.versie() + "\n" + lib.licentie().replace("*/", "* /") + "\n*/")
                .replace("/*__CHARTJS__*/", lib.js())
                .replace("__DATA__", json);
    }

    /** The template with the housing chart's block and script added when the report has one; unchanged without. */
    private static String metWoningen(String template, Rapport r) {
        if (r.woningen() == null) {
            return template;
        }
        String blok = resource(ReportWriter.class.getResourceAsStream(WONINGEN_BLOK), WONINGEN_BLOK);
        String script = resource(ReportWriter.class.getResourceAsStream(WONINGEN_SCRIPT), WONINGEN_SCRIPT);
        return template.replace("<h2>Alle runs</h2>", blok + "<h2>Alle runs</h2>").replace("</body>", script + "</body>");
    }

    /** Marks the rows on the Pareto front of the report's two measures. */
    static boolean[] pareto(Rapport r) {
        int ix = r.header().indexOf(r.x());
        int iy = r.header().indexOf(r.y());
        double[] x = new double[r.rijen().size()];
        double[] y = new double[r.rijen().size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = getal(r.rijen().get(i).get(ix));
            y[i] = getal(r.rijen().get(i).get(iy));
        }
        return Pareto.front(x, y, richting(r.x()), richting(r.y()));
    }

    private static MetriekKolommen.Richting richting(String kolom) {
        return MetriekKolommen.kolom(kolom).map(MetriekKolommen.Kolom::richting)
                .orElseThrow(() -> new IllegalArgumentException("unknown measure " + kolom));
    }

    private static double getal(String cel) {
        return cel == null || cel.isEmpty() ? Double.NaN : Double.parseDouble(cel);
    }

    private static String template() {
        return resource(ReportWriter.class.getResourceAsStream(TEMPLATE), TEMPLATE);
    }

    private static String resource(InputStream in, String naam) {
        if (in == null) {
            throw new IllegalStateException(naam + " is missing from the classpath");
        }
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Chart.js as shipped in its WebJar: version, minified UMD bundle and licence text. */
    private record Bibliotheek(String versie, String js, String licentie) {

        static final Bibliotheek LADEN = laden();

        private static Bibliotheek laden() {
            ClassLoader cl = ReportWriter.class.getClassLoader();
            Properties p = new Properties();
            try (InputStream in = cl.getResourceAsStream(WEBJAR)) {
                if (in == null) {
                    throw new IllegalStateException(WEBJAR + " is missing from the classpath");
                }
                p.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String versie = p.getProperty("version");
            String pad = "META-INF/resources/webjars/chart.js/" + versie + "/";
            return new Bibliotheek(versie, resource(cl.getResourceAsStream(pad + "dist/chart.umd.min.js"), pad + "dist/chart.umd.min.js")
                    .replace("//# sourceMappingURL=chart.umd.min.js.map", ""),
                    resource(cl.getResourceAsStream(pad + "LICENSE.md"), pad + "LICENSE.md"));
        }
    }
}
