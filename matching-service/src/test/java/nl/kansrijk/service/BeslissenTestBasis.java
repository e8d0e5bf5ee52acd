package nl.kansrijk.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Decisions per household over real HTTP: colleagues deciding other households on one plan version are all
 * recorded; a decision loses only when its household or the room in its gemeente changed, and then the answer names
 * who decided what and when; moving a linked household needs a confirmation and a reason; a repeated request with
 * the same Idempotency-Key records one decision. Run against H2 and PostgreSQL.
 */
abstract class BeslissenTestBasis {

    @TempDir
    Path tmp;

    Proefopstelling w;

    abstract TestDatabase database(Path dir) throws Exception;

    @AfterEach
    void stop() {
        if (w != null) {
            w.close();
        }
    }

    void start(Path invoer) throws Exception {
        w = new Proefopstelling(tmp, database(tmp), invoer, 256 * 1024);
    }

    @Test
    void twoColleaguesDecidingDifferentHouseholdsOnOneVersionAreBothRecorded() throws Exception {
        start(Proefopstelling.MINI);
        Klant a = w.ingelogd("rv-001");
        Klant b = w.ingelogd("rv-002");
        long versie = a.get("/api/periode").json().get("plan_versie").asLong();
        String g1 = eerste(a, "H04");
        String g2 = anders(b, "H05", g1);
        assertThat(a.post("/api/koppelingen", besluit("H04", g1, "reden a", versie)).status()).isEqualTo(201);
        Klant.Antwoord tweede = b.post("/api/koppelingen", besluit("H05", g2, "reden b", versie));
        assertThat(tweede.status()).as(tweede.tekst()).isEqualTo(201);
        assertThat(tweede.json().get("plan_versie").asLong()).isEqualTo(versie);
        assertThat(tweede.json().get("nieuwe_plan_versie").asLong()).isEqualTo(versie + 2);
        assertThat(a.get("/api/beslissingen").json()).hasSize(2);
        assertThat(a.get("/api/huishoudens?status=gekoppeld").json()).hasSize(2);
    }

    @Test
    void theSameHouseholdDecidedTwiceNamesWhoLinkedItWhereAndWhen() throws Exception {
        start(Proefopstelling.MINI);
        Klant a = w.ingelogd("rv-001");
        Klant b = w.ingelogd("rv-002");
        long versie = a.get("/api/periode").json().get("plan_versie").asLong();
        String g1 = eerste(a, "H04");
        String g2 = anders(b, "H04", g1);
        assertThat(a.post("/api/koppelingen", besluit("H04", g1, "familie", versie)).status()).isEqualTo(201);
        Klant.Antwoord laat = b.post("/api/koppelingen", besluit("H04", g2, "eigen keuze", versie));
        assertThat(laat.status()).isEqualTo(409);
        JsonNode j = laat.json();
        assertThat(j.get("conflict").asString()).isEqualTo("huishouden");
        assertThat(j.get("fout").asString()).startsWith("H04 is intussen gekoppeld aan " + g1).contains("door rv-001")
                .contains("reden: familie");
        assertThat(j.get("koppeling").get("gebruiker").asString()).isEqualTo("rv-001");
        assertThat(j.get("koppeling").get("gemeente_code").asString()).isEqualTo(g1);
        assertThat(j.get("koppeling").get("tijd").asString()).matches("\\d{4}-\\d\\d-\\d\\dT.*\\+0[12]:00");
        assertThat(j.get("advies").get("huidige_gemeente").asString()).isEqualTo(g1);

        long nu = j.get("plan_versie").asLong();
        Klant.Antwoord zonder = b.post("/api/koppelingen", besluit("H04", g2, "eigen keuze", nu));
        assertThat(zonder.status()).isEqualTo(409);
        assertThat(zonder.json().get("veld").asString()).isEqualTo("verplaatsen");
        assertThat(zonder.json().get("fout").asString()).contains("al gekoppeld aan " + g1).contains("rv-001");
        Map<String, Object> verplaats = besluit("H04", g2, null, nu);
        verplaats.put("verplaatsen", true);
        Klant.Antwoord geenReden = b.post("/api/koppelingen", verplaats);
        assertThat(geenReden.status()).isEqualTo(400);
        assertThat(geenReden.json().get("veld").asString()).isEqualTo("reden");
        verplaats.put("reden", "gezin wil bij elkaar blijven");
        Klant.Antwoord verplaatst = b.post("/api/koppelingen", verplaats);
        assertThat(verplaatst.status()).as(verplaatst.tekst()).isEqualTo(201);
        assertThat(verplaatst.json().get("vorige_gemeente").asString()).isEqualTo(g1);
        assertThat(a.get("/api/huishoudens?status=gekoppeld").json().get(0).get("gemeente_code").asString()).isEqualTo(g2);
    }

    /**
     * A colleague's decision into the chosen gemeente is a conflict only when the room it leaves no longer holds the
     * household (the taakstelling would refuse it now): then the answer is that decision (409), not the rule. While
     * room enough is left, the later decision is recorded on the version it looked at.
     */
    @Test
    void aChangeOfRoomIsAConflictOnlyWhenWhatIsLeftNoLongerHoldsTheHousehold() throws Exception {
        start(Proefopstelling.MINI);
        Klant a = w.ingelogd("rv-001");
        Klant b = w.ingelogd("rv-002");

        // room enough for both: B's decision on the version before A's is recorded (no false conflict)
        long versie = a.get("/api/periode").json().get("plan_versie").asLong();
        String[] ruim = paar(a, true);
        assertThat(ruim).as("mini has a gemeente with room for two waiting households").isNotNull();
        assertThat(a.post("/api/koppelingen", besluit(ruim[1], ruim[0], "x", versie)).status()).isEqualTo(201);
        Klant.Antwoord erbij = b.post("/api/koppelingen", besluit(ruim[2], ruim[0], "zelfde gemeente, ruimte genoeg", versie));
        assertThat(erbij.status()).as(erbij.tekst()).isEqualTo(201);
        assertThat(erbij.json().get("nieuwe_plan_versie").asLong()).isEqualTo(versie + 2);

        // too little left after A's decision: B, who looked before it, is told of A's decision, not of the rule
        versie = a.get("/api/periode").json().get("plan_versie").asLong();
        String[] krap = paar(a, false);
        assertThat(krap).as("mini has a gemeente with room for either of two waiting households, not both").isNotNull();
        assertThat(a.post("/api/koppelingen", besluit(krap[1], krap[0], "x", versie)).status()).isEqualTo(201);
        assertThat(b.get("/api/huishoudens/" + krap[2] + "/overweging?gemeente=" + krap[0]).json().get("weigering")
                .toString()).contains("taakstelling");
        Klant.Antwoord ruimte = b.post("/api/koppelingen", besluit(krap[2], krap[0], "zelfde gemeente", versie));
        assertThat(ruimte.status()).as(ruimte.tekst()).isEqualTo(409);
        assertThat(ruimte.json().get("conflict").asString()).isEqualTo("ruimte");
        assertThat(ruimte.json().get("fout").asString()).startsWith("de ruimte in " + krap[0])
                .contains("rv-001 koppelde " + krap[1]);
        assertThat(ruimte.json().get("koppeling").get("huishouden_id").asString()).isEqualTo(krap[1]);

        Klant.Antwoord oud = b.post("/api/koppelingen", besluit(krap[2], krap[0], "zelfde gemeente", versie - 3));
        assertThat(oud.status()).isEqualTo(409);
        assertThat(oud.json().get("conflict").asString()).isEqualTo("periode");
        assertThat(a.get("/api/beslissingen").json()).hasSize(3);
    }

    /**
     * A gemeente and two waiting households both allowed there now, whose persons together fit in the places still
     * open ({@code beide}) or do not ({@code !beide}): {gemeente, first, second}, the first the larger; or null.
     */
    static String[] paar(Klant k, boolean beide) {
        JsonNode wachtend = k.get("/api/huishoudens?status=wachtend").json();
        for (JsonNode g : k.get("/api/gemeenten").json()) {
            String code = g.get("gemeente_code").asString();
            long open = g.get("resterend").asLong();
            List<JsonNode> passend = new ArrayList<>();
            for (JsonNode h : wachtend) {
                if (h.get("personen").asLong() <= open && toegestaan(k, h.get("huishouden_id").asString(), code)) {
                    passend.add(h);
                }
            }
            passend.sort((x, y) -> Long.compare(y.get("personen").asLong(), x.get("personen").asLong()));
            for (int i = 0; i < passend.size(); i++) {
                for (int j = i + 1; j < passend.size(); j++) {
                    long samen = passend.get(i).get("personen").asLong() + passend.get(j).get("personen").asLong();
                    if ((samen <= open) == beide) {
                        return new String[] {code, passend.get(i).get("huishouden_id").asString(),
                            passend.get(j).get("huishouden_id").asString()};
                    }
                }
            }
        }
        return null;
    }

    @Test
    void followingTheAdviceOneSawNeedsNoReason() throws Exception {
        start(Proefopstelling.MINI);
        Klant a = w.ingelogd("rv-001");
        long versie = a.get("/api/periode").json().get("plan_versie").asLong();
        String eerste = eerste(a, "H04");
        String tweede = anders(a, "H04", eerste);
        Map<String, Object> b = besluit("H04", tweede, null, versie);
        b.put("gezien_advies", eerste);
        Klant.Antwoord zonder = a.post("/api/koppelingen", b);
        assertThat(zonder.status()).isEqualTo(400);
        assertThat(zonder.json().get("veld").asString()).isEqualTo("reden");
        b.put("gezien_advies", tweede);
        Klant.Antwoord gevolgd = a.post("/api/koppelingen", b);
        assertThat(gevolgd.status()).as(gevolgd.tekst()).isEqualTo(201);
        assertThat(gevolgd.json().get("geadviseerde_gemeente").asString()).isEqualTo(eerste);
        assertThat(gevolgd.json().get("rang").asInt()).isEqualTo(2);
    }

    @Test
    void aRepeatedRequestRecordsOneDecisionAndAnswersSuccess() throws Exception {
        start(Proefopstelling.MINI);
        Klant a = w.ingelogd("rv-001");
        long versie = a.get("/api/periode").json().get("plan_versie").asLong();
        String g = eerste(a, "H04");
        CountDownLatch klaar = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Future<Klant.Antwoord>> f = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            f.add(pool.submit(() -> {
                klaar.await();
                return metSleutel(a, besluit("H04", g, null, versie), "klik-1");
            }));
        }
        klaar.countDown();
        Set<Long> ids = new HashSet<>();
        int herhaald = 0;
        for (Future<Klant.Antwoord> x : f) {
            Klant.Antwoord r = x.get();
            assertThat(r.status()).as(r.tekst()).isEqualTo(201);
            ids.add(r.json().get("id").asLong());
            herhaald += r.json().get("herhaald").asBoolean() ? 1 : 0;
        }
        pool.shutdown();
        assertThat(ids).hasSize(1);
        assertThat(herhaald).isEqualTo(2);
        assertThat(a.get("/api/beslissingen").json()).hasSize(1);
        Klant.Antwoord later = metSleutel(a, besluit("H04", g, null, versie), "klik-1");
        assertThat(later.status()).isEqualTo(201);
        assertThat(later.json().get("id").asLong()).isEqualTo(ids.iterator().next());
        Klant.Antwoord misbruik = metSleutel(a, besluit("H05", eerste(a, "H05"), "x", versie), "klik-1");
        assertThat(misbruik.status()).isEqualTo(422);
        assertThat(misbruik.json().get("veld").asString()).isEqualTo("Idempotency-Key");
        assertThat(metSleutel(a, besluit("H05", g, "x", versie), "met spatie").status()).isEqualTo(400);
        assertThat(a.get("/api/beslissingen").json()).hasSize(1);
    }

    /**
     * Eight regievoerders at once, each deciding five households on the one plan version they all loaded, each into a
     * gemeente of its own: every decision is recorded (no false conflicts), nothing is lost, and each repeat returns
     * the decision it repeats.
     */
    @Test
    void manyRegievoerdersInParallelLoseNothingAndGetNoFalseConflicts() throws Exception {
        start(Path.of("..", "sample-data", "nl-2026-h1").toAbsolutePath().normalize());
        Klant eerste = w.ingelogd("rv-001");
        long versie = eerste.get("/api/periode").json().get("plan_versie").asLong();
        JsonNode wachtend = eerste.get("/api/huishoudens?status=wachtend&aantal=200").json();
        int threads = 8;
        int per = 5;
        Map<String, String> keuze = new LinkedHashMap<>();
        Set<String> bezet = new HashSet<>();
        for (JsonNode h : wachtend) {
            if (keuze.size() == threads * per) {
                break;
            }
            String id = h.get("huishouden_id").asString();
            for (JsonNode o : eerste.get("/api/huishoudens/" + id + "/advies?top=40").json().get("advies")) {
                if (bezet.add(o.get("gemeente_code").asString())) {
                    keuze.put(id, o.get("gemeente_code").asString());
                    break;
                }
            }
        }
        assertThat(keuze).hasSize(threads * per);
        List<String> ids = List.copyOf(keuze.keySet());
        CountDownLatch klaar = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<List<Klant.Antwoord>>> f = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Klant k = w.ingelogd(t % 2 == 0 ? "rv-001" : "rv-002");
            List<String> mijn = ids.subList(t * per, t * per + per);
            int nr = t;
            f.add(pool.submit(() -> {
                klaar.await();
                List<Klant.Antwoord> out = new ArrayList<>();
                for (String id : mijn) {
                    out.add(metSleutel(k, besluit(id, keuze.get(id), "parallel " + nr, versie), "t" + nr + "-" + id));
                }
                out.add(metSleutel(k, besluit(mijn.get(0), keuze.get(mijn.get(0)), "parallel " + nr, versie),
                        "t" + nr + "-" + mijn.get(0)));
                return out;
            }));
        }
        klaar.countDown();
        Map<String, Long> beslissing = new HashMap<>();
        for (Future<List<Klant.Antwoord>> x : f) {
            List<Klant.Antwoord> out = x.get();
            for (int i = 0; i < out.size(); i++) {
                Klant.Antwoord r = out.get(i);
                assertThat(r.status()).as(r.tekst()).isEqualTo(201);
                String id = r.json().get("huishouden_id").asString();
                if (i < per) {
                    assertThat(r.json().get("herhaald").asBoolean()).isFalse();
                    beslissing.put(id, r.json().get("id").asLong());
                } else {
                    assertThat(r.json().get("herhaald").asBoolean()).isTrue();
                    assertThat(r.json().get("id").asLong()).isEqualTo(beslissing.get(id));
                }
            }
        }
        pool.shutdown();
        assertThat(eerste.get("/api/beslissingen").json()).hasSize(threads * per);
        Map<String, String> gekoppeld = new HashMap<>();
        for (JsonNode h : eerste.get("/api/huishoudens?status=gekoppeld&aantal=1000").json()) {
            gekoppeld.put(h.get("huishouden_id").asString(), h.get("gemeente_code").asString());
        }
        assertThat(gekoppeld).isEqualTo(keuze);
        assertThat(eerste.get("/api/periode").json().get("plan_versie").asLong()).isEqualTo(versie + threads * per);
    }

    /**
     * Eight regievoerders at once, five households each, all on the one plan version they loaded, into a handful of
     * shared gemeenten that have room for all of them: the room in each changes under every decision, yet none is a
     * conflict, and every decision is recorded.
     */
    @Test
    void manyRegievoerdersIntoSharedGemeentenWithRoomEnoughGetNoConflicts() throws Exception {
        start(Path.of("..", "sample-data", "nl-2026-h1").toAbsolutePath().normalize());
        Klant eerste = w.ingelogd("rv-001");
        long versie = eerste.get("/api/periode").json().get("plan_versie").asLong();
        Map<String, Long> open = new HashMap<>();
        for (JsonNode g : eerste.get("/api/gemeenten").json()) {
            open.put(g.get("gemeente_code").asString(), g.get("resterend").asLong());
        }
        int threads = 8;
        int per = 5;
        Map<String, String> keuze = new LinkedHashMap<>();
        Map<String, Integer> perGemeente = new HashMap<>();
        for (JsonNode h : eerste.get("/api/huishoudens?status=wachtend&aantal=300").json()) {
            if (keuze.size() == threads * per) {
                break;
            }
            String id = h.get("huishouden_id").asString();
            long personen = h.get("personen").asLong();
            String gekozen = null;
            for (JsonNode o : eerste.get("/api/huishoudens/" + id + "/advies?top=20").json().get("advies")) {
                String g = o.get("gemeente_code").asString();
                boolean ruimte = open.getOrDefault(g, 0L) >= personen;
                if (ruimte && (perGemeente.containsKey(g) || gekozen == null && perGemeente.size() < 6)) {
                    gekozen = g;
                    if (perGemeente.containsKey(g)) {
                        break;
                    }
                }
            }
            if (gekozen != null) {
                keuze.put(id, gekozen);
                open.merge(gekozen, -personen, Long::sum);
                perGemeente.merge(gekozen, 1, Integer::sum);
            }
        }
        assertThat(keuze).hasSize(threads * per);
        assertThat(perGemeente.values()).as("gemeenten shared by several decisions").anyMatch(n -> n >= 3);
        List<String> ids = List.copyOf(keuze.keySet());
        CountDownLatch klaar = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<List<Klant.Antwoord>>> f = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Klant k = w.ingelogd(t % 2 == 0 ? "rv-001" : "rv-002");
            List<String> mijn = ids.subList(t * per, t * per + per);
            int nr = t;
            f.add(pool.submit(() -> {
                klaar.await();
                List<Klant.Antwoord> out = new ArrayList<>();
                for (String id : mijn) {
                    out.add(metSleutel(k, besluit(id, keuze.get(id), "gedeeld " + nr, versie), "g" + nr + "-" + id));
                }
                return out;
            }));
        }
        klaar.countDown();
        for (Future<List<Klant.Antwoord>> x : f) {
            for (Klant.Antwoord r : x.get()) {
                assertThat(r.status()).as(r.tekst()).isEqualTo(201);
            }
        }
        pool.shutdown();
        assertThat(eerste.get("/api/beslissingen").json()).hasSize(threads * per);
        Map<String, String> gekoppeld = new HashMap<>();
        for (JsonNode h : eerste.get("/api/huishoudens?status=gekoppeld&aantal=1000").json()) {
            gekoppeld.put(h.get("huishouden_id").asString(), h.get("gemeente_code").asString());
        }
        assertThat(gekoppeld).isEqualTo(keuze);
        assertThat(eerste.get("/api/audit/keten").json().get("heel").asBoolean()).isTrue();
    }

    // ---- helpers -----------------------------------------------------------------------------------------

    static Map<String, Object> besluit(String id, String gemeente, String reden, long versie) {
        return new HashMap<>(ApiTestBasis.beslissing(id, gemeente, reden, versie));
    }

    Klant.Antwoord metSleutel(Klant k, Map<String, Object> body, String sleutel) {
        return k.stuur(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + w.server.port() + "/api/koppelingen"))
                .header("Content-Type", "application/json").header("Idempotency-Key", sleutel)
                .POST(HttpRequest.BodyPublishers.ofByteArray(Klant.JSON.writeValueAsBytes(body))));
    }

    static String eerste(Klant k, String id) {
        return k.get("/api/huishoudens/" + id + "/advies").json().get("advies").get(0).get("gemeente_code").asString();
    }

    static String anders(Klant k, String id, String niet) {
        for (JsonNode o : k.get("/api/huishoudens/" + id + "/advies?top=10").json().get("advies")) {
            if (!o.get("gemeente_code").asString().equals(niet)) {
                return o.get("gemeente_code").asString();
            }
        }
        throw new AssertionError("geen tweede gemeente voor " + id);
    }

    static boolean toegestaan(Klant k, String id, String gemeente) {
        return k.get("/api/huishoudens/" + id + "/overweging?gemeente=" + gemeente).json().get("toegestaan").asBoolean();
    }
}
