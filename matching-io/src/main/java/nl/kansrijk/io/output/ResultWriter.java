package nl.kansrijk.io.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import nl.kansrijk.io.json.Decimaal;
import nl.kansrijk.io.json.KwaliteitJson;
import nl.kansrijk.metrics.Kwaliteit;
import nl.kansrijk.metrics.Metrics;
import nl.kansrijk.model.Bestemming;
import nl.kansrijk.rules.Regel;
import nl.kansrijk.solve.GemeenteResultaat;
import nl.kansrijk.solve.Koppeling;
import nl.kansrijk.solve.MatchingResult;
import nl.kansrijk.solve.PlanContext;
import org.apache.commons.csv.CSVFormat;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a result as the documented output files (docs/output-format.md): {@code koppelingen.csv},
 * {@code gemeenten-resultaat.csv} and {@code samenvatting.json}. Deterministic: the same result gives the same bytes.
 */
public final class ResultWriter {

    /** File names. */
    public static final String KOPPELINGEN = "koppelingen.csv";
    public static final String GEMEENTEN = "gemeenten-resultaat.csv";
    public static final String SAMENVATTING = "samenvatting.json";

    /** CSV as written in the standard style: comma, header, LF line ends, UTF-8 without BOM. */
    public static final CSVFormat FORMAT = CsvStijl.STANDARD.format();

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private ResultWriter() {
    }

    /** The per-household rules written as score columns of koppelingen.csv, in order. */
    public static final List<Regel> SCORE_KOLOMMEN = Regel.ZACHT_PER_HUISHOUDEN;

    /** Column name of a rule's score column: {@code score_<id with - as _>}. */
    public static String kolom(Regel r) {
        return "score_" + r.id().replace('-', '_');
    }

    /** Writes the three files into {@code dir} (which must exist) in the standard CSV style. */
    public static void write(Path dir, PlanContext ctx, MatchingResult r, Metrics m, RunInfo info,
            Function<Koppeling, String> toelichting, Map<String, String> overruleRedenen) throws IOException {
        write(dir, ctx, r, m, info, toelichting, overruleRedenen, CsvStijl.STANDARD, false);
    }

    /**
     * Writes the three files into {@code dir} (which must exist), the CSV files in {@code stijl}; with {@code xlsx}
     * also {@value XlsxWriter#UITVOER}, a sheet per CSV file.
     */
    public static void write(Path dir, PlanContext ctx, MatchingResult r, Metrics m, RunInfo info,
            Function<Koppeling, String> toelichting, Map<String, String> overruleRedenen, CsvStijl stijl, boolean xlsx)
            throws IOException {
        write(dir, ctx, r, m, info, toelichting, overruleRedenen, stijl, xlsx, null);
    }

    /**
     * As {@link #write(Path, PlanContext, MatchingResult, Metrics, RunInfo, Function, Map, CsvStijl, boolean)}, and
     * with {@code wonen} (input with {@code woningen.csv}) also its tables (CSV and sheets) and its totals in
     * samenvatting.json; {@code null} writes exactly what a run without dwellings writes.
     */
    public static void write(Path dir, PlanContext ctx, MatchingResult r, Metrics m, RunInfo info,
            Function<Koppeling, String> toelichting, Map<String, String> overruleRedenen, CsvStijl stijl, boolean xlsx,
            WoningUitvoer wonen) throws IOException {
        List<Tabel> tabellen = new ArrayList<>(List.of(koppelingen(ctx, r, toelichting, overruleRedenen), gemeenten(r)));
        if (wonen != null) {
            tabellen.addAll(wonen.tabellen());
        }
        for (Tabel t : tabellen) {
            t.schrijfCsv(dir, stijl);
        }
        if (xlsx) {
            XlsxWriter.write(dir.resolve(XlsxWriter.UITVOER), tabellen);
        }
        SamenvattingJson samenvatting = samenvatting(ctx, r, m, info);
        if (wonen != null) {
            samenvatting = samenvatting.metWoningtoewijzing(wonen.samenvatting());
        }
        try (OutputStream out = Files.newOutputStream(dir.resolve(SAMENVATTING))) {
            out.write(json(samenvatting).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Writes {@value #KOPPELINGEN} to {@code out} in {@code stijl}, and closes it. */
    public static void writeKoppelingen(OutputStream out, PlanContext ctx, MatchingResult r,
            Function<Koppeling, String> toelichting, Map<String, String> overruleRedenen, CsvStijl stijl)
            throws IOException {
        koppelingen(ctx, r, toelichting, overruleRedenen).schrijfCsv(out, stijl);
    }

    /** Writes {@value #SAMENVATTING} to {@code out} (left open). */
    public static void writeSamenvatting(OutputStream out, PlanContext ctx, MatchingResult r, Metrics m, RunInfo info)
            throws IOException {
        out.write(json(samenvatting(ctx, r, m, info)).getBytes(StandardCharsets.UTF_8));
    }

    /** A value (ordered maps, lists, numbers, text) as indented JSON with a closing newline, as every JSON file is written. */
    public static String json(Object value) {
        return JSON.writeValueAsString(value) + "\n";
    }

    static Tabel koppelingen(PlanContext ctx, MatchingResult r, Function<Koppeling, String> toelichting,
            Map<String, String> overruleRedenen) {
        List<String> header = new ArrayList<>(List.of("huishouden_id", "gemeente_code", "gemeente_naam",
                "arbeidsmarktregio_code", "personen", "status"));
        SCORE_KOLOMMEN.forEach(regel -> header.add(kolom(regel)));
        header.addAll(List.of("score_huishouden", "harde_schending", "toelichting", "overrule_reden"));
        List<List<Object>> rows = new ArrayList<>(r.koppelingen().size());
        {
            for (Koppeling k : r.koppelingen()) {
                Bestemming b = k.gemeenteCode() == null ? null : ctx.bestemming(k.gemeenteCode());
                List<Object> row = new ArrayList<>();
                row.add(k.huishoudenId());
                row.add(b == null ? "" : b.code());
                row.add(b == null ? "" : b.gemeente().naam());
                row.add(b == null ? "" : b.arbeidsmarktregio().code());
                row.add(k.personen());
                row.add(k.status().code());
                SCORE_KOLOMMEN.forEach(regel -> row.add(k.bijdragen().get(regel)));
                row.add(k.bijdragen().zacht());
                row.add(String.join("|", k.bijdragen().perRegel().keySet().stream()
                        .filter(regel -> regel.niveau() == nl.kansrijk.rules.Niveau.HARD).map(Regel::id).toList()));
                row.add(toelichting.apply(k));
                row.add(overruleRedenen.getOrDefault(k.huishoudenId(), ""));
                rows.add(row);
            }
        }
        return new Tabel(KOPPELINGEN, header, rows);
    }

    static Tabel gemeenten(MatchingResult r) {
        List<String> header = List.of("gemeente_code", "gemeente_naam", "arbeidsmarktregio_code", "taakstelling",
                "achterstand", "gerealiseerd", "capaciteit", "vaste_personen", "gekoppeld_nu", "resterend", "vulgraad",
                "score_balans", "taakstelling_overschrijding");
        List<List<Object>> rows = new ArrayList<>(r.gemeenten().size());
        {
            for (GemeenteResultaat g : r.gemeenten()) {
                rows.add(java.util.Arrays.asList(g.gemeente().code(), g.gemeente().naam(), g.gemeente().arbeidsmarktregioCode(),
                        g.taakstelling().taakstelling(), g.taakstelling().achterstand(), g.taakstelling().gerealiseerd(),
                        g.capaciteit(), g.vastePersonen(), g.gekoppeldePersonen(), g.resterend(),
                        decimaal(g.vulgraad(), 4), g.bijdragen().get(Regel.BALANS),
                        -g.bijdragen().get(Regel.TAAKSTELLING) / Math.max(1, r.config().gewichten().get(Regel.TAAKSTELLING))));
            }
        }
        return new Tabel(GEMEENTEN, header, rows);
    }

    /** The content of samenvatting.json. */
    public static SamenvattingJson samenvatting(PlanContext ctx, MatchingResult r, Metrics m, RunInfo info) {
        return SamenvattingJson.van(r, m, info);
    }

    /** The quality metrics as the JSON object of samenvatting.json. */
    public static KwaliteitJson kwaliteit(Kwaliteit k) {
        return KwaliteitJson.van(k);
    }

    /** A number rounded to {@code places} decimals as a BigDecimal (exact JSON), or null for NaN. */
    public static java.math.BigDecimal decimaal(double v, int places) {
        return Decimaal.van(v, places);
    }

    /** An ordered map from alternating keys and values. */
    public static Map<String, Object> ordered(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
