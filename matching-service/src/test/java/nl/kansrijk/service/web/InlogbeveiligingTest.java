package nl.kansrijk.service.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import nl.kansrijk.service.Fout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pieces of login that resist abuse, each on its own with a clock the test moves. */
class InlogbeveiligingTest {

    @TempDir
    Path tmp;

    /** A clock the test moves. */
    static final class Klok extends Clock {
        Instant nu = Instant.parse("2026-01-12T08:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return nu;
        }
    }

    @Test
    void sessionsEndAfterThirtyIdleMinutesAndAfterEightHoursWhateverHappens() {
        Klok klok = new Klok();
        Sessies s = new Sessies(klok);
        Account a = new Account("rv-001", EnumSet.of(Rol.REGIEVOERDER));
        String id = s.nieuw(a);
        klok.nu = klok.nu.plus(Duration.ofMinutes(29));
        assertThat(s.zoek(id)).isPresent();
        klok.nu = klok.nu.plus(Duration.ofMinutes(29));
        assertThat(s.zoek(id)).as("used 29 minutes ago").isPresent();
        klok.nu = klok.nu.plus(Duration.ofMinutes(30));
        assertThat(s.zoek(id)).as("idle 30 minutes").isEmpty();
        assertThat(s.zoek(id)).as("removed").isEmpty();

        String lang = s.nieuw(a);
        for (int i = 0; i < 8 * 3 - 1; i++) {
            klok.nu = klok.nu.plus(Duration.ofMinutes(20));
            assertThat(s.zoek(lang)).as("after %d minutes of use", (i + 1) * 20).isPresent();
        }
        klok.nu = klok.nu.plus(Duration.ofMinutes(20));
        assertThat(s.zoek(lang)).as("8 hours").isEmpty();
    }

    @Test
    void aLockIsPerIdAndAddressAndThenPerAddressAndOverall() {
        Klok klok = new Klok();
        Inlogpogingen p = new Inlogpogingen(klok);
        for (int i = 0; i < Inlogpogingen.MAX_PER_ID; i++) {
            assertThat(p.blokkade("rv-001", "10.0.0.1")).isNull();
            p.mislukt("rv-001", "10.0.0.1");
        }
        assertThat(p.blokkade("rv-001", "10.0.0.1").reden()).isEqualTo("gebruiker");
        assertThat(p.blokkade("rv-001", "10.0.0.2")).as("the user can still log in from elsewhere").isNull();
        klok.nu = klok.nu.plus(Inlogpogingen.VENSTER);
        assertThat(p.blokkade("rv-001", "10.0.0.1")).isNull();

        for (int i = 0; i < Inlogpogingen.MAX_PER_ADRES; i++) {
            p.mislukt("id-" + i, "10.0.0.3");
        }
        assertThat(p.blokkade("rv-002", "10.0.0.3").reden()).isEqualTo("adres");
        assertThat(p.blokkade("rv-002", "10.0.0.4")).isNull();

        for (int i = 0; i < Inlogpogingen.MAX_TOTAAL; i++) {
            p.mislukt("x", "10.1." + (i / 250) + "." + (i % 250));
        }
        assertThat(p.blokkade("rv-002", "10.9.9.9").reden()).isEqualTo("totaal");
        klok.nu = klok.nu.plus(Inlogpogingen.TOTAAL_VENSTER);
        assertThat(p.blokkade("rv-002", "10.9.9.9")).isNull();
    }

    @Test
    void manyNewIdsNeitherGrowMemoryNorClearALock() {
        Klok klok = new Klok();
        Inlogpogingen p = new Inlogpogingen(klok);
        for (int i = 0; i < Inlogpogingen.MAX_PER_ID; i++) {
            p.mislukt("rv-001", "10.0.0.1");
        }
        for (int i = 0; i < Inlogpogingen.MAX_BIJGEHOUDEN + 5_000; i++) {
            p.mislukt("nieuw-" + i, "10.2." + (i / 250) + "." + (i % 250));
        }
        assertThat(p.bijgehouden()).isLessThanOrEqualTo(Inlogpogingen.MAX_BIJGEHOUDEN);
        assertThat(p.blokkade("rv-001", "10.0.0.1")).isNotNull();
    }

    @Test
    void hashingIsBoundedToTheGivenNumberAtOnce() throws Exception {
        Hashbegrenzing h = new Hashbegrenzing(2);
        AtomicInteger tegelijk = new AtomicInteger();
        AtomicInteger hoogste = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            java.util.List<Future<Integer>> f = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                f.add(pool.submit(() -> {
                    start.await();
                    return h.met(() -> {
                        int n = tegelijk.incrementAndGet();
                        hoogste.accumulateAndGet(n, Math::max);
                        try {
                            Thread.sleep(50);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        tegelijk.decrementAndGet();
                        return n;
                    });
                }));
            }
            start.countDown();
            for (Future<Integer> x : f) {
                x.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(hoogste.get()).isEqualTo(2);
        assertThat(h.vrij()).isEqualTo(2);
    }

    @Test
    void aFullHashingBoundAnswers503() throws Exception {
        Hashbegrenzing h = new Hashbegrenzing(1);
        CountDownLatch bezet = new CountDownLatch(1);
        CountDownLatch los = new CountDownLatch(1);
        Thread t = new Thread(() -> h.met(() -> {
            bezet.countDown();
            try {
                los.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return 0;
        }));
        t.start();
        bezet.await();
        try {
            assertThatThrownBy(() -> h.met(() -> 1)).isInstanceOfSatisfying(Fout.class, f -> assertThat(f.status()).isEqualTo(503));
        } finally {
            los.countDown();
            t.join();
        }
    }

    @Test
    void rolesFromTheUsersFileWithADefaultForOldFiles() throws Exception {
        String hash = Gebruikers.hash("w".toCharArray());
        Path f = tmp.resolve("g.json");
        Files.writeString(f, "{\"gebruikers\": [{\"id\": \"a\", \"wachtwoord_hash\": \"" + hash + "\"},"
                + " {\"id\": \"b\", \"rol\": [\"beheerder\", \"lezer\"], \"wachtwoord_hash\": \"" + hash + "\"}],"
                + " \"tokens\": [{\"id\": \"t\", \"rol\": \"lezer\", \"token_sha256\": \"" + Gebruikers.sha256("tok") + "\"}]}");
        Gebruikers g = Gebruikers.lees(f);
        assertThat(g.zonderRol()).isEqualTo(1);
        assertThat(g.controleer("a", "w".toCharArray()).orElseThrow().rollen()).isEqualTo(Gebruikers.STANDAARD_ROL);
        assertThat(g.controleer("b", "w".toCharArray()).orElseThrow().rollen()).isEqualTo(Set.of(Rol.BEHEERDER, Rol.LEZER));
        assertThat(g.token("tok").orElseThrow().rollen()).containsExactly(Rol.LEZER);

        Files.writeString(f, "{\"gebruikers\": [{\"id\": \"a\", \"rol\": \"baas\", \"wachtwoord_hash\": \"" + hash + "\"}]}");
        assertThatThrownBy(() -> Gebruikers.lees(f)).hasMessageContaining("onbekende rol 'baas'")
                .hasMessageContaining("regievoerder, beheerder, lezer");
        Files.writeString(f, "{\"gebruikers\": [{\"id\": \"" + "a".repeat(65) + "\", \"wachtwoord_hash\": \"" + hash + "\"}]}");
        assertThatThrownBy(() -> Gebruikers.lees(f)).hasMessageContaining("1 tot 64 tekens");
    }

    @Test
    void newHashesCost600000IterationsAndOldOnesStillVerify() {
        String nieuw = Gebruikers.hash("geheim".toCharArray());
        assertThat(nieuw).startsWith("pbkdf2-sha256:600000:");
        // a hash as hash-wachtwoord wrote it before issue 33 (210,000 iterations)
        String oud = "pbkdf2-sha256:210000:" + nieuw.split(":")[2] + ":";
        byte[] zout = java.util.Base64.getDecoder().decode(nieuw.split(":")[2]);
        String oudeHash = oud + java.util.Base64.getEncoder().encodeToString(pbkdf2("geheim".toCharArray(), zout, 210_000));
        assertThat(Gebruikers.klopt(oudeHash, "geheim".toCharArray())).isTrue();
        assertThat(Gebruikers.klopt(oudeHash, "anders".toCharArray())).isFalse();
        assertThat(Gebruikers.klopt(nieuw, "geheim".toCharArray())).isTrue();
    }

    private static byte[] pbkdf2(char[] w, byte[] zout, int n) {
        try {
            return javax.crypto.SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new javax.crypto.spec.PBEKeySpec(w, zout, n, 256)).getEncoded();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void listeningBeyondLoopbackWithoutSecureCookieWarns() {
        for (String host : new String[] {"127.0.0.1", "localhost", "::1", "127.0.1.1"}) {
            assertThat(instellingen(host, false).waarschuwing()).as(host).isEmpty();
        }
        assertThat(instellingen("0.0.0.0", false).waarschuwing()).get().asString().contains("--secure-cookie");
        assertThat(instellingen("192.0.2.10", false).waarschuwing()).isPresent();
        assertThat(instellingen("0.0.0.0", true).waarschuwing()).isEmpty();
    }

    private static WerkbankServer.Instellingen instellingen(String host, boolean secure) {
        return new WerkbankServer.Instellingen(host, 0, 1, 1, secure, false, Path.of("."));
    }

    @Test
    void theSecurityLogHashesIdsAndAddresses() {
        Beveiligingslog log = new Beveiligingslog(Clock.systemUTC());
        log.meld("login", "rv-001", "127.0.0.1", "rol=lezer");
        String regel = log.laatste().get(0);
        assertThat(regel).doesNotContain("rv-001").doesNotContain("127.0.0.1")
                .contains("gebruiker=" + log.pseudoniem("rv-001")).contains("rol=lezer");
        assertThat(log.pseudoniem("rv-001")).hasSize(12).isNotEqualTo(new Beveiligingslog(Clock.systemUTC()).pseudoniem("rv-001"));
    }
}
