package nl.kansrijk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

import nl.kansrijk.io.input.ReadOptions;
import nl.kansrijk.service.opslag.Beslisregister;
import nl.kansrijk.service.opslag.Bewaartermijn;
import nl.kansrijk.service.opslag.Opslag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The retention term (issue 33 part 7, docs/privacy.md) on H2 and PostgreSQL: of a period closed longer than the term
 * ago the reasons are removed and the input files emptied, the current period keeps everything, the hash chain still
 * verifies, the application is an audited event, and the database still refuses every other change (a reason put
 * back, a reason changed); with the trigger dropped, a changed reason breaks the chain.
 */
class BewaartermijnTest {

    @TempDir
    Path tmp;

    Proefopstelling w;

    @AfterEach
    void stop() {
        if (w != null) {
            w.close();
        }
    }

    @Test
    void oldPeriodsLoseReasonsAndInputWhileTheChainVerifiesWithH2() throws Exception {
        oudePeriode(TestDatabase.h2(tmp.resolve("db")), false);
    }

    @Test
    void oldPeriodsLoseReasonsAndInputWhileTheChainVerifiesWithPostgres() throws Exception {
        if (System.getenv("CI") == null) {
            assumeTrue(TestDatabase.postgresBeschikbaar(), "KANSRIJK_TEST_POSTGRES_URL not set");
        }
        oudePeriode(TestDatabase.postgres(), true);
    }

    /**
     * PostgreSQL with the migration/runtime split: the runtime role applies the term (UPDATE on the emptied columns
     * only), and still cannot change anything else of the log.
     */
    @Test
    void theRuntimeRoleAppliesTheTermAndNothingElseWithPostgres() throws Exception {
        String rol = VertrouwenPostgresTest.RUNTIME;
        String wachtwoord = VertrouwenPostgresTest.RUNTIME_WACHTWOORD;
        if (System.getenv("CI") == null) {
            assumeTrue(TestDatabase.postgresBeschikbaar() && rol != null, "PostgreSQL with a runtime role not set up");
        }
        TestDatabase db = TestDatabase.postgres();
        Path invoer = tmp.resolve("invoer");
        Proefopstelling.kopieer(Proefopstelling.MINI, invoer);
        try (Opslag o = Opslag.open(db.url(), rol, wachtwoord, db.user(), db.password())) {
            Werkbank wb = new Werkbank(o, invoer, ReadOptions.DEFAULT, java.time.Clock.systemUTC(), Invoerkeuze.MAP);
            try {
                Beslisregister r = new Beslisregister(o);
                r.leg(new Beslisregister.Verzoek("rv-001", "H02", "GM0014", "GM0014", 1, "{}", "reden oud", o.versie(), null));
                Path taak = invoer.resolve("taakstellingen.csv");
                Files.writeString(taak, Files.readString(taak).replace("2026-H1", "2026-H2"));
                wb.laad(invoer, "bh-001");
                r.leg(new Beslisregister.Verzoek("rv-001", "H03", "GM0014", "GM0014", 1, "{}", "reden nieuw", o.versie(), null));
                Bewaartermijn.Uitslag u = o.bewaartermijn(24, OffsetDateTime.now(ZoneOffset.UTC).plusMonths(25), "test", false);
                assertThat(u.periodes()).containsExactly("2026-H1");
                assertThat(u.redenenVerwijderd()).isEqualTo(1);
                assertThat(u.bestandenGeleegd()).isPositive();
                assertThat(wb.audit().keten().heel()).isTrue();
                assertThat(o.beslissingen()).extracting(b -> b.reden()).containsExactly(null, "reden nieuw");
            } finally {
                wb.taken().close();
            }
        }
        try (Connection c = java.sql.DriverManager.getConnection(db.url(), rol, wachtwoord); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("UPDATE beslissing SET reden = 'x'")).isInstanceOfSatisfying(SQLException.class,
                    e -> assertThat(e.getMessage()).contains("alleen aan te vullen"));
            assertThatThrownBy(() -> s.executeUpdate("UPDATE invoerversie_bestand SET sha256 = inhoud_base64"))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
        }
    }

    private static long beslis(Klant k, String id, String reden) {
        JsonNode advies = k.get("/api/huishoudens/" + id + "/advies").json();
        Klant.Antwoord a = k.post("/api/koppelingen", ApiTestBasis.beslissing(id,
                advies.get("advies").get(0).get("gemeente_code").asString(), reden, advies.get("plan_versie").asLong()));
        assertThat(a.status()).as(a.tekst()).isEqualTo(201);
        return a.json().get("id").asLong();
    }

    private void oudePeriode(TestDatabase db, boolean postgres) throws Exception {
        w = new Proefopstelling(tmp, db, Proefopstelling.MINI, 1 << 20);
        Klant rv = w.ingelogd("rv-002");
        long oud = beslis(rv, "H01", "familie woont in de buurt");
        // a new period: 2026-H2 from the same folder
        Path taak = w.map.resolve("taakstellingen.csv");
        Files.writeString(taak, Files.readString(taak).replace("2026-H1", "2026-H2"));
        Klant bh = w.ingelogd("bh-001");
        assertThat(bh.post("/api/periode/herladen", Map.of()).status()).isEqualTo(200);
        long nieuw = beslis(rv, "H05", "werk bij een neef");

        // now: the old period was closed a moment ago, within the default term; asked by a beheerder, always an event
        Klant.Antwoord nu = bh.post("/api/beheer/bewaartermijn", Map.of());
        assertThat(nu.status()).isEqualTo(200);
        assertThat(nu.json().get("termijn_maanden").asInt()).isEqualTo(Audit.STANDAARD_BEWAARTERMIJN);
        assertThat(nu.json().get("periodes")).isEmpty();
        assertThat(nu.json().get("redenen_verwijderd").asInt()).isZero();
        assertThat(nu.json().get("gebeurtenis_id").isNull()).isFalse();
        assertThat(rv.post("/api/beheer/bewaartermijn", Map.of()).status()).isEqualTo(403);
        assertThat(w.klant().metToken(Proefopstelling.LEZER_TOKEN).post("/api/beheer/bewaartermijn", Map.of()).status()).isEqualTo(403);

        // 25 months later
        OffsetDateTime later = OffsetDateTime.now(ZoneOffset.UTC).plusMonths(25);
        Bewaartermijn.Uitslag u = w.opslag.bewaartermijn(24, later, Audit.BEWAARTERMIJN, false);
        long bestanden;
        try (var s = Files.list(Proefopstelling.MINI)) {
            bestanden = s.filter(p -> p.getFileName().toString().endsWith(".csv") || p.getFileName().toString().equals("config.json")).count();
        }
        assertThat(u.periodes()).containsExactly("2026-H1");
        assertThat(u.redenenVerwijderd()).isEqualTo(1);
        assertThat(u.bestandenGeleegd()).isEqualTo((int) bestanden);
        assertThat(u.redenenBehouden()).isZero();
        assertThat(u.gebeurtenis()).isNotNull();

        JsonNode log = rv.get("/api/beslissingen").json();
        assertThat(log.get(0).get("id").asLong()).isEqualTo(oud);
        assertThat(log.get(0).get("reden").isNull()).isTrue();
        assertThat(log.get(0).get("huishouden_id").asString()).isEqualTo("H01");
        assertThat(log.get(1).get("reden").asString()).isEqualTo("werk bij een neef");
        JsonNode keten = rv.get("/api/audit/keten").json();
        assertThat(keten.get("heel").asBoolean()).as(keten.toString()).isTrue();
        // 2 loads, 2 decisions, 2 retention events
        assertThat(keten.get("lengte").asLong()).isEqualTo(6);
        assertThat(rv.get("/api/export/beslissingen.csv").tekst()).doesNotContain("familie woont").contains("werk bij een neef");
        String gebeurtenissen = rv.get("/api/export/gebeurtenissen.csv").tekst();
        assertThat(gebeurtenissen).contains(",serve (bewaartermijn),bewaartermijn,").contains("redenen_verwijderd")
                .contains(",bh-001,bewaartermijn,");
        JsonNode versies = rv.get("/api/periode/versies").json();
        assertThat(versies.get(0).get("sha256").get("huishoudens.csv").asString()).hasSize(64);
        try (Connection c = w.opslag.dataSource().getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT versie, COUNT(*), SUM(CASE WHEN inhoud_base64 = '' THEN 1 ELSE 0 END) "
                    + "FROM invoerversie_bestand GROUP BY versie ORDER BY versie")) {
                rs.next();
                assertThat(rs.getLong(3)).as("version 1 emptied").isEqualTo(rs.getLong(2));
                rs.next();
                assertThat(rs.getLong(3)).as("the current version kept").isZero();
            }
            try (ResultSet rs = s.executeQuery("SELECT reden_zout, reden_sha256 FROM beslissing WHERE id = " + oud)) {
                rs.next();
                assertThat(rs.getString(1)).isNull();
                assertThat(rs.getString(2)).hasSize(64);
            }
            // the database refuses anything else: a reason put back, the current period's reason changed, a file refilled
            for (String sql : new String[] {"UPDATE beslissing SET reden = 'familie' WHERE id = " + oud,
                    "UPDATE beslissing SET reden = 'iets anders' WHERE id = " + nieuw,
                    "UPDATE beslissing SET reden = NULL, reden_zout = NULL, reden_verwijderd_op = CURRENT_TIMESTAMP, "
                            + "gekozen_gemeente = 'GM0000' WHERE id = " + nieuw,
                    "UPDATE invoerversie_bestand SET inhoud_base64 = 'eA==' WHERE versie = 1",
                    "DELETE FROM invoerversie_bestand WHERE versie = 1"}) {
                assertThatThrownBy(() -> s.executeUpdate(sql)).as(sql).isInstanceOf(SQLException.class);
            }
        }
        // nothing more to do: no event
        Bewaartermijn.Uitslag nogmaals = w.opslag.bewaartermijn(24, later, Audit.BEWAARTERMIJN, false);
        assertThat(nogmaals.redenenVerwijderd() + nogmaals.bestandenGeleegd()).isZero();
        assertThat(nogmaals.gebeurtenis()).isNull();
        assertThat(rv.get("/api/audit/keten").json().get("lengte").asLong()).isEqualTo(6);

        // past the guard: a reason changed in place no longer matches its hash
        try (Connection c = w.opslag.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute(postgres ? "DROP TRIGGER beslissing_geen_wijziging ON beslissing" : "DROP TRIGGER beslissing_geen_wijziging");
            s.executeUpdate("UPDATE beslissing SET reden = 'iets anders' WHERE id = " + nieuw);
        }
        JsonNode gebroken = rv.get("/api/audit/keten").json();
        assertThat(gebroken.get("heel").asBoolean()).isFalse();
        assertThat(gebroken.get("fout").asString()).contains("beslissing " + nieuw).contains("reden past niet");
    }
}
