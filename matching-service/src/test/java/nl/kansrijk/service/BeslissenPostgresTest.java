package nl.kansrijk.service;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;

/** Decisions per household against PostgreSQL, when {@code KANSRIJK_TEST_POSTGRES_URL} names one (required in CI). */
class BeslissenPostgresTest extends BeslissenTestBasis {

    @Override
    TestDatabase database(Path dir) throws Exception {
        if (System.getenv("CI") == null) {
            assumeTrue(TestDatabase.postgresBeschikbaar(), "KANSRIJK_TEST_POSTGRES_URL not set");
        }
        return TestDatabase.postgres();
    }
}
