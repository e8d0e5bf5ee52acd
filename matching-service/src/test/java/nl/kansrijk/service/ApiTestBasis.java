package nl.kansrijk.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import nl.kansrijk.cli.KansrijkCli;
import nl.kansrijk.io.input.ProblemReader;
import nl.kansrijk.io.input.ReadOptions;
import nl.kansrijk.service.web.WerkbankServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The API over real HTTP against a started server: every endpoint, login, CSRF, the 4xx answers with Dutch messages
 * naming the field, optimistic locking and the append-only log. Run against H2 and against PostgreSQL.
 */
abstract class ApiTestBasis {

    @TempDir
    Path tmp;

    Proefopstelling w;
    Klant rv;

    abstract TestDatabase database(Path dir) throws Exception;

    @BeforeEach
    void start() throws Exception {
        w = new Proefopstelling(tmp, database(tmp), Proefopstelling.MINI, 256 * 1024);
        rv = w.ingelogd("rv-001");
    }

    @AfterEach
    void stop() {
        if (w != null) {
            w.close();
        }
    }

    // ---- login and security ------------------------------------------------------------------------------

    @Test
    void healthWithoutLoginEverythingElse401() {
        Klant anoniem = w.klant();
        assertThat(anoniem.get("/api/health").status()).isEqualTo(200);
        for (WerkbankServer.Route r : w.server.routes()) {
            if (r.pad().equals("/api/health") || r.pad().equals("/api/login")) {
                continue;
            }
            String pad = r.pad().replace("{id}", "H01");
            Klant.Antwoord a = switch (r.methode()) {
                case "get" -> anoniem.get(pad);
                case "delete" -> anoniem.delete(pad);
                case "put" -> anoniem.put(pad, "application/zip", new byte[0]);
                default -> anoniem.post(pad, Map.of());
            };
            assertThat(a.status()).as(r.toString()).isEqualTo(401);
            assertThat(a.json().get("fout").asString()).contains("niet ingelogd");
        }
    }

    @Test
    void openapiListsEveryRouteAndNoOther() {
        JsonNode doc = rv.get("/openapi.json").json();
        assertThat(doc.get("openapi").asString()).startsWith("3.");
        Set<String> beschreven = new TreeSet<>();
        doc.get("paths").properties().forEach(p -> p.getValue().propertyNames().forEach(m -> beschreven.add(m + " " + p.getKey())));
        Set<String> echt = new TreeSet<>();
        w.server.routes().forEach(r -> echt.add(r.methode() + " " + r.pad()));
        assertThat(beschreven).isEqualTo(echt);
    }

    @Test
    void loginWrongPasswordCookieFlagsAndHeaders() {
        Klant k = w.klant();
        Klant.Antwoord fout = k.login("rv-001", "fout-wachtwoord");
        assertThat(fout.status()).isEqualTo(401);
        assertThat(fout.json().get("fout").asString()).isEqualTo("gebruiker of wachtwoord klopt niet");
        assertThat(k.login("onbekend", "x").status()).isEqualTo(401);
        Klant.Antwoord goed = k.login("rv-001", Proefopstelling.WACHTWOORD);
        assertThat(goed.status()).isEqualTo(200);
        assertThat(goed.header("Set-Cookie")).contains("HttpOnly").contains("SameSite=Strict").contains("Path=/");
        Klant.Antwoord p = k.get("/api/periode");
        assertThat(p.status()).isEqualTo(200);
        assertThat(p.header("Content-Security-Policy")).contains("script-src 'self'").doesNotContain("unsafe-inline");
        assertThat(p.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(p.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(p.header("Cache-Control")).isEqualTo("no-store");
        assertThat(k.get("/").header("Content-Security-Policy")).isEqualTo(p.header("Content-Security-Policy"));
        assertThat(k.post("/api/logout", Map.of()).status()).isEqualTo(204);
        assertThat(k.get("/api/periode").status()).isEqualTo(401);
    }

    @Test
    void repeatedFailedLoginsAreRefusedForAWhile() {
        Klant k = w.klant();
        for (int i = 0; i < 5; i++) {
            assertThat(k.login("rv-002", "fout-" + i).status()).isEqualTo(401);
        }
        Klant.Antwoord a = k.login("rv-002", Proefopstelling.WACHTWOORD);
        assertThat(a.status()).isEqualTo(429);
        assertThat(a.json().get("fout").asString()).startsWith("te veel mislukte pogingen");
        assertThat(k.login("rv-001", Proefopstelling.WACHTWOORD).status()).isEqualTo(200);
    }

    @Test
    void writesNeedTheCsrfTokenAndTheSameOrigin() {
        rv.zonderCsrf();
        Klant.Antwoord a = rv.post("/api/koppelingen", beslissing("H04", "GM0014", null, 1));
        assertThat(a.status()).isEqualTo(403);
        assertThat(a.json().get("veld").asString()).isEqualTo("X-CSRF-Token");
        Klant ander = w.ingelogd("rv-001");
        Klant.Antwoord b = ander.stuur(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                "http://127.0.0.1:" + w.server.port() + "/api/oplostaken")).header("Origin", "http://kwaad.example")
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()));
        assertThat(b.status()).isEqualTo(403);
        assertThat(b.json().get("fout").asString()).contains("andere website");
    }

    @Test
    void bearerTokenForSystems() {
        Klant systeem = w.klant().metToken(Proefopstelling.TOKEN);
        assertThat(systeem.get("/api/periode").status()).isEqualTo(200);
        long versie = systeem.get("/api/periode").json().get("plan_versie").asLong();
        String advies = systeem.get("/api/huishoudens/H04/advies").json().get("advies").get(0).get("gemeente_code").asString();
        Klant.Antwoord a = systeem.post("/api/koppelingen", beslissing("H04", advies, null, versie));
        assertThat(a.status()).isEqualTo(201);
        assertThat(a.json().get("gebruiker").asString()).isEqualTo("tvs");
        assertThat(w.klant().metToken("fout").get("/api/periode").status()).isEqualTo(401);
    }

    // ---- period ------------------------------------------------------------------------------------------

    @Test
    void periodeUploadAndReloadWithTheValidateMessages() throws Exception {
        assertThat(rv.get("/api/periode").json().get("huishoudens").asInt()).isEqualTo(11);
        assertThat(rv.put("/api/periode", "application/zip", zip(w.map, Map.of())).status()).isEqualTo(200);
        assertThat(rv.post("/api/periode/herladen", Map.of()).status()).isEqualTo(200);

        String fout = Files.readString(w.map.resolve("huishoudens.csv")).replace("H02,4,2,2", "H02,vier,2,2")
                .replace("AZC-EMMEN,2026-01-08", "AZC-ONBEKEND,2026-01-08");
        Path slecht = tmp.resolve("slecht");
        Proefopstelling.kopieer(w.map, slecht);
        Files.writeString(slecht.resolve("huishoudens.csv"), fout);
        List<String> verwacht = ProblemReader.validate(slecht, ReadOptions.DEFAULT).stream().map(Throwable::getMessage).toList();
        assertThat(verwacht).hasSizeGreaterThanOrEqualTo(2);
        Klant.Antwoord a = rv.put("/api/periode", "application/zip", zip(slecht, Map.of()));
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.json().get("veld").asString()).isEqualTo("huishoudens.csv");
        List<String> problemen = new ArrayList<>();
        a.json().get("problemen").forEach(p -> problemen.add(p.asString()));
        assertThat(problemen).isEqualTo(verwacht);
        assertThat(problemen.get(0)).startsWith("huishoudens.csv:3: kolom 'personen'");
        assertThat(rv.get("/api/periode").json().get("huishoudens").asInt()).isEqualTo(11);

        Klant.Antwoord vreemd = rv.put("/api/periode", "application/zip", zip(w.map, Map.of("../geheim.txt", "x")));
        assertThat(vreemd.status()).isEqualTo(200);
        assertThat(vreemd.json().get("genegeerd").toString()).contains("../geheim.txt").contains("README.md");
        assertThat(rv.put("/api/periode", "application/zip", "geen zip".getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(400);
    }

    @Test
    void aWorkbookFolderLoadsToo() throws Exception {
        Path xlsx = Proefopstelling.MINI.resolveSibling("mini-xlsx");
        Klant.Antwoord a = rv.put("/api/periode", "application/zip", zip(xlsx, Map.of()));
        assertThat(a.status()).as(a.tekst()).isEqualTo(200);
        assertThat(a.json().get("bestanden").has("invoer.xlsx")).isTrue();
        assertThat(a.json().get("huishoudens").asInt()).isPositive();
    }

    @Test
    void oversizedUploadAndJsonAre413() throws Exception {
        byte[] groot = new byte[300 * 1024];
        Klant.Antwoord a = rv.put("/api/periode", "application/zip", groot);
        assertThat(a.status()).isEqualTo(413);
        assertThat(a.json().get("fout").asString()).contains("te groot").contains("262144 bytes");
        assertThat(a.json().get("veld").asString()).isEqualTo("body");
        String reden = "x".repeat(70 * 1024);
        Klant.Antwoord b = rv.post("/api/koppelingen", beslissing("H04", "GM0014", reden, 1));
        assertThat(b.status()).isEqualTo(413);
        assertThat(b.json().get("fout").asString()).contains("te groot");
    }

    // ---- advice, what-if, decisions ----------------------------------------------------------------------

    @Test
    void adviceIsTheCliAdvice() {
        JsonNode api = rv.get("/api/huishoudens/H01/advies?top=3").json();
        StringWriter out = new StringWriter();
        int rc = KansrijkCli.run(new String[] {"advise", w.map.toString(), "--household", "H01", "--top", "3", "--json"},
                new PrintWriter(out), new PrintWriter(new StringWriter()));
        assertThat(rc).isZero();
        var cli = (tools.jackson.databind.node.ObjectNode) Klant.JSON.readTree(out.toString());
        var zonderVersie = ((tools.jackson.databind.node.ObjectNode) api).deepCopy();
        zonderVersie.remove("plan_versie");
        zonderVersie.remove("huidige_gemeente");
        assertThat(zonderVersie).isEqualTo(cli);
        assertThat(api.get("advies")).hasSize(3);
        assertThat(api.get("advies").get(0).get("redenen").get(0).get("tekst").asString()).contains("regioadvies");
    }

    @Test
    void unknownHouseholdGemeenteAndBadParameters() {
        Klant.Antwoord a = rv.get("/api/huishoudens/H99/advies");
        assertThat(a.status()).isEqualTo(404);
        assertThat(a.json().get("veld").asString()).isEqualTo("huishouden_id");
        assertThat(a.json().get("fout").asString()).isEqualTo("onbekend huishouden H99: niet in huishoudens.csv van periode 2026-H1");
        Klant.Antwoord g = rv.get("/api/huishoudens/H01/overweging?gemeente=GM9999");
        assertThat(g.status()).isEqualTo(404);
        assertThat(g.json().get("fout").asString()).contains("onbekende gemeente GM9999");
        Klant.Antwoord t = rv.get("/api/huishoudens/H01/advies?top=veel");
        assertThat(t.status()).isEqualTo(400);
        assertThat(t.json().get("veld").asString()).isEqualTo("top");
        Klant.Antwoord s = rv.get("/api/huishoudens?status=raar");
        assertThat(s.status()).isEqualTo(400);
        assertThat(s.json().get("veld").asString()).isEqualTo("status");
        Klant.Antwoord o = rv.get("/api/bestaat-niet");
        assertThat(o.status()).isEqualTo(404);
        assertThat(o.json().get("fout").asString()).startsWith("onbekend adres");
        Klant.Antwoord d = rv.post("/api/koppelingen", beslissing("H99", "GM0014", null, 1));
        assertThat(d.status()).isEqualTo(404);
        assertThat(d.json().get("veld").asString()).isEqualTo("huishouden_id");
    }

    @Test
    void malformedJsonAndWrongFieldsNameTheField() {
        Klant.Antwoord a = rv.postRuw("/api/koppelingen", "application/json", "{\"huishouden_id\": \"H01\",".getBytes(StandardCharsets.UTF_8));
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.json().get("veld").asString()).isEqualTo("body");
        assertThat(a.json().get("fout").asString()).startsWith("ongeldige JSON in het verzoek (regel 1");
        assertThat(a.tekst()).doesNotContain("Exception").doesNotContain("at nl.");
        Klant.Antwoord b = rv.post("/api/koppelingen", Map.of("huishouden_id", "H01", "gemeente_code", "GM0014", "plan_versie", "een"));
        assertThat(b.status()).isEqualTo(400);
        assertThat(b.json().get("veld").asString()).isEqualTo("plan_versie");
        assertThat(b.json().get("fout").asString()).isEqualTo("veld 'plan_versie' moet een geheel getal zijn");
        Klant.Antwoord c = rv.post("/api/koppelingen", Map.of("huishouden_id", "H01", "gemeente", "GM0014", "plan_versie", 1));
        assertThat(c.status()).isEqualTo(400);
        assertThat(c.json().get("veld").asString()).isEqualTo("gemeente");
        assertThat(c.json().get("fout").asString()).startsWith("onbekend veld 'gemeente'");
        Klant.Antwoord d = rv.post("/api/koppelingen", Map.of("huishouden_id", "H01", "plan_versie", 1));
        assertThat(d.status()).isEqualTo(400);
        assertThat(d.json().get("fout").asString()).isEqualTo("veld 'gemeente_code' ontbreekt");
        Klant.Antwoord e = rv.postRuw("/api/koppelingen", "text/plain", "x".getBytes(StandardCharsets.UTF_8));
        assertThat(e.status()).isEqualTo(415);
        Klant.Antwoord f = rv.postRuw("/api/koppelingen", "application/json", "[1]".getBytes(StandardCharsets.UTF_8));
        assertThat(f.status()).isEqualTo(400);
    }

    @Test
    void bsnIsRefusedInFieldsPathsAndQueries() {
        Klant.Antwoord a = rv.post("/api/koppelingen", beslissing("H01", "GM0014", "familie, bsn 111222333", 1));
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.json().get("veld").asString()).isEqualTo("reden");
        assertThat(a.json().get("fout").asString()).contains("op een BSN lijkt");
        assertThat(a.tekst()).doesNotContain("111222333");
        Klant.Antwoord b = rv.get("/api/huishoudens/111222333/advies");
        assertThat(b.status()).isEqualTo(400);
        assertThat(b.json().get("veld").asString()).isEqualTo("huishouden_id");
        Klant.Antwoord c = rv.post("/api/login", Map.of("gebruiker", "111222333", "wachtwoord", "x"));
        assertThat(c.status()).isEqualTo(400);
        assertThat(rv.get("/api/beslissingen").json()).isEmpty();
    }

    @Test
    void decisionNeedsAReasonWhenItDiffersAndIsLoggedAndExported() {
        JsonNode advies = rv.get("/api/huishoudens/H01/advies").json();
        long versie = advies.get("plan_versie").asLong();
        String eerste = advies.get("advies").get(0).get("gemeente_code").asString();
        String tweede = advies.get("advies").get(1).get("gemeente_code").asString();

        JsonNode wat = rv.get("/api/huishoudens/H01/overweging?gemeente=" + tweede).json();
        assertThat(wat.get("toegestaan").asBoolean()).isTrue();
        assertThat(wat.get("gekozen").get("rang").asInt()).isEqualTo(2);

        Klant.Antwoord zonder = rv.post("/api/koppelingen", beslissing("H01", tweede, "  ", versie));
        assertThat(zonder.status()).isEqualTo(400);
        assertThat(zonder.json().get("veld").asString()).isEqualTo("reden");
        assertThat(zonder.json().get("fout").asString()).startsWith("reden is verplicht: " + tweede + " wijkt af van het eerste advies " + eerste);

        Klant.Antwoord met = rv.post("/api/koppelingen", beslissing("H01", tweede, "broer woont in de buurt", versie));
        assertThat(met.status()).isEqualTo(201);
        JsonNode b = met.json();
        assertThat(b.get("gebruiker").asString()).isEqualTo("rv-001");
        assertThat(b.get("geadviseerde_gemeente").asString()).isEqualTo(eerste);
        assertThat(b.get("rang").asInt()).isEqualTo(2);
        assertThat(b.get("kosten_per_regel").properties()).isNotEmpty();
        assertThat(b.get("nieuwe_plan_versie").asLong()).isEqualTo(versie + 1);
        wat.get("kosten_per_regel").properties().forEach(e ->
                assertThat(b.get("kosten_per_regel").get(e.getKey()).asLong()).isEqualTo(e.getValue().asLong()));

        JsonNode h = rv.get("/api/huishoudens?status=gekoppeld").json();
        assertThat(h).hasSize(1);
        assertThat(h.get(0).get("gemeente_code").asString()).isEqualTo(tweede);
        Klant.Antwoord volg = rv.post("/api/koppelingen", beslissing("H05",
                rv.get("/api/huishoudens/H05/advies").json().get("advies").get(0).get("gemeente_code").asString(), null, versie + 1));
        assertThat(volg.status()).isEqualTo(201);
        assertThat(volg.json().get("reden").isNull()).isTrue();

        String log = rv.get("/api/export/beslissingen.csv").tekst();
        assertThat(log.lines().toList()).hasSize(3);
        assertThat(log).contains(",rv-001,2026-H1," + versie + ",H01," + tweede + "," + eerste + ",2,").contains("broer woont in de buurt");
        String koppelingen = rv.get("/api/export/koppelingen.csv").tekst();
        assertThat(koppelingen.lines().filter(l -> l.startsWith("H01," + tweede + ",")).findFirst().orElseThrow())
                .endsWith(",broer woont in de buurt");
        assertThat(koppelingen.lines().filter(l -> l.startsWith("H10,GM0118,")).count()).isEqualTo(1);
        JsonNode uitleg = rv.get("/api/huishoudens/H01/uitleg").json();
        assertThat(uitleg.get("gemeente_code").asString()).isEqualTo(tweede);
        assertThat(uitleg.get("overrule_reden").asString()).isEqualTo("broer woont in de buurt");
        assertThat(rv.get("/api/beslissingen").json()).hasSize(2);

        JsonNode gemeente = null;
        for (JsonNode g : rv.get("/api/gemeenten").json()) {
            if (g.get("gemeente_code").asString().equals(tweede)) {
                gemeente = g;
            }
        }
        assertThat(gemeente.get("gekoppeld").asLong()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void hardRuleRefusalAndPinnedHousehold() {
        Klant.Antwoord a = rv.post("/api/koppelingen", beslissing("H03", "GM0014", "wil naar de stad", 1));
        assertThat(a.status()).isEqualTo(422);
        assertThat(a.json().get("veld").asString()).isEqualTo("gemeente_code");
        assertThat(a.json().get("fout").asString()).startsWith("een harde regel verbiedt de koppeling van H03 aan GM0014");
        Klant.Antwoord b = rv.post("/api/koppelingen", beslissing("H10", "GM0014", "anders", 1));
        assertThat(b.status()).isEqualTo(409);
        assertThat(b.json().get("veld").asString()).isEqualTo("huishouden_id");
    }

    @Test
    void twoDecisionsOnOneHouseholdCannotBothWin() throws Exception {
        Klant tweede = w.ingelogd("rv-002");
        long versie = rv.get("/api/periode").json().get("plan_versie").asLong();
        JsonNode advies = rv.get("/api/huishoudens/H04/advies").json().get("advies");
        String a1 = advies.get(0).get("gemeente_code").asString();
        String a2 = advies.get(1).get("gemeente_code").asString();
        CountDownLatch klaar = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Future<Klant.Antwoord> f1 = pool.submit(() -> { klaar.await(); return rv.post("/api/koppelingen", beslissing("H04", a1, null, versie)); });
        Future<Klant.Antwoord> f2 = pool.submit(() -> { klaar.await(); return tweede.post("/api/koppelingen", beslissing("H04", a2, "anders", versie)); });
        klaar.countDown();
        List<Klant.Antwoord> antwoorden = List.of(f1.get(), f2.get());
        pool.shutdown();
        assertThat(antwoorden).extracting(Klant.Antwoord::status).containsExactlyInAnyOrder(201, 409);
        Klant.Antwoord verloren = antwoorden.stream().filter(x -> x.status() == 409).findFirst().orElseThrow();
        assertThat(verloren.json().get("veld").asString()).isEqualTo("plan_versie");
        assertThat(verloren.json().get("conflict").asString()).isEqualTo("huishouden");
        assertThat(verloren.json().get("fout").asString()).startsWith("H04 is intussen gekoppeld aan ");
        assertThat(verloren.json().get("plan_versie").asLong()).isEqualTo(versie + 1);
        assertThat(verloren.json().get("advies").get("advies")).isNotEmpty();
        assertThat(rv.get("/api/beslissingen").json()).hasSize(1);
    }

    @Test
    void theDecisionLogIsAppendOnlyInTheDatabase() throws Exception {
        String advies = rv.get("/api/huishoudens/H04/advies").json().get("advies").get(0).get("gemeente_code").asString();
        assertThat(rv.post("/api/koppelingen", beslissing("H04", advies, null, 1)).status()).isEqualTo(201);
        try (Connection c = w.opslag.dataSource().getConnection(); Statement s = c.createStatement()) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.executeUpdate("UPDATE beslissing SET reden = 'anders'"))
                    .isInstanceOf(java.sql.SQLException.class);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.executeUpdate("DELETE FROM beslissing"))
                    .isInstanceOf(java.sql.SQLException.class);
        }
        assertThat(rv.get("/api/beslissingen").json()).hasSize(1);
    }

    // ---- evaluate and solve jobs -------------------------------------------------------------------------

    @Test
    void evaluateAPlanMadeElsewhere() {
        Klant.Antwoord a = rv.postRuw("/api/evaluatie", "text/csv",
                "huishouden_id,gemeente_code,reden\nH01,GM0106,\nH03,GM0014,stad\n".getBytes(StandardCharsets.UTF_8));
        assertThat(a.status()).isEqualTo(200);
        JsonNode e = a.json();
        assertThat(e.get("score").get("hard").asLong()).isNegative();
        assertThat(e.get("harde_schendingen").get(0).get("huishouden_id").asString()).isEqualTo("H03");
        assertThat(e.get("geplaatst").asLong()).isEqualTo(3);
        Klant.Antwoord b = rv.postRuw("/api/evaluatie", "text/csv",
                "huishouden_id,gemeente_code\nH99,GM0106\n".getBytes(StandardCharsets.UTF_8));
        assertThat(b.status()).isEqualTo(400);
        assertThat(b.json().get("veld").asString()).isEqualTo("koppelingen.csv");
        assertThat(b.json().get("fout").asString()).startsWith("koppelingen.csv:2:").contains("H99");
    }

    @Test
    void solveJobRunsToAResult() throws Exception {
        Klant.Antwoord start = rv.post("/api/oplostaken", Map.of());
        assertThat(start.status()).isEqualTo(202);
        String id = start.json().get("id").asString();
        assertThat(rv.post("/api/oplostaken", Map.of()).status()).isIn(202, 409);
        JsonNode taak = wachtTot(id, "klaar");
        assertThat(taak.get("beste_score").get("tekst").asString()).contains("hard");
        assertThat(taak.get("bovengrens_zacht").asLong()).isGreaterThanOrEqualTo(taak.get("beste_score").get("soft").asLong());
        JsonNode r = rv.get("/api/oplostaken/" + id + "/resultaat").json();
        assertThat(r.get("koppelingen")).hasSize(10);
        assertThat(rv.delete("/api/oplostaken/" + id).status()).isEqualTo(409);
        assertThat(rv.get("/api/oplostaken/taak-99").status()).isEqualTo(404);
    }

    JsonNode wachtTot(String id, String toestand) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            JsonNode t = rv.get("/api/oplostaken/" + id).json();
            if (!t.get("toestand").asString().equals("bezig")) {
                assertThat(t.get("toestand").asString()).isEqualTo(toestand);
                return t;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("oplostaak " + id + " niet klaar");
    }

    // ---- helpers -----------------------------------------------------------------------------------------

    static Map<String, Object> beslissing(String id, String gemeente, String reden, long versie) {
        Map<String, Object> m = new HashMap<>();
        m.put("huishouden_id", id);
        m.put("gemeente_code", gemeente);
        m.put("reden", reden);
        m.put("plan_versie", versie);
        return m;
    }

    static byte[] zip(Path dir, Map<String, String> extra) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out); Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                z.putNextEntry(new ZipEntry("invoer/" + p.getFileName()));
                try (InputStream in = Files.newInputStream(p)) {
                    in.transferTo(z);
                }
                z.closeEntry();
            }
            for (Map.Entry<String, String> e : extra.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
