package nl.kansrijk.service.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.staticfiles.Location;
import nl.kansrijk.explain.Adviseur;
import nl.kansrijk.service.Audit;
import nl.kansrijk.service.Fout;
import nl.kansrijk.service.RegelJson;
import nl.kansrijk.service.Periode;
import nl.kansrijk.service.PeriodeJson;
import nl.kansrijk.service.Werkbank;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The werkbank over HTTP (Javalin on Jetty): the JSON API of {@code openapi.json}, the page, login and the
 * security around them. Logs only method, route and status, never bodies, ids or reasons.
 */
public final class WerkbankServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WerkbankServer.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final String COOKIE = "kansrijk_sessie";
    static final String CSRF_HEADER = "X-CSRF-Token";
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
    private static final Set<String> OPEN = Set.of("/api/health", "/api/login");

    /**
     * How the server runs.
     *
     * @param host address to bind (127.0.0.1 unless told otherwise)
     * @param port port (0: any free one)
     * @param maxJson largest JSON request body, bytes
     * @param maxUpload largest upload (zip of an input folder, koppelingen file), bytes
     * @param veiligeCookie add {@code Secure} to the session cookie (behind HTTPS)
     * @param bsnToegestaan accept BSN-like values (--allow-bsn)
     * @param invoermap the folder {@code POST /api/periode/herladen} reads again
     */
    public record Instellingen(String host, int port, long maxJson, long maxUpload, boolean veiligeCookie,
            boolean bsnToegestaan, Path invoermap) {

        public static final long MAX_JSON = 64 * 1024;
        public static final long MAX_UPLOAD = 100L * 1024 * 1024;

        /**
         * The warning to give when the server listens beyond this machine (not 127.0.0.0/8, ::1 or localhost)
         * without {@code --secure-cookie}: the session cookie would then travel unencrypted; empty otherwise.
         */
        public Optional<String> waarschuwing() {
            String h = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
            boolean loopback = h.equals("localhost") || h.startsWith("127.") || h.equals("::1") || h.equals("0:0:0:0:0:0:0:1");
            return loopback || veiligeCookie ? Optional.empty() : Optional.of("waarschuwing: de werkbank luistert op " + host
                    + ", niet alleen op deze machine, zonder --secure-cookie: zet hem achter HTTPS (een reverse proxy) en "
                    + "start met --secure-cookie, anders gaan sessiecookies en wachtwoorden onversleuteld over het netwerk");
        }
    }

    /** One route of the API, as listed in openapi.json. */
    public record Route(String methode, String pad) {
    }

    private final Werkbank werkbank;
    private final Instellingen inst;
    private final Beveiligingslog beveiligingslog;
    private final Inloggen inloggen;
    private final List<Route> routes = new ArrayList<>();
    private final Javalin app;

    private WerkbankServer(Werkbank werkbank, Gebruikers gebruikers, Instellingen inst, Clock klok) {
        this.werkbank = werkbank;
        this.inst = inst;
        this.beveiligingslog = new Beveiligingslog(klok);
        this.inloggen = new Inloggen(gebruikers, klok, beveiligingslog, inst.veiligeCookie());
        this.app = Javalin.create(cfg -> {
            cfg.showJavalinBanner = false;
            cfg.http.maxRequestSize = inst.maxUpload();
            cfg.staticFiles.add(sf -> {
                sf.hostedPath = "/";
                sf.directory = "/werkbank";
                sf.location = Location.CLASSPATH;
            });
            cfg.jetty.modifyHttpConfiguration(http -> http.setSendServerVersion(false));
        });
        app.before(this::beveilig);
        registreer();
        app.exception(Fout.class, (e, ctx) -> antwoord(ctx, e.status(), e.alsJson()));
        app.exception(Exception.class, (e, ctx) -> {
            String kenmerk = UUID.randomUUID().toString();
            LOG.error("interne fout {} bij {} {}: {}", kenmerk, ctx.method(), ctx.endpointHandlerPath(), e.getClass().getName());
            antwoord(ctx, 500, Map.of("fout", "interne fout; meld kenmerk " + kenmerk + " aan de beheerder", "kenmerk", kenmerk));
        });
        app.error(404, ctx -> {
            if (ctx.path().startsWith("/api/") && !Boolean.TRUE.equals(ctx.attribute("beantwoord"))) {
                antwoord(ctx, 404, Map.of("fout", "onbekend adres " + ctx.method() + " " + Werkbank.kort(ctx.path())));
            }
        });
    }

    /**
     * Starts the server on the configured address. {@code klok} is the clock of sessions and login throttling:
     * the real one in production, whatever {@code --datum} says.
     */
    public static WerkbankServer start(Werkbank werkbank, Gebruikers gebruikers, Instellingen inst, Clock klok) {
        WerkbankServer s = new WerkbankServer(werkbank, gebruikers, inst, klok);
        s.app.start(inst.host(), inst.port());
        return s;
    }

    /** The port the server listens on. */
    public int port() {
        return app.port();
    }

    /** The security event log. */
    public Beveiligingslog beveiligingslog() {
        return beveiligingslog;
    }

    /** Login throttling (for tests of its bounds). */
    Inlogpogingen inlogpogingen() {
        return inloggen.pogingen();
    }

    /** Every API route, for the check that openapi.json lists them all. */
    public List<Route> routes() {
        return List.copyOf(routes);
    }

    @Override
    public void close() {
        app.stop();
    }

    // ---- routes --------------------------------------------------------------------------------------------

    private void route(HandlerType methode, String pad, Handler h) {
        String m = methode.name().toLowerCase(Locale.ROOT);
        routes.add(new Route(m, pad));
        app.addHttpHandler(methode, pad, OPEN.contains(pad) ? h : ctx -> {
            Account a = ctx.attribute("account");
            if (a == null) {
                throw new Fout(401, null, "niet ingelogd: log in via POST /api/login of gebruik een bearer token");
            }
            if (!Rechten.mag(a, m, pad)) {
                beveiligingslog.meld("geweigerd-403", a.id(), ctx.ip(), "route=" + m + ":" + pad);
                throw Rechten.geweigerd(a, m, pad);
            }
            if (!m.equals("get") || pad.startsWith("/api/export/")) {
                beveiligingslog.meld(pad.startsWith("/api/export/") ? "export" : "wijziging", a.id(), ctx.ip(),
                        "route=" + m + ":" + pad);
            }
            h.handle(ctx);
        });
    }

    private void registreer() {
        route(HandlerType.GET, "/api/health", ctx -> antwoord(ctx, 200, Map.of("status", "ok")));
        route(HandlerType.GET, "/openapi.json", ctx -> {
            try (InputStream in = WerkbankServer.class.getResourceAsStream("/openapi.json")) {
                ctx.contentType("application/json; charset=utf-8").result(in.readAllBytes());
            }
        });
        route(HandlerType.POST, "/api/login", ctx -> antwoord(ctx, 200, inloggen.login(ctx, verzoek(ctx), inst.maxJson())));
        route(HandlerType.POST, "/api/logout", ctx -> {
            inloggen.logout(ctx);
            ctx.status(204);
        });
        route(HandlerType.GET, "/api/sessie", ctx -> antwoord(ctx, 200, new SessieJson(gebruiker(ctx),
                Optional.ofNullable((String) ctx.attribute("csrf")).orElse(""),
                ((Account) ctx.attribute("account")).rolnamen())));

        route(HandlerType.GET, "/api/periode", ctx -> antwoord(ctx, 200, werkbank.periode()));
        route(HandlerType.PUT, "/api/periode", ctx -> {
            List<String> genegeerd = new ArrayList<>();
            Map<String, byte[]> bestanden = unzip(verzoek(ctx).body(inst.maxUpload(), "de upload"), genegeerd);
            antwoord(ctx, 200, new PeriodeJson.Geladen(werkbank.laad(bestanden, gebruiker(ctx)), genegeerd));
        });
        route(HandlerType.POST, "/api/periode/herladen", ctx ->
                antwoord(ctx, 200, werkbank.laad(inst.invoermap(), gebruiker(ctx))));
        route(HandlerType.GET, "/api/periode/versies", ctx -> antwoord(ctx, 200, werkbank.audit().versies()));

        route(HandlerType.GET, "/api/huishoudens", ctx -> {
            var pagina = werkbank.werklijst(WerklijstVraag.lees(verzoek(ctx)));
            ctx.header("X-Totaal", String.valueOf(pagina.totaal()));
            antwoord(ctx, 200, pagina.huishoudens());
        });
        route(HandlerType.GET, "/api/huishoudens/{id}", ctx ->
                antwoord(ctx, 200, werkbank.huishouden(verzoek(ctx).pad("id", "huishouden_id"))));
        route(HandlerType.GET, "/api/huishoudens/{id}/advies", ctx -> {
            Verzoek v = verzoek(ctx);
            antwoord(ctx, 200, werkbank.advies(v.pad("id", "huishouden_id"), top(v.query("top"))));
        });
        route(HandlerType.GET, "/api/huishoudens/{id}/overweging", ctx -> {
            Verzoek v = verzoek(ctx);
            antwoord(ctx, 200, werkbank.overweeg(v.pad("id", "huishouden_id"), v.query("gemeente")));
        });
        route(HandlerType.GET, "/api/huishoudens/{id}/uitleg", ctx ->
                antwoord(ctx, 200, werkbank.uitleg(verzoek(ctx).pad("id", "huishouden_id"))));
        route(HandlerType.GET, "/api/huishoudens/{id}/brief", ctx ->
                antwoord(ctx, 200, werkbank.brief(verzoek(ctx).pad("id", "huishouden_id"))));
        route(HandlerType.GET, "/api/gemeenten", ctx -> antwoord(ctx, 200, werkbank.gemeenten()));
        route(HandlerType.GET, "/api/regels", ctx -> antwoord(ctx, 200,
                java.util.Arrays.stream(nl.kansrijk.rules.Regel.values()).map(RegelJson::van).toList()));
        route(HandlerType.POST, "/api/koppelingen", ctx -> {
            Verzoek v = verzoek(ctx);
            JsonNode b = v.json(inst.maxJson(), Set.of("huishouden_id", "gemeente_code", "reden", "plan_versie", "verplaatsen",
                    "gezien_advies"));
            var genomen = werkbank.beslis(gebruiker(ctx), v.tekst(b, "huishouden_id", true),
                    v.tekst(b, "gemeente_code", true), v.tekst(b, "reden", false), v.getal(b, "plan_versie"),
                    janee(b, "verplaatsen"), ctx.header("Idempotency-Key"), v.tekst(b, "gezien_advies", false));
            antwoord(ctx, 201, genomen);
        });
        route(HandlerType.GET, "/api/dagvoorstel", ctx ->
                antwoord(ctx, 200, werkbank.dagvoorstel("ja".equals(verzoek(ctx).query("vernieuwen")))));
        route(HandlerType.POST, "/api/dagvoorstel/aanvaarden", ctx -> {
            Verzoek v = verzoek(ctx);
            JsonNode b = v.json(inst.maxJson(), Set.of("plan_versie", "huishoudens"));
            antwoord(ctx, 200, werkbank.aanvaardDagvoorstel(gebruiker(ctx), v.getal(b, "plan_versie"),
                    v.lijst(b, "huishoudens", true), ctx.header("Idempotency-Key")));
        });
        route(HandlerType.GET, "/api/woningen", ctx ->
                antwoord(ctx, 200, werkbank.woningen(verzoek(ctx).query("gemeente"))));
        route(HandlerType.GET, "/api/ruilvoorstellen", ctx -> antwoord(ctx, 200, werkbank.ruilvoorstellen()));
        route(HandlerType.POST, "/api/ruilvoorstellen/aanvaarden", ctx -> {
            Verzoek v = verzoek(ctx);
            JsonNode b = v.json(inst.maxJson(), Set.of("plan_versie", "gemeente_a", "gemeente_b", "naar_a", "naar_b"));
            antwoord(ctx, 201, werkbank.aanvaardRuil(gebruiker(ctx), v.getal(b, "plan_versie"),
                    v.tekst(b, "gemeente_a", true), v.tekst(b, "gemeente_b", true), v.lijst(b, "naar_b", false),
                    v.lijst(b, "naar_a", false), ctx.header("Idempotency-Key")));
        });
        route(HandlerType.POST, "/api/evaluatie", ctx ->
                antwoord(ctx, 200, werkbank.evalueer(verzoek(ctx).body(inst.maxUpload(), "het koppelingenbestand"))));

        route(HandlerType.POST, "/api/oplostaken", ctx -> antwoord(ctx, 202, werkbank.startOplossing().json()));
        route(HandlerType.GET, "/api/oplostaken/{id}", ctx ->
                antwoord(ctx, 200, werkbank.taken().taak(ctx.pathParam("id")).json()));
        route(HandlerType.DELETE, "/api/oplostaken/{id}", ctx ->
                antwoord(ctx, 200, werkbank.taken().annuleer(ctx.pathParam("id")).json()));
        route(HandlerType.GET, "/api/oplostaken/{id}/resultaat", ctx ->
                antwoord(ctx, 200, werkbank.taken().taak(ctx.pathParam("id")).resultaatJson()));

        route(HandlerType.GET, "/api/beslissingen", ctx -> antwoord(ctx, 200, werkbank.beslissingen()));
        route(HandlerType.GET, "/api/export/koppelingen.csv", ctx -> csv(ctx, "koppelingen.csv", werkbank.koppelingenCsv()));
        route(HandlerType.GET, "/api/export/beslissingen.csv", ctx -> csv(ctx, "beslissingen.csv", werkbank.beslissingenCsv()));
        route(HandlerType.GET, "/api/export/gebeurtenissen.csv", ctx ->
                csv(ctx, "gebeurtenissen.csv", werkbank.audit().gebeurtenissenCsv()));
        route(HandlerType.POST, "/api/beheer/bewaartermijn", ctx ->
                antwoord(ctx, 200, werkbank.audit().pasBewaartermijnToe(gebruiker(ctx), true)));
        route(HandlerType.GET, "/api/audit/keten", ctx -> {
            Audit.KetenJson k = werkbank.audit().keten();
            beveiligingslog.meld(k.heel() ? "keten-heel" : "keten-gebroken", gebruiker(ctx), ctx.ip(),
                    "lengte=" + k.lengte() + " kop=" + k.kop());
            antwoord(ctx, 200, k);
        });
    }

    /** An optional JSON boolean (false when absent or null). */
    private static boolean janee(JsonNode b, String veld) {
        JsonNode n = b.get(veld);
        if (n == null || n.isNull()) {
            return false;
        }
        if (!n.isBoolean()) {
            throw new Fout(400, veld, "veld '" + veld + "' moet true of false zijn");
        }
        return n.asBoolean();
    }

    private static int top(String t) {
        if (t == null) {
            return Adviseur.STANDAARD_TOP;
        }
        try {
            return Integer.parseInt(t);
        } catch (NumberFormatException e) {
            throw new Fout(400, "top", "top moet een geheel getal zijn, is '" + Werkbank.kort(t) + "'");
        }
    }

    // ---- login and security --------------------------------------------------------------------------------

    /** Headers on every answer; for the API: login (cookie or bearer token), CSRF and same-origin checks. */
    private void beveilig(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        ctx.header("Cross-Origin-Resource-Policy", "same-origin");
        ctx.header("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        String pad = ctx.path();
        boolean api = pad.startsWith("/api/") || pad.equals("/openapi.json");
        if (!api) {
            return;
        }
        ctx.header("Cache-Control", "no-store");
        boolean schrijft = !Set.of("GET", "HEAD", "OPTIONS").contains(ctx.method().name());
        String origin = ctx.header("Origin");
        if (schrijft && origin != null && !origin.equals("http://" + ctx.host()) && !origin.equals("https://" + ctx.host())) {
            throw new Fout(403, "Origin", "verzoeken van een andere website worden geweigerd");
        }
        if (OPEN.contains(pad)) {
            return;
        }
        Optional<Account> systeem = inloggen.token(ctx);
        if (systeem.isPresent()) {
            ctx.attribute("gebruiker", systeem.get().id());
            ctx.attribute("account", systeem.get());
            return;
        }
        var sessie = inloggen.sessie(ctx);
        if (sessie.isEmpty()) {
            beveiligingslog.meld("niet-ingelogd-401", null, ctx.ip(), null);
            throw new Fout(401, null, "niet ingelogd: log in via POST /api/login of gebruik een bearer token");
        }
        if (schrijft && !sessie.get().csrf().equals(ctx.header(CSRF_HEADER))) {
            throw new Fout(403, CSRF_HEADER, "CSRF-token ontbreekt of klopt niet; haal het op met GET /api/sessie");
        }
        ctx.attribute("gebruiker", sessie.get().gebruiker());
        ctx.attribute("account", sessie.get().account());
        ctx.attribute("csrf", sessie.get().csrf());
    }

    private static String gebruiker(Context ctx) {
        return ctx.attribute("gebruiker");
    }

    private Verzoek verzoek(Context ctx) {
        return new Verzoek(ctx, inst.bsnToegestaan());
    }

    // ---- answers -------------------------------------------------------------------------------------------

    private static void antwoord(Context ctx, int status, Object body) {
        ctx.attribute("beantwoord", true);
        ctx.status(status).contentType("application/json; charset=utf-8").result(JSON.writeValueAsString(body));
    }

    private static void csv(Context ctx, String naam, byte[] inhoud) {
        ctx.contentType("text/csv; charset=utf-8").header("Content-Disposition", "attachment; filename=\"" + naam + "\"")
                .result(inhoud);
    }

    /**
     * The files of a zip upload (an input folder) by file name: only the known names are read (folders inside the
     * zip are ignored, so no path is ever used), others go to {@code genegeerd}; within the size limit.
     */
    private Map<String, byte[]> unzip(byte[] zip, List<String> genegeerd) {
        Map<String, byte[]> out = new TreeMap<>();
        long totaal = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                if (e.isDirectory()) {
                    continue;
                }
                String naam = e.getName().substring(e.getName().lastIndexOf('/') + 1);
                if (!Periode.NAMEN.contains(naam)) {
                    genegeerd.add(Werkbank.kort(e.getName()));
                    continue;
                }
                byte[] inhoud = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, inst.maxUpload() - totaal + 1));
                totaal += inhoud.length;
                if (totaal > inst.maxUpload()) {
                    throw Verzoek.teGroot(totaal, inst.maxUpload(), "de uitgepakte upload");
                }
                out.put(naam, inhoud);
            }
        } catch (IOException e) {
            throw new Fout(400, "body", "de upload is geen leesbaar zip-bestand met de invoermap");
        }
        if (out.isEmpty()) {
            throw new Fout(400, "body", "de upload is geen zip-bestand met de bestanden van een invoermap");
        }
        return out;
    }
}
