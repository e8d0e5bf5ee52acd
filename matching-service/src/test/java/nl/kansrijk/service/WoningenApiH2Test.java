package nl.kansrijk.service;

import java.nio.file.Path;

/** The dwellings in the werkbank against the embedded H2 file database (the default). */
class WoningenApiH2Test extends WoningenApiTestBasis {

    @Override
    TestDatabase database(Path dir) {
        return TestDatabase.h2(dir);
    }
}
