package nl.kansrijk.service;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;

/** Issue 33's suite against PostgreSQL, when {@code KANSRIJK_TEST_POSTGRES_URL} names one (required in CI). */
class VertrouwenPostgresTest extends VertrouwenTestBasis {

    @Override
    TestDatabase database(Path dir) throws Exception {
        if (System.getenv("CI") == null) {
            assumeTrue(TestDatabase.postgresBeschikbaar(), "KANSRIJK_TEST_POSTGRES_URL not set");
        }
        return TestDatabase.postgres();
    }
}
