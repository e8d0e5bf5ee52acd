package nl.kansrijk.service;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;

/**
 * The dwellings in the werkbank against PostgreSQL, when {@code KANSRIJK_TEST_POSTGRES_URL} names one (as
 * {@link ApiPostgresTest}): the exchange's decisions recorded in one transaction there too.
 */
class WoningenApiPostgresTest extends WoningenApiTestBasis {

    @Override
    TestDatabase database(Path dir) throws Exception {
        if (System.getenv("CI") == null) {
            assumeTrue(TestDatabase.postgresBeschikbaar(), "KANSRIJK_TEST_POSTGRES_URL not set");
        }
        return TestDatabase.postgres();
    }
}
