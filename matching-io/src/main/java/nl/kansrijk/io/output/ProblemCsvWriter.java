package nl.kansrijk.io.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import nl.kansrijk.io.InputException;
import nl.kansrijk.model.Arbeidsmarktregio;
import nl.kansrijk.model.Azc;
import nl.kansrijk.model.Gemeente;
import nl.kansrijk.model.Huishouden;
import nl.kansrijk.model.MatchingProblem;
import nl.kansrijk.model.Taakstelling;
import nl.kansrijk.model.Woning;
import nl.kansrijk.model.Zorglocatie;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a {@link MatchingProblem} as an input folder in the documented CSV format (docs/input-format.md):
 * one file per table, comma-delimited, UTF-8 without BOM, a header row, {@code |} between the values of a
 * multi-valued cell, decimals with a point; {@code kansen.csv} only when a household has an uitkomstkans, and
 * every household {@code kenmerk} as an extra column of {@code huishoudens.csv}. Written atomically through
 * {@link AtomicFolder}: an existing folder is replaced whole or not at all, and only when it holds nothing but
 * files this writer writes (so a mistyped {@code --out} never wipes unrelated files).
 */
public final class ProblemCsvWriter {

    public static final String GEMEENTEN = "gemeenten.csv";
    public static final String REGIOS = "arbeidsmarktregios.csv";
    public static final String SECTORVRAAG = "sectorvraag.csv";
    public static final String TAAKSTELLINGEN = "taakstellingen.csv";
    public static final String AZCS = "azcs.csv";
    public static final String ZORGLOCATIES = "zorglocaties.csv";
    public static final String HUISHOUDENS = "huishoudens.csv";
    public static final String KANSEN = "kansen.csv";
    public static final String WONINGEN = "woningen.csv";
    public static final String PERSONEN = "personen.csv";

    /** Every file name this writer may write. */
    public static final Set<String> BESTANDEN = Set.of(GEMEENTEN, REGIOS, SECTORVRAAG, TAAKSTELLINGEN, AZCS,
            ZORGLOCATIES, HUISHOUDENS, KANSEN, PERSONEN, WONINGEN);

    /** The fixed columns of huishoudens.csv, in order; kenmerken follow. */
    public static final List<String> HUISHOUDEN_KOLOMMEN = List.of("huishouden_id", "personen", "volwassenen",
            "kinderen", "azc_code", "vergunningdatum", "regioadvies", "sectoren", "opleidingsniveau",
            "voorkeur_gemeenten", "familie_gemeente", "zorg_code", "werk_of_opleiding_gemeente", "netwerk_gemeente",
            "uitgesloten_gemeenten", "nareiziger_van_gemeente", "gekoppeld_gemeente");

    /** The optional column of huishoudens.csv with a nareiziger's announcement date, written when any has one. */
    public static final String AANGEKONDIGD = "nareiziger_aangekondigd";

    /** Separates the values of a multi-valued cell. */
    public static final String MEERWAARDE = "|";

    private ProblemCsvWriter() {
    }

    /**
     * Writes the problem into {@code dir}, replacing it whole when it exists.
     *
     * @throws InputException when {@code dir} exists and holds something other than this writer's files
     */
    public static void write(MatchingProblem problem, Path dir) {
        write(problem, List.of(), dir);
    }

    /**
     * Writes the problem and, when {@code woningen} is not empty, {@value #WONINGEN} into {@code dir}, replacing it
     * whole when it exists.
     *
     * @throws InputException when {@code dir} exists and holds something other than this writer's files
     */
    public static void write(MatchingProblem problem, List<Woning> woningen, Path dir) {
        requireReplaceable(dir);
        List<String> kenmerken = kenmerkKolommen(problem.huishoudens());
        AtomicFolder.write(dir, tmp -> {
            OutputFiles files = OutputFiles.folder(tmp);
            write(problem, kenmerken, files);
            if (!woningen.isEmpty()) {
                writeWoningen(woningen, files.open(WONINGEN));
            }
        });
    }

    private static void writeWoningen(List<Woning> woningen, OutputStream file) throws IOException {
        try (CSVPrinter csv = printer(file, "woning_id", "gemeente_code", "beschikbaar_vanaf", "min_personen",
                "max_personen", "toegankelijk", "soort", "slaapkamers", "huur")) {
            for (Woning w : woningen) {
                csv.printRecord(FormulaGuard.rij(w.id(), w.gemeenteCode(), w.beschikbaarVanaf().toString(),
                        "" + w.minPersonen(), "" + w.maxPersonen(),
                        w.toegankelijk() == null ? "" : w.toegankelijk() ? "ja" : "nee",
                        w.soort() == null ? "" : w.soort().code(), leeg(w.slaapkamers()),
                        w.huur() == null ? "" : BigDecimal.valueOf(w.huur()).setScale(2, java.math.RoundingMode.HALF_UP)
                                .toPlainString()));
            }
        }
    }

    /** Writes the problem's files into {@code files} (each stream is closed when written). */
    public static void write(MatchingProblem problem, OutputFiles files) throws IOException {
        write(problem, kenmerkKolommen(problem.huishoudens()), files);
    }

    private static void write(MatchingProblem problem, List<String> kenmerken, OutputFiles files) throws IOException {
        writeGemeenten(problem, files.open(GEMEENTEN));
        writeRegios(problem, files.open(REGIOS), files.open(SECTORVRAAG));
        writeTaakstellingen(problem, files.open(TAAKSTELLINGEN));
        writeAzcs(problem, files.open(AZCS));
        writeZorglocaties(problem, files.open(ZORGLOCATIES));
        writeHuishoudens(problem, kenmerken, files.open(HUISHOUDENS));
        if (problem.huishoudens().stream().anyMatch(h -> !h.uitkomstkans().isEmpty())) {
            writeKansen(problem, files.open(KANSEN));
        }
        if (problem.huishoudens().stream().anyMatch(h -> !h.leden().isEmpty())) {
            writePersonen(problem, files.open(PERSONEN));
        }
    }

    private static void requireReplaceable(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        if (!Files.isDirectory(dir)) {
            throw new InputException(dir, "bestaat al en is geen map");
        }
        try (Stream<Path> s = Files.list(dir)) {
            List<String> vreemd = s.filter(p -> !Files.isRegularFile(p) || !BESTANDEN.contains(p.getFileName().toString()))
                    .map(p -> p.getFileName().toString()).sorted().toList();
            if (!vreemd.isEmpty()) {
                throw new InputException(dir, "map bestaat al en bevat andere bestanden (" + String.join(", ", vreemd)
                        + "); kies een nieuwe of lege map");
            }
        } catch (IOException e) {
            throw new InputException(dir, "map kan niet gelezen worden: " + e.getMessage());
        }
    }

    /** The kenmerk names over all households, in order of first appearance. */
    static List<String> kenmerkKolommen(List<Huishouden> huishoudens) {
        Set<String> namen = new LinkedHashSet<>();
        huishoudens.forEach(h -> namen.addAll(h.kenmerken().keySet()));
        for (String n : namen) {
            if (HUISHOUDEN_KOLOMMEN.contains(n)) {
                throw new IllegalArgumentException("kenmerk '" + n + "' heeft dezelfde naam als een vaste kolom");
            }
        }
        return List.copyOf(namen);
    }

    private static void writeGemeenten(MatchingProblem p, OutputStream file) throws IOException {
        try (CSVPrinter csv = printer(file, "gemeente_code", "naam", "arbeidsmarktregio_code", "lat", "lon", "inwoners",
                "aandeel_eenpersoonswoningen")) {
            for (Gemeente g : p.gemeenten()) {
                csv.printRecord(FormulaGuard.rij(g.code(), g.naam(), g.arbeidsmarktregioCode(), decimal(g.lat()),
                        decimal(g.lon()), leeg(g.inwoners()), leeg(g.aandeelEenpersoonswoningen())));
            }
        }
    }

    private static void writeRegios(MatchingProblem p, OutputStream regios, OutputStream vraag) throws IOException {
        try (CSVPrinter r = printer(regios, "arbeidsmarktregio_code", "naam");
                CSVPrinter v = printer(vraag, "arbeidsmarktregio_code", "sector", "vraag")) {
            for (Arbeidsmarktregio a : p.arbeidsmarktregios()) {
                r.printRecord(FormulaGuard.rij(a.code(), a.naam()));
                for (Map.Entry<String, Integer> e : a.sectorvraag().entrySet()) {
                    v.printRecord(FormulaGuard.rij(a.code(), e.getKey(), e.getValue()));
                }
            }
        }
    }

    private static void writeTaakstellingen(MatchingProblem p, OutputStream file) throws IOException {
        try (CSVPrinter csv = printer(file, "gemeente_code", "periode", "taakstelling", "achterstand", "gerealiseerd")) {
            for (Taakstelling t : p.taakstellingen()) {
                csv.printRecord(FormulaGuard.rij(t.gemeenteCode(), t.periode(), t.taakstelling(), t.achterstand(), t.gerealiseerd()));
            }
        }
    }

    private static void writeAzcs(MatchingProblem p, OutputStream file) throws IOException {
        try (CSVPrinter csv = printer(file, "azc_code", "naam", "gemeente_code", "lat", "lon")) {
            for (Azc a : p.azcs()) {
                csv.printRecord(FormulaGuard.rij(a.code(), a.naam(), leeg(a.gemeenteCode()), decimal(a.lat()), decimal(a.lon())));
            }
        }
    }

    private static void writeZorglocaties(MatchingProblem p, OutputStream file) throws IOException {
        try (CSVPrinter csv = printer(file, "zorg_code", "naam", "soort", "lat", "lon")) {
            for (Zorglocatie z : p.zorglocaties()) {
                csv.printRecord(FormulaGuard.rij(z.code(), z.naam(), leeg(z.soort()), decimal(z.lat()), decimal(z.lon())));
            }
        }
    }

    private static void writeHuishoudens(MatchingProblem p, List<String> kenmerken, OutputStream file) throws IOException {
        List<String> header = new ArrayList<>(HUISHOUDEN_KOLOMMEN);
        boolean aankondiging = p.huishoudens().stream().anyMatch(h -> h.nareizigerAangekondigd() != null);
        if (aankondiging) {
            header.add(AANGEKONDIGD);
        }
        header.addAll(kenmerken);
        try (CSVPrinter csv = printer(file, header.toArray(String[]::new))) {
            for (Huishouden h : p.huishoudens()) {
                List<Object> rij = new ArrayList<>(header.size());
                rij.addAll(List.of(h.id(), h.personen(), h.volwassenen(), h.kinderen(), leeg(h.azcCode()),
                        leeg(h.vergunningdatum()), meer(h.regioadvies()), meer(h.sectoren()),
                        h.opleidingsniveau().code(), meer(h.voorkeurGemeenten()), leeg(h.familieGemeente()),
                        leeg(h.zorgCode()), leeg(h.werkOfOpleidingGemeente()), leeg(h.netwerkGemeente()),
                        meer(h.uitgeslotenGemeenten()), leeg(h.nareizigerVanGemeente()), leeg(h.gekoppeldGemeente())));
                if (aankondiging) {
                    rij.add(leeg(h.nareizigerAangekondigd()));
                }
                for (String k : kenmerken) {
                    rij.add(h.kenmerken().getOrDefault(k, ""));
                }
                csv.printRecord(FormulaGuard.rij(rij));
            }
        }
    }

    private static void writeKansen(MatchingProblem p, OutputStream file) throws IOException {
        try (CSVPrinter csv = printer(file, "huishouden_id", "arbeidsmarktregio_code", "kans")) {
            for (Huishouden h : p.huishoudens()) {
                for (Map.Entry<String, Double> e : h.uitkomstkans().entrySet()) {
                    csv.printRecord(FormulaGuard.rij(h.id(), e.getKey(), decimal(e.getValue())));
                }
            }
        }
    }

    /** personen.csv: every listed member, with role and sex (their own probabilities are not written: kansen.csv has the household's). */
    private static void writePersonen(MatchingProblem p, OutputStream file) throws IOException {
        try (CSVPrinter csv = printer(file, "huishouden_id", "persoon", "rol", "geslacht")) {
            for (Huishouden h : p.huishoudens()) {
                for (nl.kansrijk.model.Persoon a : h.leden()) {
                    csv.printRecord(FormulaGuard.rij(h.id(), a.label(), a.volwassene() ? "volwassene" : "kind",
                            a.geslacht() == null ? "" : a.geslacht()));
                }
            }
        }
    }

    private static CSVPrinter printer(OutputStream file, String... header) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(file, StandardCharsets.UTF_8.newEncoder()));
        CSVPrinter csv = new CSVPrinter(w, ResultWriter.FORMAT);
        csv.printRecord((Object[]) header);
        return csv;
    }

    /** A decimal with a point and no exponent, as short as it can be written exactly ({@code 52.36511}). */
    static String decimal(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    private static String meer(List<String> values) {
        return String.join(MEERWAARDE, values);
    }

    private static String leeg(Object v) {
        return v == null ? "" : v.toString();
    }
}
