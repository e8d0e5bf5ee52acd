package nl.kansrijk.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;

/** Issue 33's suite against the embedded H2 file database. */
class VertrouwenH2Test extends VertrouwenTestBasis {

    @Override
    TestDatabase database(Path dir) {
        return TestDatabase.h2(dir);
    }

    /** The database file holds personal data: 0600 in a 0700 folder, whatever the umask. */
    @Test
    void theDatabaseFileIsOnlyForTheServersUser() throws Exception {
        Path bestand = tmp.resolve("werkbank.mv.db");
        assertThat(bestand).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(bestand))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(tmp))).isEqualTo("rwx------");
    }

    /** Encryption at rest as docs/privacy.md describes it: H2's CIPHER=AES, password "file-password user-password". */
    @Test
    void anEncryptedH2FileOpensOnlyWithItsFilePassword() throws Exception {
        Path dir = tmp.resolve("versleuteld");
        String url = "jdbc:h2:file:" + dir.resolve("werkbank").toAbsolutePath() + ";CIPHER=AES";
        try (var o = nl.kansrijk.service.opslag.Opslag.open(url, "kansrijk", "bestandsgeheim-1 gebruikersgeheim-1")) {
            assertThat(o.keten().heel()).isTrue();
        }
        byte[] inhoud = Files.readAllBytes(dir.resolve("werkbank.mv.db"));
        assertThat(new String(inhoud, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("beslissing")
                .doesNotContain("keten_kop");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> nl.kansrijk.service.opslag.Opslag.open(url, "kansrijk",
                "ander-geheim gebruikersgeheim-1").close()).isInstanceOf(RuntimeException.class);
    }
}
