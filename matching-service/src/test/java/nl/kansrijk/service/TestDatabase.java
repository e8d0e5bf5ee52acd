package nl.kansrijk.service;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * The database a test runs against: a fresh H2 file in a temporary folder, or, when {@code KANSRIJK_TEST_POSTGRES_URL}
 * is set (as .ci/run does), a PostgreSQL database emptied first.
 */
record TestDatabase(String url, String user, String password) {

    static final String PG_URL = System.getenv("KANSRIJK_TEST_POSTGRES_URL");

    static boolean postgresBeschikbaar() {
        return PG_URL != null && !PG_URL.isBlank();
    }

    static TestDatabase h2(Path dir) {
        return new TestDatabase("jdbc:h2:file:" + dir.resolve("werkbank").toAbsolutePath(), null, null);
    }

    /** The PostgreSQL test database, with its public schema dropped and made again. */
    static TestDatabase postgres() throws Exception {
        String user = System.getenv().getOrDefault("KANSRIJK_TEST_POSTGRES_USER", "kansrijk");
        String password = System.getenv().getOrDefault("KANSRIJK_TEST_POSTGRES_PASSWORD", "kansrijk");
        try (Connection c = DriverManager.getConnection(PG_URL, user, password); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS public CASCADE");
            s.execute("CREATE SCHEMA public");
        }
        return new TestDatabase(PG_URL, user, password);
    }
}
