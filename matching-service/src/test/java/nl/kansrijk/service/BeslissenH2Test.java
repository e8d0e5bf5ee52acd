package nl.kansrijk.service;

import java.nio.file.Path;

/** Decisions per household against the embedded H2 file database. */
class BeslissenH2Test extends BeslissenTestBasis {

    @Override
    TestDatabase database(Path dir) {
        return TestDatabase.h2(dir);
    }
}
