package nl.kansrijk.service;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;

/**
 * The API suite against PostgreSQL, when {@code KANSRIJK_TEST_POSTGRES_URL} names one (.ci/run starts Debian's
 * postgresql and sets it; in CI a missing database fails the run instead of skipping).
 */
class ApiPostgresTest extends ApiTestBasis {

    @Override
    TestDatabase database(Path dir) throws Exception {
        if (System.getenv("CI") == null) {
            assumeTrue(TestDatabase.postgresBeschikbaar(), "KANSRIJK_TEST_POSTGRES_URL not set");
        }
        return TestDatabase.postgres();
    }
}
