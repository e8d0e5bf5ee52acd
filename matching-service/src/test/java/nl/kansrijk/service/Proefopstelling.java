package nl.kansrijk.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.stream.Stream;

import nl.kansrijk.io.input.ReadOptions;
import nl.kansrijk.service.opslag.Opslag;
import nl.kansrijk.service.web.Gebruikers;
import nl.kansrijk.service.web.WerkbankServer;

/** A werkbank started in this JVM on a free port of 127.0.0.1, with a users file holding two users and a token. */
final class Proefopstelling implements AutoCloseable {

    static final String WACHTWOORD = "geheim-wachtwoord-1";
    static final String TOKEN = "tvs-systeemtoken-0123456789";
    static final LocalDate DATUM = LocalDate.of(2026, 1, 12);
    static final Path MINI = Path.of("..", "sample-data", "mini").toAbsolutePath().normalize();

    final Path map;
    final Opslag opslag;
    final Werkbank werkbank;
    final WerkbankServer server;

    Proefopstelling(Path tmp, TestDatabase db, Path invoer, long maxUpload) throws IOException {
        this(tmp, db, invoer, maxUpload, DATUM);
    }

    /** The werkbank with its clock at noon (UTC) of {@code datum}. */
    Proefopstelling(Path tmp, TestDatabase db, Path invoer, long maxUpload, LocalDate datum) throws IOException {
        this.map = tmp.resolve("invoer");
        kopieer(invoer, map);
        Path users = tmp.resolve("gebruikers.json");
        Files.writeString(users, gebruikersbestand());
        Clock klok = Clock.fixed(datum.equals(DATUM) ? DATUM.atStartOfDay().toInstant(ZoneOffset.UTC)
                : datum.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        this.opslag = Opslag.open(db.url(), db.user(), db.password());
        this.werkbank = new Werkbank(opslag, map, ReadOptions.DEFAULT, klok);
        this.server = WerkbankServer.start(werkbank, Gebruikers.lees(users), new WerkbankServer.Instellingen("127.0.0.1", 0,
                WerkbankServer.Instellingen.MAX_JSON, maxUpload, false, false, map), klok);
    }

    /** The users file, hashed once per test run (PBKDF2 is slow on purpose). */
    static String gebruikersbestand() {
        return Gebruikersbestand.TEKST;
    }

    private static final class Gebruikersbestand {
        static final String TEKST = maak();
    }

    static final String LEZER_TOKEN = "lezer-token-0123456789abcdef";

    /**
     * rv-001 is regievoerder and beheerder (the tests of issue 31 load periods and decide with it), rv-002 has no
     * "rol" (a file from before roles: regievoerder), bh-001 is beheerder, lz-001 lezer; the token tvs decides,
     * the token lezer reads.
     */
    private static String maak() {
        String hash = Gebruikers.hash(WACHTWOORD.toCharArray());
        return "{\"gebruikers\": [{\"id\": \"rv-001\", \"rol\": [\"regievoerder\", \"beheerder\"], \"wachtwoord_hash\": \""
                + hash + "\"}, {\"id\": \"rv-002\", \"wachtwoord_hash\": \"" + hash + "\"},"
                + " {\"id\": \"bh-001\", \"rol\": \"beheerder\", \"wachtwoord_hash\": \"" + hash + "\"},"
                + " {\"id\": \"lz-001\", \"rol\": \"lezer\", \"wachtwoord_hash\": \"" + hash + "\"}],"
                + " \"tokens\": [{\"id\": \"tvs\", \"rol\": \"regievoerder\", \"token_sha256\": \"" + Gebruikers.sha256(TOKEN) + "\"},"
                + " {\"id\": \"lezer\", \"rol\": \"lezer\", \"token_sha256\": \"" + Gebruikers.sha256(LEZER_TOKEN) + "\"}]}";
    }

    Klant klant() {
        return new Klant(server.port());
    }

    Klant ingelogd(String gebruiker) {
        Klant k = klant();
        if (k.login(gebruiker, WACHTWOORD).status() != 200) {
            throw new IllegalStateException("login failed");
        }
        return k;
    }

    static void kopieer(Path van, Path naar) throws IOException {
        Files.createDirectories(naar);
        try (Stream<Path> s = Files.list(van)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                Files.copy(p, naar.resolve(p.getFileName()));
            }
        }
    }

    @Override
    public void close() {
        server.close();
        werkbank.taken().close();
        opslag.close();
    }
}
