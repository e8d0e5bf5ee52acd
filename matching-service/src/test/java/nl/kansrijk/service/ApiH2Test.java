package nl.kansrijk.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

/** The API suite against the embedded H2 file database (the default). */
class ApiH2Test extends ApiTestBasis {

    @Override
    TestDatabase database(Path dir) {
        return TestDatabase.h2(dir);
    }

    /** A commit is in the file when the answer goes out, so a killed werkbank loses no decision (see HerstartTest). */
    @Test
    void everyCommitIsWrittenAtOnce() throws Exception {
        try (Connection c = w.opslag.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("0");
        }
    }
}
