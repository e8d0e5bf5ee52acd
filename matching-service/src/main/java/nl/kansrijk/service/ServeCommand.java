package nl.kansrijk.service;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import nl.kansrijk.io.input.ReadOptions;
import nl.kansrijk.service.opslag.Opslag;
import nl.kansrijk.service.web.Gebruikers;
import nl.kansrijk.service.web.WerkbankServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * {@code kansrijk serve DIR}: the werkbank for regievoerders, an HTTP API and a web page on 127.0.0.1, with its
 * state in a database. A subcommand of the one {@code kansrijk} command (module matching-app).
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Starts the werkbank (API, page and database) for the period in DIR.",
                "On a restart the period and every decision come from the database; DIR is read only the first time "
                        + "(or with POST /api/periode/herladen)."})
public final class ServeCommand implements Callable<Integer> {

    /** Default database: an H2 file in the working directory. */
    public static final String STANDAARD_DATABASE = "jdbc:h2:file:./werkbank-data/werkbank";

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "Folder with the input CSV files (docs/input-format.md).")
    Path dir;

    @Option(names = "--port", defaultValue = "8080", description = "Port (default ${DEFAULT-VALUE}; 0: any free port).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Address to listen on (default ${DEFAULT-VALUE}: only this machine).")
    String host;

    @Option(names = "--database", paramLabel = "JDBC-URL", defaultValue = STANDAARD_DATABASE,
            description = "Database: jdbc:h2:file:PATH (default ${DEFAULT-VALUE}) or jdbc:postgresql://HOST/DB.")
    String database;

    @Option(names = "--database-user", paramLabel = "NAME", description = "Database user (PostgreSQL).")
    String databaseUser;

    @Option(names = "--database-migration-user", paramLabel = "NAME",
            description = "PostgreSQL: run the migrations as this role (the tables' owner; password in "
                    + "KANSRIJK_DB_MIGRATION_PASSWORD) and the werkbank as --database-user, which then may only read and "
                    + "add to the decision log (docs/service.md, Databaserollen).")
    String migratieUser;

    @Option(names = "--users", paramLabel = "FILE",
            description = "Users file (JSON, docs/service.md). Without it one user 'regievoerder' gets a one-time password, printed at start.")
    Path users;

    @Option(names = "--datum", paramLabel = "YYYY-MM-DD", description = "Today, for the 14-day term (default: the real date).")
    LocalDate datum;

    @Option(names = "--secure-cookie", description = "Mark the session cookie Secure (when served behind HTTPS).")
    boolean secureCookie;

    @Option(names = "--max-upload-mb", defaultValue = "100", description = "Largest upload in MB (default ${DEFAULT-VALUE}).")
    long maxUploadMb;

    @Option(names = "--allow-bsn", description = "Accept values that look like a BSN (refused by default).")
    boolean allowBsn;

    @Option(names = "--input-from", paramLabel = "database|dir", converter = InvoerkeuzeConverter.class,
            description = "When DIR holds other input files than the period in the database: keep the database's "
                    + "period (database) or load DIR as a new input version (dir). Without it such a start is refused.")
    Invoerkeuze invoerkeuze = Invoerkeuze.WEIGER;

    @Option(names = "--accept-broken-chain",
            description = "Start even when the hash chain over the decision log does not verify (it is refused otherwise).")
    boolean gebrokenKetenAccepteren;

    @Option(names = "--bewaartermijn", paramLabel = "MAANDEN", defaultValue = "" + Audit.STANDAARD_BEWAARTERMIJN,
            description = "Retention term: of a period closed more than MAANDEN months ago the decisions' reasons are "
                    + "removed and the input files emptied, at start and daily (default ${DEFAULT-VALUE}; 0: off; "
                    + "docs/privacy.md). A beheerder applies it now with POST /api/beheer/bewaartermijn.")
    int bewaartermijn;

    /** {@code database} or {@code dir}. */
    static final class InvoerkeuzeConverter implements CommandLine.ITypeConverter<Invoerkeuze> {
        @Override
        public Invoerkeuze convert(String v) {
            return switch (v) {
                case "database" -> Invoerkeuze.DATABASE;
                case "dir" -> Invoerkeuze.MAP;
                default -> throw new CommandLine.TypeConversionException("--input-from moet database of dir zijn, is '" + v + "'");
            };
        }
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (bewaartermijn < 0) {
            throw new IllegalArgumentException("--bewaartermijn moet 0 (uit) of een aantal maanden zijn, is " + bewaartermijn);
        }
        Clock klok = datum == null ? Clock.systemDefaultZone()
                : Clock.fixed(datum.atStartOfDay(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
        Gebruikers gebruikers;
        String eenmalig = null;
        if (users != null) {
            gebruikers = Gebruikers.lees(users);
            if (gebruikers.zonderRol() > 0) {
                spec.commandLine().getErr().println("let op: " + gebruikers.zonderRol() + " account(s) in " + users.getFileName()
                        + " zonder \"rol\" zijn regievoerder (zie docs/service.md, Rollen)");
            }
        } else {
            eenmalig = Gebruikers.geheim().substring(0, 20);
            gebruikers = Gebruikers.een("regievoerder", eenmalig.toCharArray(),
                    java.util.EnumSet.of(nl.kansrijk.service.web.Rol.REGIEVOERDER, nl.kansrijk.service.web.Rol.BEHEERDER));
        }
        Opslag opslag = Opslag.open(database, databaseUser, System.getenv("KANSRIJK_DB_PASSWORD"), migratieUser,
                migratieUser == null ? null : System.getenv("KANSRIJK_DB_MIGRATION_PASSWORD"));
        var keten = opslag.keten();
        if (!keten.heel() && !gebrokenKetenAccepteren) {
            opslag.close();
            throw new IllegalArgumentException("het beslissingenlog is niet intact: " + keten.fout() + " (gecontroleerd "
                    + keten.lengte() + " schakels); onderzoek dit, of start met --accept-broken-chain");
        }
        Werkbank werkbank;
        String bewaard;
        try {
            werkbank = new Werkbank(opslag, dir, new ReadOptions(allowBsn), klok, invoerkeuze);
            werkbank.audit().bewaartermijnMaanden(bewaartermijn);
            bewaard = bewaartermijn == 0 ? "uit (--bewaartermijn 0)" : bewaar(werkbank);
        } catch (RuntimeException e) {
            opslag.close();
            throw e;
        }
        java.util.concurrent.ScheduledExecutorService dagelijks = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "kansrijk-bewaartermijn");
            t.setDaemon(true);
            return t;
        });
        if (bewaartermijn > 0) {
            dagelijks.scheduleAtFixedRate(() -> {
                try {
                    bewaar(werkbank);
                } catch (RuntimeException e) {
                    spec.commandLine().getErr().println("bewaartermijn: mislukt (" + e.getClass().getSimpleName() + "); morgen opnieuw");
                }
            }, 1, 1, java.util.concurrent.TimeUnit.DAYS);
        }
        WerkbankServer.Instellingen inst = new WerkbankServer.Instellingen(host, port,
                WerkbankServer.Instellingen.MAX_JSON, maxUploadMb * 1024 * 1024, secureCookie, allowBsn, dir);
        inst.waarschuwing().ifPresent(w -> {
            spec.commandLine().getErr().println(w);
            spec.commandLine().getErr().flush();
        });
        // sessions and login throttling run on the real clock, whatever --datum says
        WerkbankServer server = WerkbankServer.start(werkbank, gebruikers, inst, Clock.systemUTC());
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            dagelijks.shutdownNow();
            server.close();
            werkbank.taken().close();
            opslag.close();
            stop.countDown();
        }, "kansrijk-stop"));
        out.println("werkbank: http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + server.port() + "/ (periode "
                + werkbank.periode().periode() + ", database " + database.replaceAll("password=[^;&]*", "password=***") + ")");
        if (werkbank.startmelding() != null) {
            out.println("let op: " + werkbank.startmelding());
        }
        var nu = opslag.keten();
        out.println("auditketen: " + (keten.heel() ? "intact" : "GEBROKEN: " + keten.fout()) + " bij de start ("
                + keten.lengte() + " schakels); nu " + nu.lengte() + " schakels, kop " + nu.kop());
        out.println("bewaartermijn: " + bewaard);
        if (eenmalig != null) {
            out.println("inloggen: gebruiker regievoerder, eenmalig wachtwoord " + eenmalig
                    + " (geldig tot de server stopt; vaste gebruikers met --users, zie docs/service.md)");
        }
        out.flush();
        stop.await();
        return 0;
    }

    /** Applies the retention term as the server (at start, daily); the line it prints, counts only. */
    private static String bewaar(Werkbank werkbank) {
        Audit.BewaartermijnJson u = werkbank.audit().pasBewaartermijnToe(Audit.BEWAARTERMIJN, false);
        return u.termijnMaanden() + " maanden (periodes gesloten voor " + u.grens() + "); " + (u.periodes().isEmpty()
                ? "geen periode over de termijn" : "nu " + u.redenenVerwijderd() + " redenen verwijderd en " + u.bestandenGeleegd()
                + " invoerbestanden geleegd van " + String.join(", ", u.periodes())
                + (u.redenenBehouden() > 0 ? "; " + u.redenenBehouden() + " redenen van voor ketenvorm 2 behouden" : ""));
    }

    /**
     * The exit code and message of a failed {@code serve} or {@code hash-wachtwoord}: a refused request or bad
     * setting (2) prints its own message, anything else (1) its kind too.
     */
    public static int fout(Exception e, CommandLine cmd) {
        cmd.getErr().println("kansrijk serve: " + (e instanceof Fout || e instanceof IllegalArgumentException
                || e instanceof Opslag.OpslagFout ? e.getMessage() : e.getClass().getSimpleName() + ": " + e.getMessage()));
        return e instanceof Fout || e instanceof IllegalArgumentException ? 2 : 1;
    }
}
