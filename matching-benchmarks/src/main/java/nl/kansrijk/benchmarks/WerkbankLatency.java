package nl.kansrijk.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import nl.kansrijk.demo.DemoDataGenerator;
import nl.kansrijk.demo.DemoSettings;
import nl.kansrijk.io.input.ReadOptions;
import nl.kansrijk.io.output.ProblemCsvWriter;
import nl.kansrijk.model.Huishouden;
import nl.kansrijk.model.MatchingProblem;
import nl.kansrijk.service.HuishoudenJson;
import nl.kansrijk.service.Werkbank;
import nl.kansrijk.service.opslag.Opslag;
import nl.kansrijk.service.web.Gebruikers;
import nl.kansrijk.service.web.WerkbankServer;

/**
 * Latency of advice over HTTP: a werkbank on 127.0.0.1 (H2 database) holding a synthetic national period with
 * 10,000 pinned koppelingen, and a load generator of 1, 8 and 32 concurrent clients (one keep-alive HTTP/1.1
 * connection each, bearer token) asking {@code GET /api/huishoudens/{id}/advies?top=5} for random waiting
 * households. Server and clients share the JVM and the machine's cores. Prints and writes p50, p99, max and
 * throughput per level; then {@link #TEAM} regievoerders deciding at once ({@link #team}): advice and decision
 * p50/p95 and the conflicts. Run: {@code matching-benchmarks/run werkbank <out> [requests-per-level]}. Not a test.
 */
public final class WerkbankLatency {

    static final int VAST = 10_000;
    static final int VRIJ = 500;
    static final int[] CLIENTS = {1, 8, 32};
    /** Regievoerders deciding at once in the team run. */
    static final int TEAM = 8;

    private WerkbankLatency() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "matching-benchmarks/results/werkbank");
        int verzoeken = args.length > 1 ? Integer.parseInt(args[1]) : 4_000;
        Path tmp = Files.createTempDirectory("werkbank-latency");
        Path invoer = tmp.resolve("invoer");
        MatchingProblem p = DemoDataGenerator.genereer(new DemoSettings(VAST + VRIJ, 1, "2026-H1", VAST / (double) (VAST + VRIJ)));
        ProblemCsvWriter.write(p, invoer);
        long vast = p.huishoudens().stream().filter(Huishouden::isGekoppeld).count();
        String token = Gebruikers.geheim();
        Path users = tmp.resolve("gebruikers.json");
        Files.writeString(users, "{\"tokens\": [{\"id\": \"bench\", \"token_sha256\": \"" + Gebruikers.sha256(token) + "\"}]}");
        try (Opslag opslag = Opslag.open("jdbc:h2:file:" + tmp.resolve("db").resolve("werkbank"), null, null)) {
            Werkbank werkbank = new Werkbank(opslag, invoer, ReadOptions.DEFAULT, Clock.systemUTC());
            try (WerkbankServer server = WerkbankServer.start(werkbank, Gebruikers.lees(users), new WerkbankServer.Instellingen(
                    "127.0.0.1", 0, WerkbankServer.Instellingen.MAX_JSON, WerkbankServer.Instellingen.MAX_UPLOAD, false, false,
                    invoer), Clock.systemUTC())) {
                List<String> wachtend = werkbank.huishoudens("wachtend").stream().map(HuishoudenJson::huishoudenId).toList();
                String basis = "http://127.0.0.1:" + server.port() + "/api/huishoudens/";
                StringBuilder md = new StringBuilder();
                md.append("| clients | requests | p50 ms | p99 ms | max ms | requests/s |\n|---|---|---|---|---|---|\n");
                StringBuilder csv = new StringBuilder("clients,requests,p50_ms,p99_ms,max_ms,requests_per_s\n");
                System.out.printf(Locale.ROOT, "%d gemeenten, %d pinned koppelingen, %d waiting households; %d requests per level%n",
                        p.gemeenten().size(), vast, wachtend.size(), verzoeken);
                for (int c : CLIENTS) {
                    meet(basis, token, wachtend, c, Math.max(500, verzoeken / 2), 11); // warm-up
                    long start = System.nanoTime();
                    long[] ns = meet(basis, token, wachtend, c, verzoeken, 42);
                    double sec = (System.nanoTime() - start) / 1e9;
                    Arrays.sort(ns);
                    String rij = String.format(Locale.ROOT, "| %d | %d | %.2f | %.2f | %.2f | %.0f |", c, ns.length,
                            ms(pct(ns, 0.50)), ms(pct(ns, 0.99)), ms(ns[ns.length - 1]), ns.length / sec);
                    System.out.println(rij);
                    md.append(rij).append('\n');
                    csv.append(String.format(Locale.ROOT, "%d,%d,%.3f,%.3f,%.3f,%.1f%n", c, ns.length, ms(pct(ns, 0.50)),
                            ms(pct(ns, 0.99)), ms(ns[ns.length - 1]), ns.length / sec));
                }
                String team = team(basis, token, wachtend, TEAM);
                System.out.print(team);
                Files.createDirectories(out);
                Files.writeString(out.resolve("werkbank-team.md"), team, StandardCharsets.UTF_8);
                Files.writeString(out.resolve("werkbank-latency.md"), md.toString(), StandardCharsets.UTF_8);
                Files.writeString(out.resolve("werkbank-latency.csv"), csv.toString(), StandardCharsets.UTF_8);
            } finally {
                werkbank.taken().close();
            }
        }
    }

    /** {@code n} advice requests from {@code clients} threads; the latency of each, in nanoseconds. */
    static long[] meet(String basis, String token, List<String> ids, int clients, int n, long seed) throws Exception {
        AtomicInteger volgende = new AtomicInteger();
        java.util.concurrent.atomic.AtomicLong bytes = new java.util.concurrent.atomic.AtomicLong();
        long[] ns = new long[n];
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> klaar = new ArrayList<>();
        for (int t = 0; t < clients; t++) {
            Random r = new Random(seed * 1_000 + t);
            klaar.add(pool.submit(() -> {
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(5)).build();
                int i;
                while ((i = volgende.getAndIncrement()) < n) {
                    HttpRequest req = HttpRequest.newBuilder(URI.create(basis + ids.get(r.nextInt(ids.size())) + "/advies?top=5"))
                            .header("Authorization", "Bearer " + token).GET().build();
                    long s = System.nanoTime();
                    HttpResponse<byte[]> a = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
                    ns[i] = System.nanoTime() - s;
                    bytes.addAndGet(a.body().length);
                    if (a.statusCode() != 200) {
                        throw new IllegalStateException("HTTP " + a.statusCode());
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : klaar) {
            f.get();
        }
        pool.shutdown();
        System.out.printf(Locale.ROOT, "  (%d clients: %d requests, %.1f KB per answer on average)%n", clients, n,
                bytes.get() / 1024.0 / n);
        return ns;
    }

    /**
     * {@code team} regievoerders at once, each working through its own share of the waiting households: advice, then
     * the decision for its first option on the advice's plan version (with an Idempotency-Key). A 409 (its household
     * or the room in that gemeente changed meanwhile) is answered by asking the advice again and deciding once more.
     * Returns a table row of advice and decision p50/p95/max and the conflicts.
     */
    static String team(String basis, String token, List<String> ids, int team) throws Exception {
        List<Long> advies = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Long> besluit = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicInteger conflicten = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(team);
        List<Future<?>> klaar = new ArrayList<>();
        String koppelingen = basis.replace("/api/huishoudens/", "/api/koppelingen");
        for (int t = 0; t < team; t++) {
            List<String> mijn = ids.subList(t * ids.size() / team, (t + 1) * ids.size() / team);
            klaar.add(pool.submit(() -> {
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(5)).build();
                for (String id : mijn) {
                    for (int poging = 0; poging < 5; poging++) {
                        long s = System.nanoTime();
                        HttpResponse<String> a = http.send(HttpRequest.newBuilder(URI.create(basis + id + "/advies?top=5"))
                                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
                        advies.add(System.nanoTime() - s);
                        var json = JSON.readTree(a.body());
                        if (json.get("advies").isEmpty()) {
                            break;
                        }
                        String body = "{\"huishouden_id\":\"" + id + "\",\"gemeente_code\":\""
                                + json.get("advies").get(0).get("gemeente_code").asString() + "\",\"plan_versie\":"
                                + json.get("plan_versie").asLong() + ",\"gezien_advies\":\""
                                + json.get("advies").get(0).get("gemeente_code").asString() + "\"}";
                        s = System.nanoTime();
                        HttpResponse<String> b = http.send(HttpRequest.newBuilder(URI.create(koppelingen))
                                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                                .header("Idempotency-Key", id + "-" + poging)
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                        besluit.add(System.nanoTime() - s);
                        if (b.statusCode() == 201) {
                            break;
                        }
                        if (b.statusCode() != 409) {
                            throw new IllegalStateException("HTTP " + b.statusCode() + ": " + b.body());
                        }
                        conflicten.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        try {
            for (Future<?> f : klaar) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        long[] a = advies.stream().mapToLong(Long::longValue).sorted().toArray();
        long[] b = besluit.stream().mapToLong(Long::longValue).sorted().toArray();
        return String.format(Locale.ROOT, "| regievoerders | decisions | conflicts (409) | advice p50 ms | advice p95 ms | "
                + "advice max ms | decision p50 ms | decision p95 ms | decision max ms |%n|---|---|---|---|---|---|---|---|---|%n"
                + "| %d | %d | %d | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f |%n", team, b.length - conflicten.get(),
                conflicten.get(), ms(pct(a, 0.50)), ms(pct(a, 0.95)), ms(a[a.length - 1]), ms(pct(b, 0.50)),
                ms(pct(b, 0.95)), ms(b[b.length - 1]));
    }

    static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder().build();

    static long pct(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
    }

    static double ms(long ns) {
        return ns / 1e6;
    }

}
