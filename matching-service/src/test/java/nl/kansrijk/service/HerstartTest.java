package nl.kansrijk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Restart: {@code kansrijk serve} as its own process, decisions made, the process killed (SIGKILL, no shutdown
 * hook), started again: every decision, koppeling and the plan version are still there, and the process log holds
 * no household id or reason.
 */
class HerstartTest {

    private static final Pattern ADRES = Pattern.compile("werkbank: http://127\\.0\\.0\\.1:(\\d+)/");

    @TempDir
    Path tmp;

    @Test
    void nothingIsLostWithH2() throws Exception {
        herstart(List.of("--database", "jdbc:h2:file:" + tmp.resolve("db").resolve("werkbank").toAbsolutePath()), null);
    }

    @Test
    void nothingIsLostWithPostgres() throws Exception {
        if (System.getenv("CI") == null) {
            assumeTrue(TestDatabase.postgresBeschikbaar(), "KANSRIJK_TEST_POSTGRES_URL not set");
        }
        TestDatabase db = TestDatabase.postgres();
        herstart(List.of("--database", db.url(), "--database-user", db.user()), db.password());
    }

    private void herstart(List<String> database, String wachtwoord) throws Exception {
        Path invoer = tmp.resolve("invoer");
        Proefopstelling.kopieer(Proefopstelling.MINI, invoer);
        Path users = tmp.resolve("gebruikers.json");
        Files.writeString(users, Proefopstelling.gebruikersbestand());
        List<String> args = new ArrayList<>(List.of("serve", invoer.toString(), "--port", "0", "--users", users.toString(),
                "--datum", "2026-01-12"));
        args.addAll(database);

        Path log1 = tmp.resolve("server1.log");
        Process p1 = start(args, wachtwoord, log1);
        String csv1;
        String koppelingen1;
        long versie1;
        try {
            Klant k = new Klant(poort(p1, log1)).metToken(Proefopstelling.TOKEN);
            JsonNode advies = k.get("/api/huishoudens/H01/advies").json();
            long versie = advies.get("plan_versie").asLong();
            String tweede = advies.get("advies").get(1).get("gemeente_code").asString();
            assertThat(k.post("/api/koppelingen", ApiTestBasis.beslissing("H01", tweede, "geheime reden xq", versie)).status())
                    .isEqualTo(201);
            String h05 = k.get("/api/huishoudens/H05/advies").json().get("advies").get(0).get("gemeente_code").asString();
            assertThat(k.post("/api/koppelingen", ApiTestBasis.beslissing("H05", h05, null, versie + 1)).status()).isEqualTo(201);
            assertThat(k.get("/api/huishoudens/H77/advies").status()).isEqualTo(404);
            csv1 = k.get("/api/export/beslissingen.csv").tekst();
            koppelingen1 = k.get("/api/export/koppelingen.csv").tekst();
            versie1 = k.get("/api/periode").json().get("plan_versie").asLong();
        } finally {
            p1.destroyForcibly();
            assertThat(p1.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        // the input folder is gone after the first start: the period must come from the database
        try (var s = Files.list(invoer)) {
            for (Path f : s.toList()) {
                Files.delete(f);
            }
        }
        Path log2 = tmp.resolve("server2.log");
        Process p2 = start(args, wachtwoord, log2);
        try {
            Klant k = new Klant(poort(p2, log2)).metToken(Proefopstelling.TOKEN);
            assertThat(k.get("/api/export/beslissingen.csv").tekst()).isEqualTo(csv1);
            assertThat(k.get("/api/export/koppelingen.csv").tekst()).isEqualTo(koppelingen1);
            assertThat(k.get("/api/periode").json().get("plan_versie").asLong()).isEqualTo(versie1);
            assertThat(k.get("/api/huishoudens?status=gekoppeld").json()).hasSize(2);
            assertThat(csv1.lines().count()).isEqualTo(3);
        } finally {
            p2.destroy();
            p2.waitFor(30, TimeUnit.SECONDS);
        }
        for (Path log : List.of(log1, log2)) {
            String tekst = Files.readString(log);
            assertThat(tekst).doesNotContain("H01").doesNotContain("H05").doesNotContain("H77").doesNotContain("geheime reden");
            // the retention term ran at start: one line of counts
            assertThat(tekst).contains("bewaartermijn: 24 maanden (periodes gesloten voor ").contains("geen periode over de termijn");
        }
    }

    @Test
    void aNegativeRetentionTermIsRefusedWithExitCode2() throws Exception {
        Path invoer = tmp.resolve("invoer");
        Proefopstelling.kopieer(Proefopstelling.MINI, invoer);
        Path log = tmp.resolve("server.log");
        Process p = start(List.of("serve", invoer.toString(), "--port", "0", "--bewaartermijn", "-1", "--database",
                "jdbc:h2:file:" + tmp.resolve("db").resolve("werkbank").toAbsolutePath()), null, log);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(2);
        assertThat(Files.readString(log)).contains("--bewaartermijn moet 0 (uit) of een aantal maanden zijn, is -1")
                .doesNotContain("Exception");
    }

    static Process start(List<String> args, String wachtwoord, Path log) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", cp, WerkbankStart.class.getName()));
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        if (wachtwoord != null) {
            pb.environment().put("KANSRIJK_DB_PASSWORD", wachtwoord);
        }
        return pb.start();
    }

    static int poort(Process p, Path log) throws Exception {
        for (int i = 0; i < 600; i++) {
            if (Files.exists(log)) {
                Matcher m = ADRES.matcher(Files.readString(log));
                if (m.find()) {
                    return Integer.parseInt(m.group(1));
                }
            }
            if (!p.isAlive()) {
                throw new AssertionError("server stopte: " + Files.readString(log));
            }
            Thread.sleep(100);
        }
        throw new AssertionError("server start niet: " + Files.readString(log));
    }
}
