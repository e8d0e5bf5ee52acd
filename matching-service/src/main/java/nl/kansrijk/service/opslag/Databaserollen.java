package nl.kansrijk.service.opslag;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The split of PostgreSQL roles (docs/service.md, "Databaserollen"): a migration role owns the tables and runs
 * Flyway; the werkbank runs as a runtime role that may only read and add to the audit tables (no DELETE or TRUNCATE,
 * UPDATE only of the columns the retention term empties, which the triggers allow only to be emptied; not owning the
 * tables, it cannot drop their triggers), and read and change the working tables.
 * {@link #verleen} gives the runtime role exactly that, after every migration.
 */
final class Databaserollen {

    /** The append-only tables: the runtime role may SELECT and INSERT only. */
    static final List<String> AUDIT = List.of("beslissing", "gebeurtenis", "keten", "invoerversie", "invoerversie_bestand");
    private static final Pattern NAAM = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

    private Databaserollen() {
    }

    /** Grants the runtime role its rights, connected as the migration role (the tables' owner). */
    static void verleen(String jdbcUrl, String migratieRol, String wachtwoord, String runtimeRol) {
        if (!NAAM.matcher(runtimeRol).matches()) {
            throw new IllegalArgumentException("databasegebruiker '" + runtimeRol + "' is geen eenvoudige rolnaam");
        }
        String rol = "\"" + runtimeRol + "\"";
        try (Connection c = DriverManager.getConnection(jdbcUrl, migratieRol, wachtwoord); Statement s = c.createStatement()) {
            s.execute("GRANT USAGE ON SCHEMA public TO " + rol);
            s.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO " + rol);
            s.execute("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO " + rol);
            s.execute("REVOKE UPDATE, DELETE, TRUNCATE ON " + String.join(", ", AUDIT) + " FROM " + rol);
            // the retention term: remove a reason, empty an old input file (the tables' triggers allow nothing else)
            s.execute("GRANT UPDATE (reden, reden_zout, reden_verwijderd_op) ON beslissing TO " + rol);
            s.execute("GRANT UPDATE (inhoud_base64, verwijderd_op) ON invoerversie_bestand TO " + rol);
            s.execute("REVOKE ALL ON flyway_schema_history FROM " + rol);
            s.execute("GRANT SELECT ON flyway_schema_history TO " + rol);
        } catch (SQLException e) {
            throw new Opslag.OpslagFout(e);
        }
    }
}
