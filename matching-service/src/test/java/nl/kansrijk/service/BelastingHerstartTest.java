package nl.kansrijk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import nl.kansrijk.demo.DemoDataGenerator;
import nl.kansrijk.demo.DemoSettings;
import nl.kansrijk.io.output.ProblemCsvWriter;
import nl.kansrijk.service.web.Gebruikers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Faults under load (issue 33 part 8), on loopback only and bounded: eight regievoerders decide at once while a
 * solve job runs, the server is killed with SIGKILL in the middle of it and started again: every decision that was
 * acknowledged (201) is in the log with its household and gemeente, and the hash chain verifies.
 */
class BelastingHerstartTest {

    static final int REGIEVOERDERS = 8;
    static final int MIN_BEVESTIGD = 24;
    static final long MAX_BELASTING_MS = 90_000;

    @TempDir
    Path tmp;

    @Test
    void noAcknowledgedDecisionIsLostAndTheChainVerifiesWithH2() throws Exception {
        belast(List.of("--database", "jdbc:h2:file:" + tmp.resolve("db").resolve("werkbank").toAbsolutePath()), null);
    }

    @Test
    void noAcknowledgedDecisionIsLostAndTheChainVerifiesWithPostgres() throws Exception {
        if (System.getenv("CI") == null) {
            assumeTrue(TestDatabase.postgresBeschikbaar(), "KANSRIJK_TEST_POSTGRES_URL not set");
        }
        TestDatabase db = TestDatabase.postgres();
        belast(List.of("--database", db.url(), "--database-user", db.user()), db.password());
    }

    /** A decision the server acknowledged. */
    private record Bevestigd(long id, String huishouden, String gemeente) {
    }

    private void belast(List<String> database, String wachtwoord) throws Exception {
        Path invoer = tmp.resolve("invoer");
        ProblemCsvWriter.write(DemoDataGenerator.genereer(DemoSettings.of(300, 11)), invoer);
        Files.writeString(invoer.resolve("config.json"),
                "{\"beeindiging\": {\"tijdslimiet\": \"300s\", \"onverbeterde_stappen\": null, \"zettenlimiet\": null}}");
        Path users = tmp.resolve("gebruikers.json");
        String hash = Gebruikers.hash(Proefopstelling.WACHTWOORD.toCharArray());
        StringBuilder g = new StringBuilder("{\"gebruikers\": [");
        for (int i = 1; i <= REGIEVOERDERS; i++) {
            g.append(i > 1 ? ", " : "").append("{\"id\": \"rv-").append(i).append("\", \"rol\": \"regievoerder\", ")
                    .append("\"wachtwoord_hash\": \"").append(hash).append("\"}");
        }
        g.append("], \"tokens\": [{\"id\": \"tvs\", \"rol\": \"lezer\", \"token_sha256\": \"")
                .append(Gebruikers.sha256(Proefopstelling.TOKEN)).append("\"}]}");
        Files.writeString(users, g.toString());
        // a date in the past for the 14-day term: sessions and the security log still run on the real clock
        List<String> args = new ArrayList<>(List.of("serve", invoer.toString(), "--port", "0", "--users", users.toString(),
                "--datum", "2020-01-01"));
        args.addAll(database);

        Path log1 = tmp.resolve("server1.log");
        Process p1 = HerstartTest.start(args, wachtwoord, log1);
        Map<Long, Bevestigd> bevestigd = new ConcurrentHashMap<>();
        AtomicInteger conflicten = new AtomicInteger();
        long duur;
        try {
            int poort = HerstartTest.poort(p1, log1);
            List<Klant> klanten = new ArrayList<>();
            for (int i = 1; i <= REGIEVOERDERS; i++) {
                Klant k = new Klant(poort);
                assertThat(k.login("rv-" + i, Proefopstelling.WACHTWOORD).status()).isEqualTo(200);
                klanten.add(k);
            }
            Klant.Antwoord taak = klanten.get(0).post("/api/oplostaken", Map.of());
            assertThat(taak.status()).isEqualTo(202);
            String taakId = taak.json().get("id").asString();
            List<String> wachtend = new ArrayList<>();
            klanten.get(0).get("/api/huishoudens?status=wachtend").json().forEach(h -> wachtend.add(h.get("huishouden_id").asString()));
            AtomicBoolean stop = new AtomicBoolean();
            ExecutorService pool = Executors.newFixedThreadPool(REGIEVOERDERS);
            long begin = System.nanoTime();
            for (int i = 0; i < REGIEVOERDERS; i++) {
                Klant k = klanten.get(i);
                Random r = new Random(i);
                pool.submit(() -> {
                    while (!stop.get()) {
                        try {
                            String h = wachtend.get(r.nextInt(Math.min(60, wachtend.size())));
                            JsonNode advies = k.get("/api/huishoudens/" + h + "/advies").json();
                            String gemeente = advies.get("advies").get(0).get("gemeente_code").asString();
                            Klant.Antwoord a = k.post("/api/koppelingen", ApiTestBasis.beslissing(h, gemeente, null,
                                    advies.get("plan_versie").asLong()));
                            if (a.status() == 201) {
                                bevestigd.put(a.json().get("id").asLong(), new Bevestigd(a.json().get("id").asLong(), h, gemeente));
                            } else if (a.status() == 409 || a.status() == 400) {
                                conflicten.incrementAndGet();
                            }
                        } catch (RuntimeException e) {
                            return; // the server is gone
                        }
                    }
                });
            }
            long deadline = System.currentTimeMillis() + MAX_BELASTING_MS;
            while (bevestigd.size() < MIN_BEVESTIGD && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
            }
            assertThat(new Klant(poort).metToken(Proefopstelling.TOKEN).get("/api/oplostaken/" + taakId).json()
                    .get("toestand").asString()).as("the solve job still runs").isEqualTo("bezig");
            // SIGKILL while every regievoerder is still sending and the solve runs
            p1.destroyForcibly();
            assertThat(p1.waitFor(30, TimeUnit.SECONDS)).isTrue();
            duur = (System.nanoTime() - begin) / 1_000_000;
            stop.set(true);
            pool.shutdown();
            assertThat(pool.awaitTermination(90, TimeUnit.SECONDS)).isTrue();
        } finally {
            p1.destroyForcibly();
        }
        assertThat(bevestigd.size()).as("acknowledged decisions before the kill").isGreaterThanOrEqualTo(MIN_BEVESTIGD);
        System.out.printf("BelastingHerstartTest: %d regievoerders, %d decisions acknowledged, %d conflicts in %d ms "
                + "(%.1f decisions/s) before SIGKILL%n", REGIEVOERDERS, bevestigd.size(), conflicten.get(), duur,
                bevestigd.size() * 1000.0 / duur);

        Path log2 = tmp.resolve("server2.log");
        Process p2 = HerstartTest.start(args, wachtwoord, log2);
        try {
            Klant k = new Klant(HerstartTest.poort(p2, log2)).metToken(Proefopstelling.TOKEN);
            Map<Long, JsonNode> log = new java.util.HashMap<>();
            k.get("/api/beslissingen").json().forEach(b -> log.put(b.get("id").asLong(), b));
            for (Bevestigd b : bevestigd.values()) {
                JsonNode opgeslagen = log.get(b.id());
                assertThat(opgeslagen).as("acknowledged decision %d", b.id()).isNotNull();
                assertThat(opgeslagen.get("huishouden_id").asString()).isEqualTo(b.huishouden());
                assertThat(opgeslagen.get("gekozen_gemeente").asString()).isEqualTo(b.gemeente());
            }
            JsonNode keten = k.get("/api/audit/keten").json();
            assertThat(keten.get("heel").asBoolean()).as(keten.toString()).isTrue();
            assertThat(keten.get("lengte").asLong()).isEqualTo(log.size() + 1L);
            assertThat(Files.readString(log2)).contains("auditketen: intact");
            String vandaag = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
            String beveiliging = Files.readString(log1);
            assertThat(beveiliging).contains("kansrijk.beveiliging - tijd=").contains("gebeurtenis=login ")
                    .doesNotContain("tijd=2020-01-01").doesNotContain("rv-1\"").doesNotContain(" rv-1 ");
            assertThat(beveiliging.lines().filter(l -> l.contains("gebeurtenis=login ")).findFirst().orElseThrow())
                    .contains("tijd=" + vandaag.substring(0, 7));
        } finally {
            p2.destroy();
            p2.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
