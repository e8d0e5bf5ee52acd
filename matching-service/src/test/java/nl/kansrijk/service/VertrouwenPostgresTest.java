package nl.kansrijk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;

import nl.kansrijk.io.input.ReadOptions;
import nl.kansrijk.service.opslag.Beslisregister;
import nl.kansrijk.service.opslag.Opslag;
import org.junit.jupiter.api.Test;

/** Issue 33's suite against PostgreSQL, when {@code KANSRIJK_TEST_POSTGRES_URL} names one (required in CI). */
class VertrouwenPostgresTest extends VertrouwenTestBasis {

    static final String RUNTIME = System.getenv("KANSRIJK_TEST_POSTGRES_RUNTIME_USER");
    static final String RUNTIME_WACHTWOORD = System.getenv("KANSRIJK_TEST_POSTGRES_RUNTIME_PASSWORD");

    @Override
    TestDatabase database(Path dir) throws Exception {
        if (System.getenv("CI") == null) {
            assumeTrue(TestDatabase.postgresBeschikbaar(), "KANSRIJK_TEST_POSTGRES_URL not set");
        }
        return TestDatabase.postgres();
    }

    /**
     * The migration role owns the tables; the runtime role (what the werkbank runs as) can decide and load periods,
     * but cannot change, delete or truncate the audit log, nor drop its triggers.
     */
    @Test
    void theRuntimeRoleCanOnlyAddToTheAuditLog() throws Exception {
        if (System.getenv("CI") == null) {
            assumeTrue(RUNTIME != null, "KANSRIJK_TEST_POSTGRES_RUNTIME_USER not set (.ci/werkbank-deps.sh sets it)");
        }
        w.close();
        w = null;
        try (Opslag o = Opslag.open(db.url(), RUNTIME, RUNTIME_WACHTWOORD, db.user(), db.password())) {
            Werkbank wb = new Werkbank(o, tmp.resolve("invoer"), ReadOptions.DEFAULT, Clock.systemUTC(), Invoerkeuze.MAP);
            try {
                long versie = o.versie();
                new Beslisregister(o).leg(new Beslisregister.Verzoek("rv-001", "H02", "GM0014", "GM0014", 1, "{}", null,
                        versie, null));
                assertThat(wb.audit().keten().heel()).isTrue();
                assertThat(wb.audit().keten().lengte()).isGreaterThanOrEqualTo(2);
            } finally {
                wb.taken().close();
            }
        }
        try (Connection c = DriverManager.getConnection(db.url(), RUNTIME, RUNTIME_WACHTWOORD); Statement s = c.createStatement()) {
            for (String sql : new String[] {"UPDATE beslissing SET gekozen_gemeente = 'x'", "DELETE FROM beslissing", "TRUNCATE beslissing",
                    "DELETE FROM keten", "UPDATE gebeurtenis SET gebruiker = 'x'", "TRUNCATE keten, keten_kop",
                    "DROP TRIGGER beslissing_geen_wijziging ON beslissing", "DROP TABLE keten"}) {
                // 42501: insufficient privilege (permission denied, must be owner) - refused by rights, before any trigger
                assertThatThrownBy(() -> s.execute(sql)).as(sql).isInstanceOfSatisfying(SQLException.class,
                        e -> assertThat(e.getSQLState()).as(sql + ": " + e.getMessage()).isEqualTo("42501"));
            }
            s.executeUpdate("UPDATE koppeling SET gemeente_code = gemeente_code");
            // the columns the retention term empties may be updated, but the trigger allows only their emptying
            assertThatThrownBy(() -> s.execute("UPDATE beslissing SET reden = 'x'")).isInstanceOfSatisfying(SQLException.class,
                    e -> assertThat(e.getMessage()).contains("alleen aan te vullen"));
        }
    }
}
