package nl.kansrijk.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.kansrijk.io.input.InputFolder;
import nl.kansrijk.io.input.ProblemReader;
import nl.kansrijk.io.input.ReadOptions;
import nl.kansrijk.io.output.WoningUitvoer;
import nl.kansrijk.model.Woningaanbod;
import nl.kansrijk.solve.MatchingConfig;
import nl.kansrijk.solve.MatchingEngine;
import nl.kansrijk.solve.MatchingResult;
import nl.kansrijk.solve.PlanContext;
import nl.kansrijk.wonen.Maandoverzicht;
import nl.kansrijk.wonen.Ruilvoorstel;
import nl.kansrijk.wonen.Toewijzing;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The dwellings in the werkbank (issue 31 part 6) on sample-data/u16-2026-h1, whose households pinned in the input
 * are freed here and linked by a regievoerder instead (koppelingen the werkbank may move): the period keeps
 * woningen.csv and regiopools.csv; a household's dwelling, the dwellings per gemeente per month and the exchange
 * proposals are those the CLI's own classes compute for the same koppelingen pinned; accepting a proposal records
 * each move as a decision in the hash chain, and the same proposal again is refused with 409.
 */
abstract class WoningenApiTestBasis {

    static final Path U16 = Path.of("..", "sample-data", "u16-2026-h1").toAbsolutePath().normalize();

    @TempDir
    Path tmp;

    Proefopstelling w;
    Klant rv;
    /** The koppelingen the regievoerder made: the input's pinned ones, freed in the copy. */
    final Map<String, String> gemaakt = new LinkedHashMap<>();
    long versie;

    abstract TestDatabase database(Path dir) throws Exception;

    @BeforeEach
    void start() throws Exception {
        Path invoer = Files.createDirectories(tmp.resolve("u16"));
        Map<String, String> vast = u16ZonderVasteKoppelingen(invoer);
        w = new Proefopstelling(tmp, database(tmp), invoer, 4 * 1024 * 1024, LocalDate.of(2026, 2, 2));
        rv = w.ingelogd("rv-001");
        versie = koppel(rv, vast, gemaakt);
    }

    /** A copy of u16 in {@code invoer} whose pinned households are free; returns the koppelingen they had. */
    static Map<String, String> u16ZonderVasteKoppelingen(Path invoer) throws IOException {
        Proefopstelling.kopieer(U16, invoer);
        return ontkoppel(invoer.resolve("huishoudens.csv"));
    }

    /**
     * The regievoerder links these households where the input had them (those a hard rule now refuses are left
     * waiting; at least half must link); {@code gemaakt} receives the koppelingen made. Returns the plan version after.
     */
    static long koppel(Klant rv, Map<String, String> vast, Map<String, String> gemaakt) {
        long versie = rv.get("/api/periode").json().get("plan_versie").asLong();
        for (Map.Entry<String, String> e : vast.entrySet()) {
            Klant.Antwoord a = rv.post("/api/koppelingen",
                    ApiTestBasis.beslissing(e.getKey(), e.getValue(), "vaste koppeling uit de invoer", versie));
            if (a.status() == 201) {
                gemaakt.put(e.getKey(), e.getValue());
                versie = a.json().get("nieuwe_plan_versie").asLong();
            }
        }
        assertThat(gemaakt).hasSizeGreaterThan(vast.size() / 2);
        return versie;
    }

    @AfterEach
    void stop() {
        if (w != null) {
            w.close();
        }
    }

    /** Empties gekoppeld_gemeente in huishoudens.csv; returns the koppelingen it held. */
    private static Map<String, String> ontkoppel(Path csv) throws IOException {
        List<String> regels = Files.readAllLines(csv, StandardCharsets.UTF_8);
        List<String> kop = List.of(regels.get(0).split(",", -1));
        int id = kop.indexOf("huishouden_id");
        int g = kop.indexOf("gekoppeld_gemeente");
        Map<String, String> vast = new LinkedHashMap<>();
        List<String> uit = new ArrayList<>(List.of(regels.get(0)));
        for (String r : regels.subList(1, regels.size())) {
            String[] c = r.split(",", -1);
            assertThat(c).as("u16 heeft geen aanhalingstekens in huishoudens.csv").hasSize(kop.size());
            if (!c[g].isEmpty()) {
                vast.put(c[id], c[g]);
                c[g] = "";
            }
            uit.add(String.join(",", c));
        }
        Files.write(csv, uit, StandardCharsets.UTF_8);
        assertThat(vast).isNotEmpty();
        return vast;
    }

    /** What the CLI computes for the input with the werkbank's koppelingen pinned (its own default path). */
    private record Verwacht(MatchingResult resultaat, Woningaanbod aanbod, PlanContext ctx) {
        WoningUitvoer wonen() {
            return WoningUitvoer.van(resultaat, aanbod, ctx::magNaar);
        }
    }

    private Verwacht verwacht() {
        InputFolder in = ProblemReader.read(w.map, ReadOptions.DEFAULT);
        PlanContext ctx = PlanContext.of(in.problem().metKoppelingen(gemaakt), MatchingConfig.STANDAARD,
                in.woningaanbod().orElseThrow());
        return new Verwacht(new MatchingEngine().evaluate(ctx, Map.of()), in.woningaanbod().orElseThrow(), ctx);
    }

    @Test
    void thePeriodKeepsTheDwellingFilesAndTheWoningRuleScores() {
        JsonNode p = rv.get("/api/periode").json();
        assertThat(p.get("bestanden").has("woningen.csv")).isTrue();
        assertThat(p.get("bestanden").has("regiopools.csv")).isTrue();
        // the koppelingen export scores the woning rule, as kansrijk solve does with woningen.csv
        long som = 0;
        List<String> regels = rv.get("/api/export/koppelingen.csv").tekst().lines().toList();
        int k = List.of(regels.get(0).split(",")).indexOf("score_woning");
        assertThat(k).isNotNegative();
        for (String r : regels.subList(1, regels.size())) {
            String[] c = r.split(",", -1);
            som += c[k].isEmpty() ? 0 : Long.parseLong(c[k]);
        }
        assertThat(som).isPositive();
    }

    @Test
    void aHouseholdShowsItsDwellingAndAGemeenteItsMonths() {
        WoningUitvoer v = verwacht().wonen();
        boolean zonder = false;
        boolean met = false;
        for (Toewijzing t : v.toewijzing().toewijzingen()) {
            JsonNode woning = rv.get("/api/huishoudens/" + t.huishouden().id()).json().get("woning");
            assertThat(woning.get("gemeente_code").asString()).isEqualTo(t.gemeenteCode());
            if (t.isGehuisvest()) {
                met = true;
                assertThat(woning.get("woning_id").asString()).isEqualTo(t.woning().id());
                assertThat(woning.get("beschikbaar_vanaf").asString()).isEqualTo(t.woning().beschikbaarVanaf().toString());
                assertThat(woning.get("wachtdagen").asLong()).isEqualTo(t.wachtdagen());
                assertThat(woning.get("tekst").asString()).startsWith(t.woning().id() + ", vrij vanaf ");
            } else {
                zonder = true;
                assertThat(woning.get("woning_id").isNull()).isTrue();
                assertThat(woning.get("tekst").asString()).isEqualTo("geen passende woning");
            }
        }
        assertThat(met).isTrue();
        // a waiting household has no dwelling yet
        String wachtend = rv.get("/api/huishoudens?status=wachtend").json().get(0).get("huishouden_id").asString();
        assertThat(rv.get("/api/huishoudens/" + wachtend).json().get("woning").isNull()).isTrue();

        String code = v.toewijzing().toewijzingen().get(0).gemeenteCode();
        JsonNode a = rv.get("/api/woningen?gemeente=" + code).json();
        assertThat(a.get("woningen_gegeven").asBoolean()).isTrue();
        assertThat(a.get("samenvatting").get("gehuisvest").asLong()).isEqualTo(v.toewijzing().gehuisvest());
        List<String> rijen = new ArrayList<>();
        a.get("maanden").forEach(m -> rijen.add(m.get("gemeente").get("code").asString() + " " + m.get("maand").asString()
                + " " + m.get("koppelingen").asInt() + " " + m.get("personen").asInt() + " "
                + m.get("vrijkomende_woningen").asInt() + " " + m.get("toegewezen").asInt()));
        List<String> verwacht = new ArrayList<>();
        for (Maandoverzicht.Rij r : v.overzicht().rijen()) {
            if (r.gemeenteCode().equals(code)) {
                verwacht.add(r.gemeenteCode() + " " + r.maand() + " " + r.koppelingen() + " " + r.personen() + " "
                        + r.vrijkomendeWoningen() + " " + r.toegewezen());
            }
        }
        assertThat(rijen).isNotEmpty().isEqualTo(verwacht);
        assertThat(rv.get("/api/woningen").json().get("maanden").size()).isEqualTo(v.overzicht().rijen().size());
        assertThat(rv.get("/api/woningen?gemeente=GM9999").status()).isEqualTo(404);
        assertThat(zonder || met).isTrue();
    }

    @Test
    void anExchangeProposalIsAcceptedAsLoggedDecisionsAndRefusedWhenTheHouseholdsMovedSince() {
        List<Ruilvoorstel> verwacht = verwacht().wonen().ruilvoorstellen();
        assertThat(verwacht).as("u16 geeft ruilvoorstellen voor de vaste koppelingen").isNotEmpty();
        JsonNode r = rv.get("/api/ruilvoorstellen").json();
        assertThat(r.get("pools_gegeven").asBoolean()).isTrue();
        assertThat(r.get("plan_versie").asLong()).isEqualTo(versie);
        List<String> gezien = new ArrayList<>();
        r.get("voorstellen").forEach(v -> gezien.add(v.get("gemeente_a").get("code").asString() + ">"
                + v.get("gemeente_b").get("code").asString() + " " + v.get("naar_b") + " " + v.get("naar_a") + " +"
                + v.get("extra_gehuisvest").asLong() + " -" + v.get("minder_persoonsdagen").asLong()));
        List<String> cli = new ArrayList<>();
        for (Ruilvoorstel v : verwacht) {
            cli.add(v.gemeenteA() + ">" + v.gemeenteB() + " " + ids(v.vanAnaarB()) + " " + ids(v.vanBnaarA()) + " +"
                    + v.extraGehuisvest() + " -" + v.minderPersoonsdagen());
        }
        assertThat(gezien).isEqualTo(cli);

        JsonNode eerste = r.get("voorstellen").get(0);
        Map<String, Object> verzoek = new HashMap<>();
        verzoek.put("plan_versie", versie);
        verzoek.put("gemeente_a", eerste.get("gemeente_a").get("code").asString());
        verzoek.put("gemeente_b", eerste.get("gemeente_b").get("code").asString());
        verzoek.put("naar_b", lijst(eerste.get("naar_b")));
        verzoek.put("naar_a", lijst(eerste.get("naar_a")));

        assertThat(w.ingelogd("lz-001").post("/api/ruilvoorstellen/aanvaarden", verzoek).status()).isEqualTo(403);
        assertThat(w.ingelogd("bh-001").post("/api/ruilvoorstellen/aanvaarden", verzoek).status()).isEqualTo(403);

        long beslissingenVoor = rv.get("/api/beslissingen").json().size();
        Klant.Antwoord a = rv.post("/api/ruilvoorstellen/aanvaarden", verzoek);
        assertThat(a.status()).as(a.tekst()).isEqualTo(201);
        JsonNode genomen = a.json();
        int verplaatst = lijst(eerste.get("naar_b")).size() + lijst(eerste.get("naar_a")).size();
        assertThat(genomen.get("beslissingen")).hasSize(verplaatst);
        assertThat(genomen.get("nieuwe_plan_versie").asLong()).isEqualTo(versie + verplaatst);
        for (JsonNode b : genomen.get("beslissingen")) {
            assertThat(b.get("gebruiker").asString()).isEqualTo("rv-001");
            assertThat(b.get("reden").asString()).startsWith("ruilvoorstel " + eerste.get("pool").asString() + ": ");
            String naar = b.get("gekozen_gemeente").asString();
            assertThat(rv.get("/api/huishoudens/" + b.get("huishouden_id").asString()).json().get("gemeente").get("code")
                    .asString()).isEqualTo(naar);
        }
        for (String id : lijst(eerste.get("naar_b"))) {
            assertThat(rv.get("/api/huishoudens/" + id).json().get("gemeente").get("code").asString())
                    .isEqualTo(verzoek.get("gemeente_b"));
        }
        assertThat(rv.get("/api/beslissingen").json().size()).isEqualTo(beslissingenVoor + verplaatst);
        JsonNode keten = rv.get("/api/audit/keten").json();
        assertThat(keten.get("heel").asBoolean()).as(keten.toString()).isTrue();
        // the same request again finds its households moved since
        Klant.Antwoord opnieuw = rv.post("/api/ruilvoorstellen/aanvaarden", verzoek);
        assertThat(opnieuw.status()).as(opnieuw.tekst()).isEqualTo(409);
        assertThat(opnieuw.json().get("fout").asString()).contains("intussen gekoppeld aan").contains("rv-001");
        assertThat(rv.get("/api/beslissingen").json().size()).isEqualTo(beslissingenVoor + verplaatst);
        // a proposal the plan does not make is refused too, and a bad body is a located 400
        Map<String, Object> verzonnen = new HashMap<>(verzoek);
        verzonnen.put("plan_versie", genomen.get("nieuwe_plan_versie").asLong());
        verzonnen.put("naar_b", List.of(gemaakt.keySet().iterator().next()));
        verzonnen.put("naar_a", List.of());
        assertThat(rv.post("/api/ruilvoorstellen/aanvaarden", verzonnen).status()).isEqualTo(409);
        Map<String, Object> slecht = new HashMap<>(verzoek);
        slecht.put("naar_b", "H1");
        Klant.Antwoord s = rv.post("/api/ruilvoorstellen/aanvaarden", slecht);
        assertThat(s.status()).isEqualTo(400);
        assertThat(s.json().get("veld").asString()).isEqualTo("naar_b");
    }

    /**
     * An exchange is judged by the same conflict rule as a single decision: a colleague's decision into the gemeente
     * the exchange moves a household into, made after the regievoerder looked, is no conflict while the plan after
     * the exchange still holds that household; the exchange is recorded on the version looked at (the old rule, any
     * change of room a conflict, answers 409 here). The plan it makes shows its own dwellings and proposals.
     */
    @Test
    void anExchangeAfterAColleaguesDecisionThatLeavesRoomEnoughIsRecorded() {
        Klant collega = w.ingelogd("rv-002");
        JsonNode voorstel = rv.get("/api/ruilvoorstellen").json().get("voorstellen").get(0);
        String b = voorstel.get("gemeente_b").get("code").asString();
        Map<String, Object> verzoek = new HashMap<>();
        verzoek.put("plan_versie", versie);
        verzoek.put("gemeente_a", voorstel.get("gemeente_a").get("code").asString());
        verzoek.put("gemeente_b", b);
        verzoek.put("naar_b", lijst(voorstel.get("naar_b")));
        verzoek.put("naar_a", lijst(voorstel.get("naar_a")));
        int verplaatst = lijst(voorstel.get("naar_b")).size() + lijst(voorstel.get("naar_a")).size();
        assertThat(lijst(voorstel.get("naar_b"))).as("the exchange moves a household into " + b).isNotEmpty();
        long open = resterend(b);

        // the colleague links a waiting household to gemeente_b on the latest version: room enough is left there
        String gekoppeld = null;
        long nu = versie;
        for (JsonNode h : rv.get("/api/huishoudens?status=wachtend&aantal=1000").json()) {
            String id = h.get("huishouden_id").asString();
            if (h.get("personen").asLong() < open && BeslissenTestBasis.toegestaan(collega, id, b)) {
                Klant.Antwoord a = collega.post("/api/koppelingen", ApiTestBasis.beslissing(id, b, "collega", nu));
                assertThat(a.status()).as(a.tekst()).isEqualTo(201);
                nu = a.json().get("nieuwe_plan_versie").asLong();
                gekoppeld = id;
                break;
            }
        }
        assertThat(gekoppeld).as("a waiting household fits in " + b + " beside the exchange").isNotNull();
        long beslissingen = rv.get("/api/beslissingen").json().size();

        Klant.Antwoord ruil = rv.post("/api/ruilvoorstellen/aanvaarden", verzoek);
        assertThat(ruil.status()).as(ruil.tekst()).isEqualTo(201);
        assertThat(ruil.json().get("nieuwe_plan_versie").asLong()).isEqualTo(nu + verplaatst);
        for (JsonNode x : ruil.json().get("beslissingen")) {
            assertThat(x.get("plan_versie").asLong()).isEqualTo(versie);
        }
        assertThat(rv.get("/api/beslissingen").json().size()).isEqualTo(beslissingen + verplaatst);
        assertThat(rv.get("/api/audit/keten").json().get("heel").asBoolean()).isTrue();
        // the plan the exchange made (carried forward from the one before) answers for its own koppelingen
        assertThat(resterend(b)).isEqualTo(open - personen(List.of(gekoppeld)) - personen(lijst(voorstel.get("naar_b")))
                + personen(lijst(voorstel.get("naar_a"))));
        for (String id : lijst(voorstel.get("naar_b"))) {
            assertThat(rv.get("/api/huishoudens/" + id).json().get("gemeente").get("code").asString()).isEqualTo(b);
        }
        JsonNode daarna = rv.get("/api/ruilvoorstellen").json();
        assertThat(daarna.get("plan_versie").asLong()).isEqualTo(nu + verplaatst);
        daarna.get("voorstellen").forEach(v -> assertThat(lijst(v.get("naar_b")) + " " + lijst(v.get("naar_a")))
                .as("the households just exchanged are not proposed again the same way")
                .isNotEqualTo(verzoek.get("naar_b") + " " + verzoek.get("naar_a")));
    }

    /** The persons of these households. */
    private long personen(List<String> ids) {
        return ids.stream().mapToLong(id -> rv.get("/api/huishoudens/" + id).json().get("personen").asLong()).sum();
    }

    /** The places still open in a gemeente in the current plan. */
    private long resterend(String gemeente) {
        for (JsonNode g : rv.get("/api/gemeenten").json()) {
            if (g.get("gemeente_code").asString().equals(gemeente)) {
                return g.get("resterend").asLong();
            }
        }
        throw new AssertionError("geen gemeente " + gemeente);
    }

    @Test
    void aRepeatedAcceptanceWithTheSameKeyRecordsOnce() {
        JsonNode eerste = rv.get("/api/ruilvoorstellen").json().get("voorstellen").get(0);
        Map<String, Object> verzoek = new HashMap<>();
        verzoek.put("plan_versie", versie);
        verzoek.put("gemeente_a", eerste.get("gemeente_a").get("code").asString());
        verzoek.put("gemeente_b", eerste.get("gemeente_b").get("code").asString());
        verzoek.put("naar_b", lijst(eerste.get("naar_b")));
        verzoek.put("naar_a", lijst(eerste.get("naar_a")));
        Klant.Antwoord a = rv.stuur(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://127.0.0.1:" + w.server.port() + "/api/ruilvoorstellen/aanvaarden"))
                .header("Content-Type", "application/json").header("Idempotency-Key", "ruil-1")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(Klant.JSON.writeValueAsBytes(verzoek))));
        assertThat(a.status()).as(a.tekst()).isEqualTo(201);
        long n = rv.get("/api/beslissingen").json().size();
        Klant.Antwoord b = rv.stuur(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://127.0.0.1:" + w.server.port() + "/api/ruilvoorstellen/aanvaarden"))
                .header("Content-Type", "application/json").header("Idempotency-Key", "ruil-1")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(Klant.JSON.writeValueAsBytes(verzoek))));
        assertThat(b.status()).as(b.tekst()).isEqualTo(201);
        assertThat(b.json().get("beslissingen").get(0).get("herhaald").asBoolean()).isTrue();
        assertThat(b.json().get("nieuwe_plan_versie")).isEqualTo(a.json().get("nieuwe_plan_versie"));
        assertThat(rv.get("/api/beslissingen").json().size()).isEqualTo(n);
    }

    @Test
    void aBadDwellingFileInAnUploadIsALocatedDutch400AndTheOldPeriodStays() throws Exception {
        Path slecht = Files.createDirectories(tmp.resolve("slecht"));
        Proefopstelling.kopieer(w.map, slecht);
        List<String> regels = new ArrayList<>(Files.readAllLines(slecht.resolve("woningen.csv")));
        String[] c = regels.get(2).split(",", -1);
        c[2] = "31-02-2026";
        regels.set(2, String.join(",", c));
        Files.write(slecht.resolve("woningen.csv"), regels);
        List<String> verwacht = ProblemReader.validate(slecht, ReadOptions.DEFAULT).stream().map(Throwable::getMessage).toList();
        Klant.Antwoord a = rv.put("/api/periode", "application/zip", ApiTestBasis.zip(slecht, Map.of()));
        assertThat(a.status()).as(a.tekst()).isEqualTo(400);
        assertThat(a.json().get("veld").asString()).isEqualTo("woningen.csv");
        assertThat(a.json().get("problemen").get(0).asString()).isEqualTo(verwacht.get(0))
                .startsWith("woningen.csv:3: kolom 'beschikbaar_vanaf'");
        assertThat(rv.get("/api/periode").json().get("plan_versie").asLong()).isEqualTo(versie);
        // a good upload keeps both files
        Klant.Antwoord goed = rv.put("/api/periode", "application/zip", ApiTestBasis.zip(w.map, Map.of()));
        assertThat(goed.status()).as(goed.tekst()).isEqualTo(200);
        assertThat(goed.json().get("bestanden").has("woningen.csv")).isTrue();
        assertThat(goed.json().get("bestanden").has("regiopools.csv")).isTrue();
    }

    private static List<String> lijst(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.forEach(x -> out.add(x.asString()));
        return out;
    }

    private static String ids(List<nl.kansrijk.model.Huishouden> hs) {
        return Klant.JSON.valueToTree(hs.stream().map(nl.kansrijk.model.Huishouden::id).toList()).toString();
    }
}
