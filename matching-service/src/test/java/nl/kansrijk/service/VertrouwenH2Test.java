package nl.kansrijk.service;

import java.nio.file.Path;

/** Issue 33's suite against the embedded H2 file database. */
class VertrouwenH2Test extends VertrouwenTestBasis {

    @Override
    TestDatabase database(Path dir) {
        return TestDatabase.h2(dir);
    }
}
