package nl.kansrijk.service.opslag;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;

/**
 * The werkbank's database: an embedded H2 file by default, PostgreSQL through its JDBC URL. Migrates the schema
 * with Flyway on open. Each write is one transaction; a decision checks and raises the plan version in the same
 * transaction, so two decisions on one version cannot both win, even from two server processes.
 * Thread-safe (a connection pool).
 */
public final class Opslag implements AutoCloseable {

    private final HikariDataSource pool;

    private Opslag(HikariDataSource pool) {
        this.pool = pool;
    }

    /**
     * Opens (and migrates) the database at {@code jdbcUrl}: {@code jdbc:h2:file:…} or {@code jdbc:postgresql://…}.
     */
    public static Opslag open(String jdbcUrl, String user, String password) {
        return open(jdbcUrl, user, password, null, null);
    }

    /**
     * As {@link #open(String, String, String)}, with a migration role apart from the runtime role ({@code user}) in
     * PostgreSQL: Flyway runs as {@code migratieUser}, which then grants the runtime role only what it needs
     * ({@link Databaserollen}). Without a migration user everything runs as {@code user}.
     */
    public static Opslag open(String jdbcUrl, String user, String password, String migratieUser, String migratiePassword) {
        if (migratieUser != null && !"postgresql".equals(soort(jdbcUrl))) {
            throw new IllegalArgumentException("een aparte migratierol kan alleen bij PostgreSQL");
        }
        H2Bestand.map(jdbcUrl);
        HikariConfig c = new HikariConfig();
        c.setJdbcUrl(duurzaam(jdbcUrl));
        if (user != null) {
            c.setUsername(user);
        }
        if (password != null) {
            c.setPassword(password);
        }
        c.setMaximumPoolSize(8);
        c.setPoolName("kansrijk-werkbank");
        HikariDataSource ds = new HikariDataSource(c);
        try {
            var flyway = migratieUser == null ? Flyway.configure().dataSource(ds)
                    : Flyway.configure().dataSource(duurzaam(jdbcUrl), migratieUser, migratiePassword);
            flyway.locations("classpath:db/migration/common", "classpath:db/migration/" + soort(jdbcUrl)).load().migrate();
            if (migratieUser != null) {
                Databaserollen.verleen(jdbcUrl, migratieUser, migratiePassword, user);
            }
        } catch (RuntimeException e) {
            ds.close();
            throw e;
        }
        H2Bestand.bestanden(jdbcUrl);
        Opslag o = new Opslag(ds);
        o.transactie(con -> {
            Invoerversies.bijwerken(con, nu());
            return null;
        });
        return o;
    }

    /** Recomputes the hash chain over decisions and events ({@link Keten}). */
    public Keten.Controle keten() {
        try (Connection c = pool.getConnection()) {
            return Keten.controleer(c);
        } catch (SQLException e) {
            throw new OpslagFout(e);
        }
    }

    /**
     * Applies the retention term of {@code maanden} months at {@code nu} ({@link Bewaartermijn}) in one transaction;
     * records the event when something was removed or {@code altijdVastleggen}.
     */
    public Bewaartermijn.Uitslag bewaartermijn(int maanden, OffsetDateTime nu, String gebruiker, boolean altijdVastleggen) {
        return transactie(c -> Bewaartermijn.pasToe(c, maanden, nu, gebruiker, altijdVastleggen));
    }

    /** Every input version, oldest first. */
    public List<Invoerversies.Versie> invoerversies() {
        return lezen(Invoerversies::versies);
    }

    /** Every audited event (period loaded), oldest first. */
    public List<Invoerversies.Gebeurtenis> gebeurtenissen() {
        return lezen(Invoerversies::gebeurtenissen);
    }

    private <T> T lezen(Werk<T> werk) {
        try (Connection c = pool.getConnection()) {
            return werk.doe(c);
        } catch (SQLException e) {
            throw new OpslagFout(e);
        }
    }

    /**
     * The URL with H2's write delay switched off: by default H2 writes committed transactions to its file up to half a
     * second later, so a killed process loses the decisions of its last moments. With {@code WRITE_DELAY=0} every commit
     * is in the file before the answer goes out. A URL that sets its own write delay keeps it.
     */
    static String duurzaam(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:h2:") && !jdbcUrl.toUpperCase(Locale.ROOT).contains(";WRITE_DELAY=")) {
            return jdbcUrl + ";WRITE_DELAY=0";
        }
        return jdbcUrl;
    }

    /** The database kind, for its own migrations (the append-only trigger is written per kind). */
    static String soort(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:h2:")) {
            return "h2";
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return "postgresql";
        }
        throw new IllegalArgumentException("database " + jdbcUrl.replaceAll("[?;].*", "")
                + " wordt niet ondersteund: gebruik jdbc:h2:file:PAD of jdbc:postgresql://HOST/DB");
    }

    /** The data source, for tests that check what the database itself allows. */
    public DataSource dataSource() {
        return pool;
    }

    @Override
    public void close() {
        pool.close();
    }

    /** The stored period: its name, plan version, input files (name to bytes) and the koppelingen made. */
    public record Stand(String periode, long versie, OffsetDateTime geladenOp, Map<String, byte[]> bestanden,
            Map<String, String> koppelingen) {
    }

    /** The stored period, or empty when none was ever loaded. */
    public Optional<Stand> lees() {
        try (Connection c = pool.getConnection()) {
            String periode;
            long versie;
            OffsetDateTime geladen;
            try (PreparedStatement ps = c.prepareStatement("SELECT periode, versie, geladen_op FROM plan_stand WHERE id = 1");
                    ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                periode = rs.getString(1);
                versie = rs.getLong(2);
                geladen = rs.getObject(3, OffsetDateTime.class);
            }
            Map<String, byte[]> bestanden = new TreeMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT naam, inhoud_base64 FROM invoerbestand");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    bestanden.put(rs.getString(1), Base64.getDecoder().decode(rs.getString(2)));
                }
            }
            return Optional.of(new Stand(periode, versie, geladen, bestanden, koppelingen(c)));
        } catch (SQLException e) {
            throw new OpslagFout(e);
        }
    }

    /** The koppelingen made in the werkbank: household id to gemeente code. */
    public Map<String, String> koppelingen() {
        try (Connection c = pool.getConnection()) {
            return koppelingen(c);
        } catch (SQLException e) {
            throw new OpslagFout(e);
        }
    }

    private static Map<String, String> koppelingen(Connection c) throws SQLException {
        Map<String, String> m = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT huishouden_id, gemeente_code FROM koppeling");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                m.put(rs.getString(1), rs.getString(2));
            }
        }
        return m;
    }

    /** The current plan version (0 when no period is loaded). */
    public long versie() {
        try (Connection c = pool.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT versie FROM plan_stand WHERE id = 1");
                ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            throw new OpslagFout(e);
        }
    }

    /**
     * Stores a (new) period's input, replacing the previous one, and raises the plan version. Koppelingen of
     * households not in {@code behouden} are dropped (the decision log keeps them). Returns the new version.
     */
    public long vervangPeriode(String periode, Map<String, byte[]> bestanden, Map<String, String> sha256,
            java.util.Set<String> behouden, String gebruiker, String bron) {
        return transactie(c -> {
            long versie;
            try (PreparedStatement ps = c.prepareStatement("SELECT versie FROM plan_stand WHERE id = 1 FOR UPDATE");
                    ResultSet rs = ps.executeQuery()) {
                versie = rs.next() ? rs.getLong(1) + 1 : 1;
            }
            try (Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM plan_stand");
                s.executeUpdate("DELETE FROM invoerbestand");
            }
            OffsetDateTime tijd = nu();
            long invoerversie = Invoerversies.bewaar(c, periode, bestanden, sha256, gebruiker, bron, tijd);
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO plan_stand (id, periode, versie, geladen_op, periode_versie, invoerversie) "
                            + "VALUES (1, ?, ?, ?, ?, ?)")) {
                ps.setString(1, periode);
                ps.setLong(2, versie);
                ps.setObject(3, tijd);
                ps.setLong(4, versie);
                ps.setLong(5, invoerversie);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO invoerbestand (naam, sha256, inhoud_base64) VALUES (?, ?, ?)")) {
                for (Map.Entry<String, byte[]> e : bestanden.entrySet()) {
                    ps.setString(1, e.getKey());
                    ps.setString(2, sha256.get(e.getKey()));
                    ps.setString(3, Base64.getEncoder().encodeToString(e.getValue()));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM koppeling WHERE huishouden_id = ?")) {
                for (String id : koppelingen(c).keySet()) {
                    if (!behouden.contains(id)) {
                        ps.setString(1, id);
                        ps.addBatch();
                    }
                }
                ps.executeBatch();
            }
            return versie;
        });
    }

    /** The decision log, oldest first. */
    public List<Beslissing> beslissingen() {
        List<Beslissing> out = new ArrayList<>();
        try (Connection c = pool.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT id, tijd, gebruiker, periode, plan_versie, huishouden_id, "
                        + "gekozen_gemeente, geadviseerde_gemeente, rang, kosten_per_regel, reden, invoerversie FROM beslissing ORDER BY id");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Beslissing(rs.getLong(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3),
                        rs.getString(4), rs.getLong(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getInt(9), rs.getString(10), rs.getString(11), rs.getObject(12, Long.class)));
            }
        } catch (SQLException e) {
            throw new OpslagFout(e);
        }
        return out;
    }

    /** The reason of the latest decision per household that has one (for koppelingen.csv's overrule_reden). */
    public Map<String, String> redenen() {
        Map<String, String> m = new LinkedHashMap<>();
        for (Beslissing b : beslissingen()) {
            if (b.reden() != null) {
                m.put(b.huishoudenId(), b.reden());
            } else {
                m.remove(b.huishoudenId());
            }
        }
        return m;
    }

    static OffsetDateTime nu() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    }

    interface Werk<T> {
        T doe(Connection c) throws SQLException;
    }

    <T> T transactie(Werk<T> werk) {
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try {
                T t = werk.doe(c);
                c.commit();
                return t;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new OpslagFout(e);
        }
    }

    /** A database error, carrying only the SQL state (never row values) into messages and logs. */
    public static final class OpslagFout extends RuntimeException {
        OpslagFout(SQLException e) {
            super("databasefout (SQL-status " + e.getSQLState() + ")");
        }
    }
}
