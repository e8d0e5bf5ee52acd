package nl.kansrijk.io.input;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import nl.kansrijk.io.InputException;
import nl.kansrijk.model.Arbeidsmarktregio;
import nl.kansrijk.model.Azc;
import nl.kansrijk.model.Gemeente;
import nl.kansrijk.model.Huishouden;
import nl.kansrijk.model.MatchingProblem;
import nl.kansrijk.model.Opleidingsniveau;
import nl.kansrijk.model.Periode;
import nl.kansrijk.model.ProblemValidator;
import nl.kansrijk.model.Taakstelling;
import nl.kansrijk.model.Zorglocatie;

/**
 * Reads an input folder of CSV files, {@code .xlsx} workbooks, or one workbook {@value #WERKBOEK} with a sheet per
 * file (see {@code docs/input-format.md}) into a {@link MatchingProblem}. Checks every
 * file, row and cell, reports every problem at once with file, line, column and value, and then runs
 * {@link ProblemValidator} as a safety net. Stateless and thread-safe: each call reads on its own.
 */
public final class ProblemReader {

    /** The optional configuration file in an input folder. */
    public static final String CONFIG_FILE = "config.json";

    /** The one workbook that may hold every input table, a sheet per file named like it ({@code huishoudens}). */
    public static final String WERKBOEK = "invoer.xlsx";

    static final Pattern GEMEENTE_CODE = Pattern.compile("GM\\d{4}");
    static final Pattern REGIO_CODE = Pattern.compile("AM\\d{2}");
    private static final String GEMEENTE_FORM = "GM gevolgd door vier cijfers (GM0363)";
    private static final String REGIO_FORM = "AM gevolgd door twee cijfers (AM05)";

    static final FileSpec ARBEIDSMARKTREGIOS = FileSpec.reference("arbeidsmarktregios.csv",
            List.of("arbeidsmarktregio_code", "naam"), List.of());
    static final FileSpec SECTORVRAAG = FileSpec.reference("sectorvraag.csv",
            List.of("arbeidsmarktregio_code", "sector", "vraag"), List.of());
    static final FileSpec GEMEENTEN = FileSpec.reference("gemeenten.csv",
            List.of("gemeente_code", "naam", "arbeidsmarktregio_code", "lat", "lon"),
            List.of("inwoners", "aandeel_eenpersoonswoningen"));
    static final FileSpec TAAKSTELLINGEN = FileSpec.reference("taakstellingen.csv",
            List.of("gemeente_code", "periode", "taakstelling", "achterstand", "gerealiseerd"), List.of());
    static final FileSpec AZCS = FileSpec.reference("azcs.csv",
            List.of("azc_code", "naam", "gemeente_code", "lat", "lon"), List.of());
    static final FileSpec ZORGLOCATIES = FileSpec.reference("zorglocaties.csv",
            List.of("zorg_code", "naam", "soort", "lat", "lon"), List.of());
    static final FileSpec HUISHOUDENS = new FileSpec("huishoudens.csv",
            List.of("huishouden_id", "personen", "volwassenen", "kinderen", "azc_code", "vergunningdatum", "regioadvies",
                    "sectoren", "opleidingsniveau", "voorkeur_gemeenten", "familie_gemeente", "zorg_code",
                    "werk_of_opleiding_gemeente", "netwerk_gemeente", "uitgesloten_gemeenten", "nareiziger_van_gemeente",
                    "gekoppeld_gemeente"),
            List.of("nareiziger_aangekondigd"), true, false, InputLimits.MAX_HUISHOUDENS);
    static final FileSpec PERSONEN = new FileSpec("personen.csv",
            List.of("huishouden_id", "persoon", "rol"), List.of("geslacht"), false, false, Integer.MAX_VALUE);
    static final FileSpec KANSEN = new FileSpec("kansen.csv",
            List.of("huishouden_id", "arbeidsmarktregio_code", "kans"), List.of("persoon", "rol"), false, false,
            Integer.MAX_VALUE);

    /** Every file name this reader knows, in reading order (references point to files read earlier). */
    static final List<FileSpec> FILES = List.of(ARBEIDSMARKTREGIOS, SECTORVRAAG, GEMEENTEN, TAAKSTELLINGEN, AZCS,
            ZORGLOCATIES, HUISHOUDENS, PERSONEN, KANSEN, WoningRows.WONINGEN, WoningRows.REGIOPOOLS);

    /** The names of every input table this reader knows (woningen.csv and regiopools.csv included). */
    public static final java.util.Set<String> BESTANDEN = java.util.Set.copyOf(FILES.stream().map(FileSpec::name).toList());

    private ProblemReader() {
    }

    /** SHA-256 (lowercase hex) of a file, for the audit record of a run. */
    public static String sha256(Path file) {
        try {
            return TableFiles.sha256(InputFile.of(file));
        } catch (java.io.IOException e) {
            throw new InputException(file, "kan bestand niet lezen: " + e.getClass().getSimpleName());
        }
    }

    /**
     * Reads the folder. Throws {@link InputException} for a single problem, or {@link InputProblemsException}
     * listing every problem found.
     */
    public static InputFolder read(Path dir, ReadOptions options) {
        return read(InputSource.folder(dir), options);
    }

    /** Reads the tables of a folder or of files in memory (an upload), as {@link #read(Path, ReadOptions)}. */
    public static InputFolder read(InputSource source, ReadOptions options) {
        return new Reading(source, options).run();
    }

    /** Every problem in the folder at once, each naming file, line and column; empty when the folder is fine. */
    public static List<InputException> validate(Path dir, ReadOptions options) {
        try {
            read(dir, options);
            return List.of();
        } catch (InputException e) {
            return InputProblemsException.problemsOf(e);
        }
    }


    /** One read of one folder: all state lives here, so concurrent reads never share anything. */
    private static final class Reading {
        private final InputSource source;
        private final Path dir;
        private final ReadOptions options;
        private final Problems problems = new Problems();
        private final InputTables tables;
        private final Codes regioCodes = new Codes("arbeidsmarktregio", "onbekende arbeidsmarktregio");
        private final Codes gemeenteCodes = new Codes("gemeente", "onbekende gemeente");
        private final Codes azcCodes = new Codes("azc", "onbekend azc");
        private final Codes zorgCodes = new Codes("zorglocatie", "onbekende zorglocatie");
        private final Codes huishoudenIds = new Codes("huishouden", "onbekend huishouden");
        private final Map<String, String> regioNamen = new LinkedHashMap<>();
        private final Map<String, Map<String, Integer>> sectorvraag = new HashMap<>();
        private final List<Gemeente> gemeenten = new ArrayList<>();
        private final List<Taakstelling> taakstellingen = new ArrayList<>();
        private final List<Azc> azcs = new ArrayList<>();
        private final List<Zorglocatie> zorglocaties = new ArrayList<>();
        private final Map<String, Huishouden> huishoudens = new LinkedHashMap<>();
        private final Kansen kansen = new Kansen();
        private final Personen personen = new Personen();
        private final WoningRows woningRows = new WoningRows((row, column) -> gemeenteReference(row, column, true));
        private boolean woningenGegeven;

        Reading(InputSource source, ReadOptions options) {
            this.source = source;
            this.dir = source.dir();
            this.options = options;
            this.tables = new InputTables(source, options, problems);
        }

        InputFolder run() {
            if (!source.exists()) {
                throw new InputException(dir, "invoermap bestaat niet of is geen map");
            }
            try (tables) {
                tables.openWerkboek();
                tables.warnAboutUnknownFiles();
                readTables();
            }
            Optional<InputFile> configFile = source.file(CONFIG_FILE);
            configFile.ifPresent(tables::hashConfig);
            if (problems.hasErrors()) {
                throw InputProblemsException.of(problems.errors());
            }
            MatchingProblem problem = problem();
            List<String> safetyNet = ProblemValidator.validate(problem);
            if (!safetyNet.isEmpty()) {
                throw InputProblemsException.of(safetyNet.stream()
                        .map(m -> new InputException(null, 0, null, null, m)).toList());
            }
            warnAboutGemeentenWithoutTaakstelling(problem);
            return new InputFolder(dir, problem, problems.warnings(), tables.sha256(), configFile, tables.allExcel(),
                    woningenGegeven ? Optional.of(woningRows.aanbod()) : Optional.empty());
        }

        private void readTables() {
            regioCodes.complete = tables.read(ARBEIDSMARKTREGIOS, true, this::regio);
            tables.read(SECTORVRAAG, true, this::sectorvraag);
            gemeenteCodes.complete = tables.readAtLeastOneRow(GEMEENTEN, this::gemeente, "geen enkele gemeente");
            tables.readAtLeastOneRow(TAAKSTELLINGEN, new TaakstellingRows()::accept,
                    "geen enkele taakstelling, dus ook geen periode");
            azcCodes.complete = tables.read(AZCS, true, this::azc);
            zorgCodes.complete = tables.read(ZORGLOCATIES, true, this::zorglocatie);
            huishoudenIds.complete = tables.read(HUISHOUDENS, true, this::huishouden);
            tables.read(PERSONEN, false, this::persoon);
            tables.read(KANSEN, false, this::kans);
            woningenGegeven = woningRows.read(tables, problems, dir);
        }


        private void regio(TableRow row) {
            String code = row.code("arbeidsmarktregio_code", true, REGIO_CODE, REGIO_FORM);
            String naam = row.required("naam");
            if (regioCodes.define(row, "arbeidsmarktregio_code", code) && row.ok()) {
                regioNamen.put(code, naam);
            }
        }

        private void sectorvraag(TableRow row) {
            String code = regioReference(row, "arbeidsmarktregio_code", true);
            String sector = row.lowerCase("sector", true);
            Integer vraag = row.integer("vraag", true, 0, 100);
            if (code == null || sector == null) {
                return;
            }
            Map<String, Integer> perSector = sectorvraag.computeIfAbsent(code, c -> new HashMap<>());
            if (perSector.containsKey(sector)) {
                row.error("sector", sector, "sector komt al voor voor deze arbeidsmarktregio");
            } else if (row.ok()) {
                perSector.put(sector, vraag);
            }
        }

        private void gemeente(TableRow row) {
            String code = row.code("gemeente_code", true, GEMEENTE_CODE, GEMEENTE_FORM);
            String naam = row.required("naam");
            String regio = regioReference(row, "arbeidsmarktregio_code", true);
            Double lat = row.latitude();
            Double lon = row.longitude();
            Integer inwoners = row.integer("inwoners", false, 0, Integer.MAX_VALUE);
            Integer aandeel = row.integer("aandeel_eenpersoonswoningen", false, 0, 100);
            if (gemeenteCodes.define(row, "gemeente_code", code) && row.ok()) {
                gemeenten.add(new Gemeente(code, naam, regio, lat, lon, inwoners, aandeel));
            }
        }

        /** Reads taakstellingen, all of one period. */
        private final class TaakstellingRows {
            private final Map<String, Long> seen = new HashMap<>();
            private String periode;

            void accept(TableRow row) {
                String code = gemeenteReference(row, "gemeente_code", true);
                String p = row.code("periode", true, Periode.PATROON, Periode.VORM + " (2026-H1)");
                Integer taak = row.integer("taakstelling", true, 0, Integer.MAX_VALUE);
                Integer achterstand = row.integer("achterstand", false, Integer.MIN_VALUE + 1, Integer.MAX_VALUE - 1);
                Integer gerealiseerd = row.integer("gerealiseerd", false, 0, Integer.MAX_VALUE);
                if (p != null) {
                    if (periode == null) {
                        periode = p;
                    } else if (!periode.equals(p)) {
                        row.error("periode", p, "alle taakstellingen moeten over één periode gaan; eerder stond er " + periode);
                    }
                }
                if (code != null && p != null) {
                    Long first = seen.putIfAbsent(code + "/" + p, row.line());
                    if (first != null) {
                        row.error("gemeente_code", code, "taakstelling voor deze gemeente en periode komt al voor op regel " + first);
                    }
                }
                if (row.ok()) {
                    taakstellingen.add(new Taakstelling(code, p, taak, achterstand == null ? 0 : achterstand,
                            gerealiseerd == null ? 0 : gerealiseerd));
                }
            }
        }

        private void azc(TableRow row) {
            String code = row.required("azc_code");
            String naam = row.required("naam");
            String gemeente = gemeenteReference(row, "gemeente_code", true);
            Double lat = row.latitude();
            Double lon = row.longitude();
            if (azcCodes.define(row, "azc_code", code) && row.ok()) {
                azcs.add(new Azc(code, naam, gemeente, lat, lon));
            }
        }

        private void zorglocatie(TableRow row) {
            String code = row.required("zorg_code");
            String naam = row.required("naam");
            String soort = row.text("soort");
            Double lat = row.latitude();
            Double lon = row.longitude();
            if (zorgCodes.define(row, "zorg_code", code) && row.ok()) {
                zorglocaties.add(new Zorglocatie(code, naam, soort, lat, lon));
            }
        }

        private void huishouden(TableRow row) {
            String id = row.required("huishouden_id");
            Integer personen = row.integer("personen", true, 1, Integer.MAX_VALUE);
            Integer volwassenen = row.integer("volwassenen", true, 0, Integer.MAX_VALUE);
            Integer kinderen = row.integer("kinderen", true, 0, Integer.MAX_VALUE);
            if (personen != null && volwassenen != null && kinderen != null
                    && (long) volwassenen + kinderen != personen) {
                row.error("personen", null, "volwassenen + kinderen is niet gelijk aan personen");
            }
            String azc = row.text("azc_code");
            azcCodes.reference(row, "azc_code", azc);
            LocalDate datum = row.date("vergunningdatum");
            List<String> advies = row.list("regioadvies");
            for (String r : advies) {
                checkRegio(row, "regioadvies", r);
            }
            if (advies.size() > 3) {
                row.error("regioadvies", null, "noemt " + advies.size() + " regio's; hoogstens 3 toegestaan");
            } else if (Set.copyOf(advies).size() != advies.size()) {
                row.error("regioadvies", null, "noemt een arbeidsmarktregio twee keer");
            }
            List<String> sectoren = row.list("sectoren").stream().map(s -> s.toLowerCase(java.util.Locale.ROOT)).toList();
            Opleidingsniveau niveau = opleidingsniveau(row);
            List<String> voorkeur = gemeenteList(row, "voorkeur_gemeenten");
            String familie = gemeenteReference(row, "familie_gemeente", false);
            String zorg = row.text("zorg_code");
            zorgCodes.reference(row, "zorg_code", zorg);
            String werk = gemeenteReference(row, "werk_of_opleiding_gemeente", false);
            String netwerk = gemeenteReference(row, "netwerk_gemeente", false);
            List<String> uitgesloten = gemeenteList(row, "uitgesloten_gemeenten");
            String nareiziger = gemeenteReference(row, "nareiziger_van_gemeente", false);
            String gekoppeld = gemeenteReference(row, "gekoppeld_gemeente", false);
            LocalDate aangekondigd = row.date("nareiziger_aangekondigd");
            if (aangekondigd != null && nareiziger == null && row.ok()) {
                row.error("nareiziger_aangekondigd", null, "alleen toegestaan bij een nareiziger (nareiziger_van_gemeente is leeg)");
            } else if (aangekondigd != null && datum != null && aangekondigd.isAfter(datum)) {
                row.error("nareiziger_aangekondigd", null, "ligt na de vergunningdatum " + datum);
            }
            if (!huishoudenIds.define(row, "huishouden_id", id) || !row.ok()) {
                return;
            }
            Huishouden.Builder b = Huishouden.builder(id, volwassenen, kinderen).personen(personen).azcCode(azc)
                    .vergunningdatum(datum).regioadvies(advies).sectoren(sectoren).opleidingsniveau(niveau)
                    .voorkeurGemeenten(voorkeur).familieGemeente(familie).zorgCode(zorg).werkOfOpleidingGemeente(werk)
                    .netwerkGemeente(netwerk).uitgeslotenGemeenten(uitgesloten).nareizigerVanGemeente(nareiziger)
                    .nareizigerAangekondigd(aangekondigd).gekoppeldGemeente(gekoppeld);
            row.extras().forEach(b::kenmerk);
            huishoudens.put(id, b.build());
        }

        private Opleidingsniveau opleidingsniveau(TableRow row) {
            String v = row.text("opleidingsniveau");
            if (v == null) {
                return Opleidingsniveau.ONBEKEND;
            }
            try {
                return Opleidingsniveau.parse(v);
            } catch (IllegalArgumentException e) {
                row.error("opleidingsniveau", null, "moet laag, midden, hoog of onbekend zijn");
                return null;
            }
        }

        private void kans(TableRow row) {
            String id = row.required("huishouden_id");
            huishoudenIds.reference(row, "huishouden_id", id);
            String regio = regioReference(row, "arbeidsmarktregio_code", true);
            Double kans = row.decimal("kans", true, 0, 1);
            Huishouden h = id == null ? null : huishoudens.get(id);
            kansen.rij(row, id, regio, kans, h == null ? null : h.personen(), personen);
        }

        private void persoon(TableRow row) {
            String id = row.required("huishouden_id");
            huishoudenIds.reference(row, "huishouden_id", id);
            personen.rij(row, id, id == null ? null : huishoudens.get(id));
        }

        private String regioReference(TableRow row, String column, boolean required) {
            String code = row.code(column, required, REGIO_CODE, REGIO_FORM);
            regioCodes.reference(row, column, code);
            return code;
        }

        private void checkRegio(TableRow row, String column, String code) {
            if (!REGIO_CODE.matcher(code).matches()) {
                row.error(column, code, "noemt een code die niet de vorm " + REGIO_FORM + " heeft");
            } else {
                regioCodes.reference(row, column, code);
            }
        }

        private String gemeenteReference(TableRow row, String column, boolean required) {
            String code = row.code(column, required, GEMEENTE_CODE, GEMEENTE_FORM);
            gemeenteCodes.reference(row, column, code);
            return code;
        }

        private List<String> gemeenteList(TableRow row, String column) {
            List<String> codes = row.list(column);
            for (String code : codes) {
                if (!GEMEENTE_CODE.matcher(code).matches()) {
                    row.error(column, code, "noemt een code die niet de vorm " + GEMEENTE_FORM + " heeft");
                } else {
                    gemeenteCodes.reference(row, column, code);
                }
            }
            return codes;
        }

        private MatchingProblem problem() {
            List<Arbeidsmarktregio> regios = new ArrayList<>();
            regioNamen.forEach((code, naam) -> regios.add(new Arbeidsmarktregio(code, naam, sectorvraag.get(code))));
            List<Huishouden> list = new ArrayList<>(huishoudens.size());
            for (Huishouden h : huishoudens.values()) {
                Map<String, Double> k = kansen.van(h.id());
                List<nl.kansrijk.model.Persoon> leden = personen.van(h.id(), kansen.perPersoon(h.id()));
                if ((k == null || k.isEmpty()) && leden.isEmpty()) {
                    list.add(h);
                    continue;
                }
                Huishouden.Builder b = h.toBuilder().leden(leden);
                list.add(k == null || k.isEmpty() ? b.build() : b.uitkomstkans(k).build());
            }
            return new MatchingProblem(null, gemeenten, regios, taakstellingen, azcs, zorglocaties, list);
        }

        private void warnAboutGemeentenWithoutTaakstelling(MatchingProblem problem) {
            Set<String> met = new TreeSet<>();
            taakstellingen.forEach(t -> met.add(t.gemeenteCode()));
            List<String> zonder = gemeenten.stream().map(Gemeente::code).filter(c -> !met.contains(c)).toList();
            if (!zonder.isEmpty()) {
                problems.warning(dir.resolve(TAAKSTELLINGEN.name()), zonder.size() + " gemeenten zonder taakstelling voor "
                        + problem.effectievePeriode() + " (capaciteit 0): " + String.join(", ", zonder));
            }
        }
    }
}
