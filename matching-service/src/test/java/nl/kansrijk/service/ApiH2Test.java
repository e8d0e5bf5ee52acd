package nl.kansrijk.service;

import java.nio.file.Path;

/** The API suite against the embedded H2 file database (the default). */
class ApiH2Test extends ApiTestBasis {

    @Override
    TestDatabase database(Path dir) {
        return TestDatabase.h2(dir);
    }
}
