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
import nl.kansrijk.io.json.ScoreJson;
import nl.kansrijk.metrics.Groepsverschil;
import nl.kansrijk.metrics.Kwaliteit;
import nl.kansrijk.metrics.Metrics;
import nl.kansrijk.model.Bestemming;
import nl.kansrijk.rules.Regel;
import nl.kansrijk.solve.GemeenteResultaat;
import nl.kansrijk.solve.Koppeling;
import nl.kansrijk.solve.MatchingResult;
import nl.kansrijk.solve.PlanContext;
import nl.kansrijk.solve.Status;
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
    public static final List<Regel> SCORE_KOLOMMEN = List.of(Regel.ZACHT_PER_HUISHOUDEN);

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
        List<Tabel> tabellen = List.of(koppelingen(ctx, r, toelichting, overruleRedenen), gemeenten(r));
        for (Tabel t : tabellen) {
            t.schrijfCsv(dir, stijl);
        }
        if (xlsx) {
            XlsxWriter.write(dir.resolve(XlsxWriter.UITVOER), tabellen);
        }
        try (OutputStream out = Files.newOutputStream(dir.resolve(SAMENVATTING))) {
            writeSamenvatting(out, ctx, r, m, info);
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

    /** The content of samenvatting.json as an ordered map. */
    public static Map<String, Object> samenvatting(PlanContext ctx, MatchingResult r, Metrics m, RunInfo info) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("engine", ordered("naam", "kansrijk", "versie", info.engineVersie()));
        s.put("periode", r.periode());
        s.put("score", ScoreJson.van(r.score()));
        // the proven upper bound of the soft score (LP relaxation's dual), and how close the plan is to it
        s.put("bovengrens", r.bovengrens());
        s.put("procent_van_bovengrens", r.procentVanBovengrens().map(v -> decimaal(v, 3)).orElse(null));
        // what the solve proved: optimal (exact path, or the plan at the bound), the fewest unplaced, and how
        s.put("bewezen_optimaal", r.bewijs() == null ? null : r.bewijs().optimaal());
        s.put("minste_niet_geplaatst_bewezen", r.bewijs() == null ? null : r.bewijs().mediumBewezen());
        s.put("bewijs_methode", r.bewijs() == null ? null : r.bewijs().methode());
        Map<String, Object> perRegel = new LinkedHashMap<>();
        for (Regel regel : Regel.values()) {
            perRegel.put(regel.id(), r.totaalPerRegel().get(regel));
        }
        s.put("totaal_per_regel", perRegel);
        long hh = r.koppelingen().size();
        long gek = count(r, Status.GEKOPPELD), vast = count(r, Status.VASTGEZET), niet = count(r, Status.NIET_GEPLAATST);
        s.put("huishoudens", ordered("totaal", hh, "gekoppeld", gek, "vastgezet", vast, "niet_geplaatst", niet));
        s.put("personen", ordered("totaal", m.totaal().personen(), "geplaatst", m.totaal().geplaatstePersonen(),
                "niet_geplaatst", m.totaal().nietGeplaatstePersonen()));
        s.put("kwaliteit", kwaliteit(m.totaal()));
        s.put("vulgraad", ordered("min", decimaal(m.vulgraadMin(), 4), "max", decimaal(m.vulgraadMax(), 4),
                "gini", decimaal(m.vulgraadGini(), 4)));
        s.put("harde_schendingen", ordered("huishoudens", m.huishoudensMetHardeSchending(),
                "overvolle_gemeenten", m.overvoldeGemeenten(), "hard_score", r.score().hardScore()));
        List<Map<String, Object>> overvulling = new ArrayList<>();
        for (GemeenteResultaat g : r.gemeenten()) {
            if (g.overvullingDoorVastePersonen() > 0) {
                overvulling.add(ordered("gemeente_code", g.gemeente().code(), "extra_plaatsen_nodig",
                        g.overvullingDoorVastePersonen(), "toelichting", g.gemeente().code() + " heeft "
                                + g.overvullingDoorVastePersonen() + " plaatsen extra nodig voor vastgezette en nareiziger-huishoudens"));
            }
        }
        s.put("overvulling_door_vaste_koppelingen", overvulling);
        List<Map<String, Object>> nietGeplaatst = new ArrayList<>();
        for (Koppeling k : r.nietGeplaatst()) {
            nietGeplaatst.add(ordered("huishouden_id", k.huishoudenId(), "personen", k.personen(), "reden", k.reden()));
        }
        s.put("niet_geplaatst", nietGeplaatst);
        List<Map<String, Object>> groepen = new ArrayList<>();
        for (Groepsverschil g : m.groepen()) {
            Map<String, Object> per = new java.util.TreeMap<>();
            g.perGroep().forEach((k, v) -> per.put(k, kwaliteit(v)));
            g.onderdrukt().forEach((k, v) -> per.put(k, ordered("huishoudens", v)));
            Map<String, Object> gap = new LinkedHashMap<>();
            g.grootsteVerschil().forEach((k, v) -> gap.put(k, decimaal(v, 4)));
            groepen.add(ordered("indeling", g.indeling(), "grootste_verschil", gap, "per_groep", per));
        }
        s.put("groepsverschillen", groepen);
        s.put("rekentijd_s", info.rekentijd() == null ? null : decimaal(info.rekentijd().toMillis() / 1000.0, 3));
        s.put("seed", r.config().seed());
        var b = r.config().beeindiging();
        s.put("beeindiging", ordered("tijdslimiet", b.tijdslimiet() == null ? null : b.tijdslimiet().toString(),
                "onverbeterde_stappen", b.onverbeterdeStappen(), "zettenlimiet", b.zettenlimiet(),
                "reproduceerbaar", b.isReproduceerbaar()));
        s.put("invoer_sha256", info.invoerSha256());
        s.put("waarschuwingen", info.waarschuwingen());
        s.put("configuratie", info.configuratie());
        return s;
    }

    /** The quality metrics as the JSON object of samenvatting.json. */
    public static KwaliteitJson kwaliteit(Kwaliteit k) {
        return KwaliteitJson.van(k);
    }

    private static long count(MatchingResult r, Status s) {
        return r.koppelingen().stream().filter(k -> k.status() == s).count();
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
