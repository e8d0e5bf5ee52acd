package nl.kansrijk.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import nl.kansrijk.service.web.Gebruikers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Faults under load as a benchmark (issue 33 part 8): the werkbank as its own process ({@link WerkbankProces}) on
 * 127.0.0.1 holding a national period (default {@code sample-data/nl-2026-h1}), {@link #REGIEVOERDERS} regievoerders
 * (bearer tokens, role regievoerder) deciding at once while a solve job runs, the server killed with SIGKILL at a random
 * moment (seeded) and started again on the same database; per round: decisions acknowledged (201), how many of all
 * acknowledged so far are in the log after the restart (must be all, with their household and gemeente), whether the
 * hash chain verifies ({@code GET /api/audit/keten}), the time from the kill until the restarted server listens, and
 * decisions per second. The restarted server carries the next round. H2 in a temporary folder by default; PostgreSQL
 * with {@code --database jdbc:postgresql://… --database-user NAME} (password in {@code KANSRIJK_DB_PASSWORD}; an empty
 * database, or one this benchmark used before with the same instance).
 * Run: {@code matching-benchmarks/run herstart <out> [--rounds N] [--seed S] [--kill-min SEC] [--kill-max SEC]
 * [--instance DIR] [--database URL --database-user NAME]}. Not a test (the test is matching-service's
 * {@code BelastingHerstartTest}).
 */
public final class WerkbankHerstart {

    /** Regievoerders deciding at once. */
    static final int REGIEVOERDERS = 8;
    private static final Pattern ADRES = Pattern.compile("werkbank: http://127\\.0\\.0\\.1:(\\d+)/");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private WerkbankHerstart() {
    }

    /** A decision the server acknowledged. */
    record Bevestigd(long id, String huishouden, String gemeente) {
    }

    /** One round's figures. */
    record Ronde(int nummer, double killNaS, boolean oplossingBezig, int bevestigd, int conflicten, int anders,
            int bevestigdTotaal, int aanwezig, long inLog, boolean ketenHeel, long ketenLengte, double herstartS,
            double besluitenPerS) {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 && !args[0].startsWith("--") ? args[0] : "matching-benchmarks/results/herstart");
        Map<String, String> opties = new HashMap<>();
        for (int i = args.length > 0 && !args[0].startsWith("--") ? 1 : 0; i < args.length; i += 2) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                System.err.println("herstart: optie zonder waarde of onbekend argument: " + args[i]);
                System.exit(2);
            }
            opties.put(args[i].substring(2), args[i + 1]);
        }
        int rondes = Integer.parseInt(opties.getOrDefault("rounds", "3"));
        long seed = Long.parseLong(opties.getOrDefault("seed", "1"));
        double killMin = Double.parseDouble(opties.getOrDefault("kill-min", "5"));
        double killMax = Double.parseDouble(opties.getOrDefault("kill-max", "15"));
        Path instantie = Path.of(opties.getOrDefault("instance", "sample-data/nl-2026-h1"));
        Path tmp = Files.createTempDirectory("werkbank-herstart");
        Path invoer = tmp.resolve("invoer");
        Files.createDirectories(invoer);
        try (Stream<Path> s = Files.list(instantie)) {
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                Files.copy(f, invoer.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        // a solve job that outlasts every round: the kill always hits it running
        Files.writeString(invoer.resolve("config.json"),
                "{\"beeindiging\": {\"tijdslimiet\": \"600s\", \"onverbeterde_stappen\": null, \"zettenlimiet\": null}}");
        String database = opties.getOrDefault("database", "jdbc:h2:file:" + tmp.resolve("db").resolve("werkbank").toAbsolutePath());
        List<String> tokens = new ArrayList<>();
        StringBuilder g = new StringBuilder("{\"tokens\": [");
        for (int i = 1; i <= REGIEVOERDERS; i++) {
            String t = Gebruikers.geheim();
            tokens.add(t);
            g.append("{\"id\": \"rv-").append(i).append("\", \"rol\": \"regievoerder\", \"token_sha256\": \"")
                    .append(Gebruikers.sha256(t)).append("\"}, ");
        }
        String lezer = Gebruikers.geheim();
        g.append("{\"id\": \"controle\", \"rol\": \"lezer\", \"token_sha256\": \"").append(Gebruikers.sha256(lezer)).append("\"}]}");
        Path users = tmp.resolve("gebruikers.json");
        Files.writeString(users, g.toString());
        List<String> serve = new ArrayList<>(List.of("serve", invoer.toString(), "--port", "0", "--users", users.toString(),
                "--database", database, "--datum", "2026-01-01"));
        if (opties.containsKey("database-user")) {
            serve.addAll(List.of("--database-user", opties.get("database-user")));
        }
        System.out.printf(Locale.ROOT, "herstart: %s, %d regievoerders, %d rounds, kill %.0f-%.0f s after the load begins, "
                + "seed %d, database %s%n", instantie, REGIEVOERDERS, rondes, killMin, killMax, seed,
                database.startsWith("jdbc:h2") ? "H2 (temporary file)" : database.replaceAll("password=[^;&]*", "password=***"));

        Random kans = new Random(seed);
        Map<Long, Bevestigd> alle = new ConcurrentHashMap<>();
        List<Ronde> uitslag = new ArrayList<>();
        int logNummer = 0;
        Path log = tmp.resolve("server-" + logNummer + ".log");
        long s0 = System.nanoTime();
        Process server = start(serve, log);
        int poort = poort(server, log);
        System.out.printf(Locale.ROOT, "first start: %.2f s%n", (System.nanoTime() - s0) / 1e9);
        try {
            for (int r = 1; r <= rondes; r++) {
                double killNa = killMin + kans.nextDouble() * (killMax - killMin);
                String basis = "http://127.0.0.1:" + poort;
                HttpClient controle = client();
                JsonNode taak = JSON.readTree(verstuur(controle, HttpRequest.newBuilder(URI.create(basis + "/api/oplostaken"))
                        .header("Authorization", "Bearer " + tokens.get(0)).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{}")), 202));
                String taakId = taak.get("id").asString();
                List<String> wachtend = new ArrayList<>();
                JSON.readTree(verstuur(controle, HttpRequest.newBuilder(URI.create(basis + "/api/huishoudens?status=wachtend&aantal=1000"))
                        .header("Authorization", "Bearer " + lezer).GET(), 200)).forEach(h -> wachtend.add(h.get("huishouden_id").asString()));
                Map<Long, Bevestigd> bevestigd = new ConcurrentHashMap<>();
                AtomicInteger conflicten = new AtomicInteger();
                AtomicInteger anders = new AtomicInteger();
                AtomicBoolean stop = new AtomicBoolean();
                ExecutorService pool = Executors.newFixedThreadPool(REGIEVOERDERS);
                long begin = System.nanoTime();
                for (int t = 0; t < REGIEVOERDERS; t++) {
                    List<String> mijn = wachtend.subList(t * wachtend.size() / REGIEVOERDERS, (t + 1) * wachtend.size() / REGIEVOERDERS);
                    String token = tokens.get(t);
                    String ronde = "r" + r + "-";
                    String adres = basis;
                    pool.submit(() -> beslis(adres, token, ronde, mijn, stop, bevestigd, conflicten, anders));
                }
                Thread.sleep((long) (killNa * 1000));
                String toestand = JSON.readTree(verstuur(controle, HttpRequest.newBuilder(URI.create(basis + "/api/oplostaken/" + taakId))
                        .header("Authorization", "Bearer " + lezer).GET(), 200)).get("toestand").asString();
                server.destroyForcibly(); // SIGKILL
                server.waitFor(30, TimeUnit.SECONDS);
                long gedood = System.nanoTime();
                double belasting = (gedood - begin) / 1e9;
                stop.set(true);
                pool.shutdown();
                pool.awaitTermination(90, TimeUnit.SECONDS);
                alle.putAll(bevestigd);

                log = tmp.resolve("server-" + (++logNummer) + ".log");
                server = start(serve, log);
                poort = poort(server, log);
                double herstart = (System.nanoTime() - gedood) / 1e9;
                basis = "http://127.0.0.1:" + poort;
                Map<Long, JsonNode> inLog = new HashMap<>();
                JSON.readTree(verstuur(controle, HttpRequest.newBuilder(URI.create(basis + "/api/beslissingen"))
                        .header("Authorization", "Bearer " + lezer).GET(), 200)).forEach(b -> inLog.put(b.get("id").asLong(), b));
                int aanwezig = 0;
                for (Bevestigd b : alle.values()) {
                    JsonNode o = inLog.get(b.id());
                    if (o != null && o.get("huishouden_id").asString().equals(b.huishouden())
                            && o.get("gekozen_gemeente").asString().equals(b.gemeente())) {
                        aanwezig++;
                    }
                }
                JsonNode keten = JSON.readTree(verstuur(controle, HttpRequest.newBuilder(URI.create(basis + "/api/audit/keten"))
                        .header("Authorization", "Bearer " + lezer).GET(), 200));
                Ronde rd = new Ronde(r, belasting, "bezig".equals(toestand), bevestigd.size(), conflicten.get(), anders.get(),
                        alle.size(), aanwezig, inLog.size(), keten.get("heel").asBoolean(), keten.get("lengte").asLong(), herstart,
                        bevestigd.size() / belasting);
                uitslag.add(rd);
                System.out.println(rij(rd));
                if (aanwezig != alle.size() || !rd.ketenHeel()) {
                    System.out.println("herstart: FOUT: " + (alle.size() - aanwezig) + " bevestigde beslissingen ontbreken of "
                            + "de keten is niet heel; serverlogs in " + tmp);
                }
            }
        } finally {
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
        }
        StringBuilder md = new StringBuilder(KOP);
        StringBuilder csv = new StringBuilder("round,kill_after_s,solve_running,acknowledged,conflicts,other,"
                + "acknowledged_total,present_after_restart,in_log,chain_intact,chain_length,restart_s,decisions_per_s\n");
        for (Ronde rd : uitslag) {
            md.append(rij(rd)).append('\n');
            csv.append(String.format(Locale.ROOT, "%d,%.2f,%b,%d,%d,%d,%d,%d,%d,%b,%d,%.3f,%.2f%n", rd.nummer(), rd.killNaS(),
                    rd.oplossingBezig(), rd.bevestigd(), rd.conflicten(), rd.anders(), rd.bevestigdTotaal(), rd.aanwezig(),
                    rd.inLog(), rd.ketenHeel(), rd.ketenLengte(), rd.herstartS(), rd.besluitenPerS()));
        }
        Files.createDirectories(out);
        Files.writeString(out.resolve("herstart.md"), md.toString(), StandardCharsets.UTF_8);
        Files.writeString(out.resolve("herstart.csv"), csv.toString(), StandardCharsets.UTF_8);
        boolean goed = uitslag.stream().allMatch(rd -> rd.aanwezig() == rd.bevestigdTotaal() && rd.ketenHeel());
        System.out.println(goed ? "herstart: no acknowledged decision lost, chain intact after every restart"
                : "herstart: FOUT, zie boven");
        if (!goed) {
            System.exit(1);
        }
    }

    static final String KOP = "| round | kill after s | solve running | acknowledged | conflicts (409) | other answers | "
            + "acknowledged so far | present after restart | in log | chain | chain length | restart s | decisions/s |\n"
            + "|---|---|---|---|---|---|---|---|---|---|---|---|---|\n";

    static String rij(Ronde r) {
        return String.format(Locale.ROOT, "| %d | %.1f | %s | %d | %d | %d | %d | %d | %d | %s | %d | %.2f | %.1f |", r.nummer(),
                r.killNaS(), r.oplossingBezig() ? "yes" : "no", r.bevestigd(), r.conflicten(), r.anders(), r.bevestigdTotaal(),
                r.aanwezig(), r.inLog(), r.ketenHeel() ? "intact" : "BROKEN", r.ketenLengte(), r.herstartS(), r.besluitenPerS());
    }

    /**
     * One regievoerder working through its share: advice, then the decision for its first option (with an
     * Idempotency-Key); a 409 is answered by asking again (at most 3 times). Ends when the server is gone.
     */
    private static void beslis(String basis, String token, String ronde, List<String> mijn, AtomicBoolean stop,
            Map<Long, Bevestigd> bevestigd, AtomicInteger conflicten, AtomicInteger anders) {
        HttpClient http = client();
        try {
            for (String id : mijn) {
                for (int poging = 0; poging < 3 && !stop.get(); poging++) {
                    HttpResponse<String> a = http.send(HttpRequest.newBuilder(URI.create(basis + "/api/huishoudens/" + id + "/advies?top=1"))
                            .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + token).GET().build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (a.statusCode() != 200) {
                        anders.incrementAndGet();
                        break;
                    }
                    JsonNode advies = JSON.readTree(a.body());
                    if (advies.get("advies").isEmpty()) {
                        break;
                    }
                    String gemeente = advies.get("advies").get(0).get("gemeente_code").asString();
                    String body = "{\"huishouden_id\":\"" + id + "\",\"gemeente_code\":\"" + gemeente + "\",\"plan_versie\":"
                            + advies.get("plan_versie").asLong() + ",\"gezien_advies\":\"" + gemeente + "\"}";
                    HttpResponse<String> b = http.send(HttpRequest.newBuilder(URI.create(basis + "/api/koppelingen"))
                            .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json").header("Idempotency-Key", ronde + id + "-" + poging)
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                    if (b.statusCode() == 201) {
                        long nr = JSON.readTree(b.body()).get("id").asLong();
                        bevestigd.put(nr, new Bevestigd(nr, id, gemeente));
                        break;
                    }
                    if (b.statusCode() == 409) {
                        conflicten.incrementAndGet();
                    } else {
                        anders.incrementAndGet();
                        break;
                    }
                }
                if (stop.get()) {
                    return;
                }
            }
        } catch (IOException e) {
            // the server was killed under this request: not acknowledged, so not counted
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    }

    private static String verstuur(HttpClient http, HttpRequest.Builder b, int verwacht) throws Exception {
        HttpResponse<String> a = http.send(b.timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofString());
        if (a.statusCode() != verwacht) {
            throw new IllegalStateException("HTTP " + a.statusCode() + " (verwacht " + verwacht + "): " + a.body());
        }
        return a.body();
    }

    /** The server as its own JVM, its output in {@code log}; the database password is inherited from the environment. */
    static Process start(List<String> args, Path log) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                WerkbankProces.class.getName()));
        cmd.addAll(args);
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** The port the server printed, polled every 20 ms; fails when the server stops first. */
    static int poort(Process p, Path log) throws Exception {
        for (int i = 0; i < 15_000; i++) {
            if (Files.exists(log)) {
                Matcher m = ADRES.matcher(Files.readString(log));
                if (m.find()) {
                    return Integer.parseInt(m.group(1));
                }
            }
            if (!p.isAlive()) {
                throw new IllegalStateException("de werkbank stopte: " + Files.readString(log));
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("de werkbank start niet: " + Files.readString(log));
    }
}
