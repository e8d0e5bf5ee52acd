package nl.kansrijk.service;

import static nl.kansrijk.io.output.ResultWriter.ordered;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import nl.kansrijk.explain.Advies;
import nl.kansrijk.explain.Adviseur;
import nl.kansrijk.explain.Evaluatie;
import nl.kansrijk.explain.Overweging;
import nl.kansrijk.explain.Toelichting;
import nl.kansrijk.explain.Uitleg;
import nl.kansrijk.io.InputException;
import nl.kansrijk.io.input.InputFile;
import nl.kansrijk.io.input.InputProblemsException;
import nl.kansrijk.io.input.KoppelingenReader;
import nl.kansrijk.io.input.Koppelingenlijst;
import nl.kansrijk.io.input.ReadOptions;
import nl.kansrijk.io.json.AdviesJson;
import nl.kansrijk.io.json.KwaliteitJson;
import nl.kansrijk.io.json.OvertredingJson;
import nl.kansrijk.io.json.OverwegingJson;
import nl.kansrijk.io.json.RegelMap;
import nl.kansrijk.io.json.ScoreJson;
import nl.kansrijk.io.json.BriefJson;
import nl.kansrijk.io.json.UitlegJson;
import nl.kansrijk.io.output.CsvStijl;
import nl.kansrijk.io.output.FormulaGuard;
import nl.kansrijk.io.output.ResultWriter;
import nl.kansrijk.metrics.Metrics;
import nl.kansrijk.model.Huishouden;
import nl.kansrijk.service.opslag.Beslissing;
import nl.kansrijk.service.opslag.Opslag;
import nl.kansrijk.service.opslag.Beslisregister;
import nl.kansrijk.solve.MatchingEngine;
import nl.kansrijk.solve.MatchingResult;
import org.apache.commons.csv.CSVPrinter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The werkbank: the period, the plan of koppelingen so far, advice and decisions, backed by the database so that
 * every decision survives a restart. Reads are lock-free against an immutable {@link Stand}; decisions are
 * serialised and checked against the plan version in the database (optimistic locking). Thread-safe.
 */
public final class Werkbank {

    /** Longest reason accepted. */
    public static final int MAX_REDEN = 2_000;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Opslag opslag;
    private final ReadOptions leesopties;
    private final Clock klok;
    private final MatchingEngine engine = new MatchingEngine();
    private final Oplostaken taken;
    private final Object schrijfslot = new Object();
    private final Beslisregister register;
    private final Beslissen beslissen;
    private final Audit audit;
    private final Dagvoorstellen dagvoorstellen;
    private String startmelding;
    private volatile Stand stand;

    /**
     * Opens the werkbank on the database: the stored period when there is one (a restart), else the folder
     * {@code dir}, which is then stored.
     */
    public Werkbank(Opslag opslag, Path dir, ReadOptions leesopties, Clock klok) {
        this(opslag, dir, leesopties, klok, Invoerkeuze.WEIGER);
    }

    /**
     * As above; when DIR holds other input files than the stored period, {@code keuze} says which to use
     * ({@link Invoerkeuze#WEIGER}: refuse with a message naming the files that differ).
     */
    public Werkbank(Opslag opslag, Path dir, ReadOptions leesopties, Clock klok, Invoerkeuze keuze) {
        this.opslag = opslag;
        this.leesopties = leesopties;
        this.klok = klok;
        this.taken = new Oplostaken(engine);
        this.register = new Beslisregister(opslag);
        this.beslissen = new Beslissen(this, register);
        this.audit = new Audit(opslag);
        this.dagvoorstellen = new Dagvoorstellen(this, beslissen, register);
        var opgeslagen = opslag.lees();
        if (opgeslagen.isPresent()) {
            Map<String, byte[]> inMap = Invoerkeuze.bestandenIn(dir);
            List<String> anders = inMap.isEmpty() ? List.of() : Invoerkeuze.verschil(opgeslagen.get().bestanden(), inMap);
            if (!anders.isEmpty() && keuze == Invoerkeuze.WEIGER) {
                throw new IllegalArgumentException(audit.andereInvoer(opgeslagen.get().periode(), anders));
            }
            Periode p = Periode.uitBestanden(opgeslagen.get().bestanden(), leesopties);
            this.stand = new Stand(p, opgeslagen.get().versie(), opgeslagen.get().koppelingen());
            if (!anders.isEmpty() && keuze == Invoerkeuze.MAP) {
                vervang(Periode.uitBestanden(inMap, leesopties), Audit.OPSTART, "map");
                startmelding = "de invoermap verschilde van de database (anders: " + String.join(", ", anders)
                        + ") en is geladen als nieuwe invoerversie (--input-from dir)";
            } else if (!anders.isEmpty()) {
                startmelding = "de invoermap verschilt van de database (anders: " + String.join(", ", anders)
                        + "); de periode uit de database wordt gebruikt (--input-from database)";
            } else if (inMap.isEmpty()) {
                startmelding = "de invoermap heeft geen invoerbestanden; de periode komt uit de database";
            }
        } else {
            vervang(Periode.uitMap(dir, leesopties), Audit.OPSTART, "map");
        }
    }

    /** What the start decided about DIR against the database's period, to print at start; null when they agree. */
    public String startmelding() {
        return startmelding;
    }

    /** The audit trail: input versions, events and the hash chain. */
    public Audit audit() {
        return audit;
    }

    // ---- the period ----------------------------------------------------------------------------------------

    /** Replaces the period with files uploaded by {@code gebruiker} (name to content); returns its summary. */
    public PeriodeJson laad(Map<String, byte[]> bestanden, String gebruiker) {
        vervang(Periode.uitBestanden(bestanden, leesopties), gebruiker, "upload");
        return periode();
    }

    /** Re-reads the period from a folder at {@code gebruiker}'s request; returns its summary. */
    public PeriodeJson laad(Path dir, String gebruiker) {
        vervang(Periode.uitMap(dir, leesopties), gebruiker, "map");
        return periode();
    }

    private void vervang(Periode p, String gebruiker, String bron) {
        synchronized (schrijfslot) {
            Set<String> ids = p.problem().huishoudens().stream().filter(h -> !h.isGekoppeld()).map(Huishouden::id)
                    .collect(Collectors.toSet());
            long versie = opslag.vervangPeriode(p.context().periode(), p.bestanden(), p.sha256(), ids, gebruiker, bron);
            stand = new Stand(p, versie, opslag.koppelingen());
        }
    }

    /** What is loaded: period, counts, plan version, file hashes and warnings. */
    public PeriodeJson periode() {
        return Overzicht.periode(stand, vandaag());
    }

    // ---- households and gemeenten --------------------------------------------------------------------------

    /** Every household with {@code status} (all when null), waiting ones first by days left, then the linked ones. */
    public List<HuishoudenJson> huishoudens(String status) {
        return Overzicht.huishoudens(stand, vandaag(), status);
    }

    /** The whole household: composition, wishes, needs, profile, the term and its koppeling with who decided it. */
    public HuishoudenDetailJson huishouden(String huishoudenId) {
        Stand s = stand;
        Huishouden h = huishouden(s, huishoudenId);
        return HuishoudenDetailJson.van(s, h, vandaag(), register.laatsteVan(h.id()).orElse(null),
                Woonoverzicht.woning(s, engine, h));
    }

    /** The worklist: the households that answer the question, one page of them, and how many match. */
    public Werklijst.Pagina werklijst(Werklijst.Vraag v) {
        Stand s = stand;
        Map<String, String> regio = new java.util.HashMap<>();
        s.periode.context().bestemmingen().forEach(b -> regio.put(b.code(), b.arbeidsmarktregio().code()));
        return Werklijst.pagina(Overzicht.huishoudens(s, vandaag(), null), regio, v);
    }

    /** Per gemeente: the taakstelling, how many persons are linked now and the places still open. */
    public List<GemeenteJson> gemeenten() {
        return Overzicht.gemeenten(stand);
    }

    // ---- dwellings and exchanges ---------------------------------------------------------------------------

    /** Per gemeente ({@code gemeente}: only that one) per month the koppelingen against the dwellings coming free. */
    public Woonoverzicht.WoningenJson woningen(String gemeente) {
        Stand s = stand;
        if (gemeente != null) {
            gemeente(s, gemeente, "gemeente");
        }
        return Woonoverzicht.woningen(s, engine, gemeente);
    }

    /** The exchange proposals of the regional pools for the current koppelingen. */
    public Woonoverzicht.RuilvoorstellenJson ruilvoorstellen() {
        return Woonoverzicht.ruilvoorstellen(stand, engine);
    }

    /**
     * Accepts an exchange proposal seen on plan version {@code planVersie} (see {@link Beslissen#ruil}): each household
     * moved is a decision of {@code gebruiker}, all or none; 409 when a household moved or a gemeente's room changed
     * since, or the proposal is no longer made.
     */
    public Woonoverzicht.RuilAanvaardJson aanvaardRuil(String gebruiker, long planVersie, String gemeenteA,
            String gemeenteB, List<String> naarB, List<String> naarA, String sleutel) {
        return beslissen.ruil(gebruiker, planVersie, gemeenteA, gemeenteB, naarB, naarA, sleutel, engine);
    }

    // ---- advice and decisions ------------------------------------------------------------------------------

    /** The top {@code top} gemeenten for a household with the Dutch reasons, as {@code kansrijk advise --json}. */
    public OpPlan.Advies advies(String huishoudenId, int top) {
        if (top < 1 || top > 500) {
            throw new Fout(400, "top", "top moet tussen 1 en 500 liggen, is " + top);
        }
        Stand s = stand;
        return advies(s, huishouden(s, huishoudenId), top);
    }

    static OpPlan.Advies advies(Stand s, Huishouden h, int top) {
        Adviseur a = s.adviseur();
        Advies advies = a.advies(h, top);
        long inPlan = s.inPlan() - (a.huidig(h.id()) != null ? 1 : 0);
        return new OpPlan.Advies(AdviesJson.van(advies, inPlan), s.versie,
                a.huidig(h.id()) == null ? null : a.huidig(h.id()).code());
    }

    /** What-if: the cost per rule of a gemeente against the advice, or the hard rule that refuses it. */
    public OpPlan.Overweging overweeg(String huishoudenId, String gemeenteCode) {
        Stand s = stand;
        Huishouden h = huishouden(s, huishoudenId);
        gemeente(s, gemeenteCode, "gemeente");
        return new OpPlan.Overweging(OverwegingJson.van(s.adviseur().overweeg(h, gemeenteCode)), s.versie);
    }

    /**
     * Records the regievoerder's koppeling (see {@link Beslissen}): a reason is required when the gemeente is not the
     * first advice (now, or as the regievoerder saw it: {@code gezienAdvies}) or when a linked household is moved (which also needs {@code verplaatsen}); a gemeente a hard rule
     * forbids is refused; the decision loses (409 naming who decided what, with fresh advice) only when its household
     * or the room in its gemeente changed since plan version {@code planVersie}; a repeated idempotency key answers
     * with the first decision.
     */
    public BeslissingJson.Genomen beslis(String gebruiker, String huishoudenId, String gemeenteCode, String reden,
            long planVersie, boolean verplaatsen, String sleutel, String gezienAdvies) {
        return beslissen.beslis(gebruiker, huishoudenId, gemeenteCode, reden, planVersie, verplaatsen, sleutel,
                gezienAdvies);
    }

    /** Why a household is where the plan has it, and its best alternative, as {@code kansrijk explain --json}. */
    public OpPlan.Uitleg uitleg(String huishoudenId) {
        Stand s = stand;
        Huishouden h = huishouden(s, huishoudenId);
        Uitleg u = Uitleg.legUit(s.periode.context(), s.resultaat(engine), h.id());
        return new OpPlan.Uitleg(UitlegJson.van(u), opslag.redenen().get(h.id()), s.versie);
    }

    /** The letter to the household about its koppeling (Dutch and English), as {@code kansrijk explain --brief}. */
    public OpPlan.Brief brief(String huishoudenId) {
        Stand s = stand;
        Huishouden h = huishouden(s, huishoudenId);
        nl.kansrijk.explain.Brief b = nl.kansrijk.explain.Brief.voor(s.periode.context(), s.resultaat(engine), h.id(),
                opslag.redenen().get(h.id()));
        return new OpPlan.Brief(BriefJson.van(b, "beide"), s.versie);
    }

    // ---- the day's proposal ----------------------------------------------------------------------------------

    /** Today's proposal of the default online policy (made once a day; {@code vernieuwen}: made again now). */
    public Dagvoorstellen.Antwoord dagvoorstel(boolean vernieuwen) {
        return dagvoorstellen.voorstel(vernieuwen);
    }

    /** Accepts the day's proposal (made on {@code planVersie}) for these households, each a decision of {@code gebruiker}. */
    public List<Dagvoorstellen.Aanvaard> aanvaardDagvoorstel(String gebruiker, long planVersie, List<String> huishoudens,
            String sleutel) {
        return dagvoorstellen.aanvaard(gebruiker, planVersie, huishoudens, sleutel);
    }

    /**
     * Scores a plan made elsewhere (a koppelingen file: huishouden_id, gemeente_code[, reden]) with the engine's
     * rules: score, total per rule, hard violations and quality. No solve, so it answers at once.
     */
    public PlanToetsJson evalueer(byte[] koppelingenCsv) {
        Stand s = stand;
        Koppelingenlijst lijst;
        try {
            lijst = KoppelingenReader.read(InputFile.of(ResultWriter.KOPPELINGEN, koppelingenCsv), s.periode.problem(),
                    leesopties);
        } catch (InputException e) {
            throw Fout.invoer(ResultWriter.KOPPELINGEN,
                    InputProblemsException.problemsOf(e).stream().map(InputException::getMessage).toList());
        }
        MatchingResult r = engine.evaluate(s.periode.context(), lijst.plan());
        return new PlanToetsJson(ScoreJson.van(r.score()), RegelMap.van(r.totaalPerRegel()),
                KwaliteitJson.van(Metrics.van(s.periode.context(), r).totaal()),
                Evaluatie.overtredingen(s.periode.context(), r).stream().map(OvertredingJson::van).toList(),
                r.koppelingen().stream().filter(k -> k.isGeplaatst()).count(), r.nietGeplaatst().size(), lijst.warnings());
    }

    // ---- exports -------------------------------------------------------------------------------------------

    /** The current plan as {@code koppelingen.csv} in the format of {@code kansrijk solve}, reasons in overrule_reden. */
    public byte[] koppelingenCsv() {
        Stand s = stand;
        MatchingResult r = s.resultaat(engine);
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        try {
            ResultWriter.writeKoppelingen(csv, s.periode.context(), r, k -> Toelichting.zin(s.periode.context(), k),
                    opslag.redenen(), CsvStijl.STANDARD);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return csv.toByteArray();
    }

    /** The decision log as JSON objects, oldest first. */
    public List<BeslissingJson> beslissingen() {
        return opslag.beslissingen().stream().map(BeslissingJson::van).toList();
    }

    /** The decision log as CSV (one decision a line, oldest first). */
    public byte[] beslissingenCsv() {
        StringWriter w = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(w, ResultWriter.FORMAT)) {
            csv.printRecord("id", "tijd", "gebruiker", "periode", "plan_versie", "huishouden_id", "gekozen_gemeente",
                    "geadviseerde_gemeente", "rang", "kosten_per_regel", "invoerversie", "reden");
            for (Beslissing b : opslag.beslissingen()) {
                csv.printRecord(FormulaGuard.rij(b.id(), Tijd.iso(b.tijd()), b.gebruiker(), b.periode(), b.planVersie(),
                        b.huishoudenId(), b.gekozenGemeente(), b.geadviseerdeGemeente() == null ? "" : b.geadviseerdeGemeente(),
                        b.rang(), b.kostenPerRegel(), b.invoerversie() == null ? "" : b.invoerversie(),
                        b.reden() == null ? "" : b.reden()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString().getBytes(StandardCharsets.UTF_8);
    }

    // ---- solve jobs ----------------------------------------------------------------------------------------

    /** The solve jobs. */
    public Oplostaken taken() {
        return taken;
    }

    /** Starts a solve of the households still waiting, around every koppeling so far. */
    public Oplostaak startOplossing() {
        Stand s = stand;
        return taken.start(() -> s.periode.context(s.periode.problem().metKoppelingen(s.koppelingen)), s.versie);
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    static Huishouden huishouden(Stand s, String id) {
        if (id == null || id.isBlank()) {
            throw new Fout(400, "huishouden_id", "huishouden_id ontbreekt");
        }
        Huishouden h = s.huishouden(id);
        if (h == null) {
            throw new Fout(404, "huishouden_id", "onbekend huishouden " + kort(id) + ": niet in huishoudens.csv van periode "
                    + s.periode.context().periode());
        }
        return h;
    }

    static void gemeente(Stand s, String code, String veld) {
        if (code == null || code.isBlank()) {
            throw new Fout(400, veld, veld + " ontbreekt");
        }
        if (s.periode.context().bestemming(code) == null) {
            throw new Fout(404, veld, "onbekende gemeente " + kort(code) + ": niet in gemeenten.csv");
        }
    }

    /** The gemeente's name, or {@code null} for an unknown code. */
    static String gemeenteNaam(Stand s, String code) {
        var b = code == null ? null : s.periode.context().bestemming(code);
        return b == null ? null : b.gemeente().naam();
    }

    /** A client value echoed in a message, cut short. */
    public static String kort(String v) {
        return v.length() <= 40 ? v : v.substring(0, 40) + "…";
    }

    /** The current state (lock-free read). */
    Stand stand() {
        return stand;
    }

    /** Replaces the state; only under {@link #schrijfslot()}. */
    void stand(Stand nieuw) {
        stand = nieuw;
    }

    /** The lock that serialises writes. */
    Object schrijfslot() {
        return schrijfslot;
    }

    /** The state at plan version {@code versie} with the koppelingen the database holds (another process wrote). */
    Stand herlaad(long versie) {
        Stand s = new Stand(stand.periode, versie, opslag.koppelingen());
        stand = s;
        return s;
    }

    LocalDate vandaag() {
        return LocalDate.now(klok.withZone(Tijd.ZONE));
    }

    static String versie() {
        String v = Werkbank.class.getPackage().getImplementationVersion();
        return v == null ? "ontwikkel" : v;
    }

}
