package nl.kansrijk.service.web;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;

import io.javalin.http.Context;
import nl.kansrijk.service.Fout;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/login} and who a request is from: the id's form is checked first, then the throttles
 * ({@link Inlogpogingen}), then the password within the bound on concurrent hashing ({@link Hashbegrenzing});
 * sessions ({@link Sessies}) and bearer tokens give the request's {@link Account}. Every outcome goes to the
 * {@link Beveiligingslog}. Runs on the real clock.
 */
final class Inloggen {

    private final Gebruikers gebruikers;
    private final Sessies sessies;
    private final Inlogpogingen pogingen;
    private final Hashbegrenzing hashing;
    private final Beveiligingslog log;
    private final boolean veiligeCookie;

    Inloggen(Gebruikers gebruikers, Clock klok, Beveiligingslog log, boolean veiligeCookie) {
        this.gebruikers = gebruikers;
        this.sessies = new Sessies(klok);
        this.pogingen = new Inlogpogingen(klok);
        this.hashing = new Hashbegrenzing(Runtime.getRuntime().availableProcessors());
        this.log = log;
        this.veiligeCookie = veiligeCookie;
    }

    Inlogpogingen pogingen() {
        return pogingen;
    }

    /** Checks a login and answers with the session (cookie) and its CSRF token. */
    SessieJson login(Context ctx, Verzoek v, long maxJson) {
        JsonNode b = v.json(maxJson, Set.of("gebruiker", "wachtwoord"));
        String id = v.tekst(b, "gebruiker", true);
        String ww = v.tekst(b, "wachtwoord", true);
        String adres = ctx.ip();
        if (!Inlognaam.geldig(id)) {
            log.meld("login-ongeldige-id", null, adres, "lengte=" + Math.min(id.length(), 1_000_000));
            throw new Fout(400, "gebruiker", "gebruiker moet " + Inlognaam.VORM + " zijn");
        }
        if (ww.length() > 1024) {
            throw new Fout(400, "wachtwoord", "wachtwoord is langer dan 1024 tekens");
        }
        Inlogpogingen.Blokkade blok = pogingen.blokkade(id, adres);
        if (blok != null) {
            log.meld("login-geblokkeerd", id, adres, "reden=" + blok.reden());
            String wie = switch (blok.reden()) {
                case "gebruiker" -> "voor deze gebruiker vanaf dit adres";
                case "adres" -> "vanaf dit adres";
                default -> "op deze server";
            };
            throw new Fout(429, "gebruiker", "te veel mislukte pogingen " + wie + "; probeer het over " + blok.minuten()
                    + (blok.minuten() == 1 ? " minuut" : " minuten") + " opnieuw");
        }
        Optional<Account> wie = hashing.met(() -> gebruikers.controleer(id, ww.toCharArray()));
        if (wie.isEmpty()) {
            pogingen.mislukt(id, adres);
            log.meld("login-mislukt", id, adres, null);
            throw new Fout(401, "wachtwoord", "gebruiker of wachtwoord klopt niet");
        }
        pogingen.gelukt(id, adres);
        String sessie = sessies.nieuw(wie.get());
        log.meld("login", id, adres, "rol=" + String.join("+", wie.get().rolnamen())
                + (gebruikers.verouderd(id) ? " hash=verouderd" : ""));
        ctx.header("Set-Cookie", cookie(sessie, (int) Sessies.DUUR.toSeconds()));
        Sessies.Sessie s = sessies.zoek(sessie).orElseThrow();
        return new SessieJson(s.gebruiker(), s.csrf(), s.account().rolnamen());
    }

    void logout(Context ctx) {
        sessies.beeindig(ctx.cookie(WerkbankServer.COOKIE));
        ctx.header("Set-Cookie", cookie("", 0));
    }

    /** The account of a bearer token (401 when unknown), or empty when the request has none. */
    Optional<Account> token(Context ctx) {
        String auth = ctx.header("Authorization");
        if (auth == null || !auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        Optional<Account> systeem = auth.length() > 1024 ? Optional.empty() : gebruikers.token(auth.substring(7).strip());
        if (systeem.isEmpty()) {
            log.meld("token-onbekend", null, ctx.ip(), null);
            throw new Fout(401, "Authorization", "onbekend token");
        }
        return systeem;
    }

    /** The session of the request's cookie. */
    Optional<Sessies.Sessie> sessie(Context ctx) {
        return sessies.zoek(ctx.cookie(WerkbankServer.COOKIE));
    }

    private String cookie(String waarde, int maxAge) {
        return WerkbankServer.COOKIE + "=" + waarde + "; Path=/; Max-Age=" + maxAge + "; HttpOnly; SameSite=Strict"
                + (veiligeCookie ? "; Secure" : "");
    }
}
