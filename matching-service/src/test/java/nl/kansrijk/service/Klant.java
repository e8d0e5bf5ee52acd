package nl.kansrijk.service;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A client of the werkbank over real HTTP, with its own cookie jar and the session's CSRF token. */
final class Klant {

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** One answer: status, headers and body. */
    record Antwoord(int status, HttpResponse<byte[]> response) {
        String tekst() {
            return new String(response.body(), StandardCharsets.UTF_8);
        }

        JsonNode json() {
            return JSON.readTree(tekst());
        }

        String header(String naam) {
            return response.headers().firstValue(naam).orElse(null);
        }
    }

    private final String basis;
    private final HttpClient http;
    private String csrf;
    private String token;

    Klant(int port) {
        this.basis = "http://127.0.0.1:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(5)).build();
    }

    Klant metToken(String t) {
        this.token = t;
        return this;
    }

    Antwoord login(String gebruiker, String wachtwoord) {
        Antwoord a = post("/api/login", Map.of("gebruiker", gebruiker, "wachtwoord", wachtwoord));
        if (a.status() == 200) {
            csrf = a.json().get("csrf_token").asString();
        }
        return a;
    }

    Antwoord get(String pad) {
        return stuur(HttpRequest.newBuilder(URI.create(basis + pad)).GET());
    }

    Antwoord delete(String pad) {
        return stuur(HttpRequest.newBuilder(URI.create(basis + pad)).DELETE());
    }

    Antwoord post(String pad, Object json) {
        return postRuw(pad, "application/json", JSON.writeValueAsBytes(json));
    }

    Antwoord postRuw(String pad, String type, byte[] body) {
        return stuur(HttpRequest.newBuilder(URI.create(basis + pad)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    Antwoord put(String pad, String type, byte[] body) {
        return stuur(HttpRequest.newBuilder(URI.create(basis + pad)).header("Content-Type", type)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    Antwoord stuur(HttpRequest.Builder b) {
        if (csrf != null) {
            b.header("X-CSRF-Token", csrf);
        }
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<byte[]> r = http.send(b.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Antwoord(r.statusCode(), r);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Forgets the CSRF token (the cookie stays): for the CSRF test. */
    void zonderCsrf() {
        csrf = null;
    }
}
