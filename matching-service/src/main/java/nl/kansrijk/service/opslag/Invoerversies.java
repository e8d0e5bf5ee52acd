package nl.kansrijk.service.opslag;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.databind.json.JsonMapper;

/**
 * Input versions and audited events: every period loaded is kept as a numbered input version with its files,
 * and recorded as an event ({@code periode-geladen}: who, when, where from, the SHA-256 of each file) in the
 * hash chain. Works inside the caller's transaction.
 */
public final class Invoerversies {

    /** The event of a period being loaded. */
    public static final String PERIODE_GELADEN = "periode-geladen";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Invoerversies() {
    }

    /**
     * One input version: its number, period, when and by whom it was loaded, from where ({@code map}, {@code upload},
     * {@code database} for a version from before issue 33) and the SHA-256 of each file.
     */
    public record Versie(long versie, String periode, OffsetDateTime geladenOp, String gebruiker, String bron,
            Map<String, String> sha256) {
    }

    /** An audited event. */
    public record Gebeurtenis(long id, OffsetDateTime tijd, String gebruiker, String soort, Long invoerversie,
            String details) {
    }

    /** Stores a new input version with its files and its event; returns the version's number. */
    static long bewaar(Connection c, String periode, Map<String, byte[]> bestanden, Map<String, String> sha256,
            String gebruiker, String bron, OffsetDateTime tijd) throws SQLException {
        long versie;
        try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(versie), 0) + 1 FROM invoerversie");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            versie = rs.getLong(1);
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO invoerversie (versie, periode, geladen_op, gebruiker, bron) VALUES (?, ?, ?, ?, ?)")) {
            ps.setLong(1, versie);
            ps.setString(2, periode);
            ps.setObject(3, tijd);
            ps.setString(4, gebruiker);
            ps.setString(5, bron);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO invoerversie_bestand (versie, naam, sha256, inhoud_base64) VALUES (?, ?, ?, ?)")) {
            for (Map.Entry<String, byte[]> e : new TreeMap<>(bestanden).entrySet()) {
                ps.setLong(1, versie);
                ps.setString(2, e.getKey());
                ps.setString(3, sha256.get(e.getKey()));
                ps.setString(4, Base64.getEncoder().encodeToString(e.getValue()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("periode", periode);
        details.put("bron", bron);
        details.put("bestanden", new TreeMap<>(sha256));
        gebeurtenis(c, tijd, gebruiker, PERIODE_GELADEN, versie, JSON.writeValueAsString(details));
        return versie;
    }

    /** Records an event and appends it to the chain. */
    static long gebeurtenis(Connection c, OffsetDateTime tijd, String gebruiker, String soort, Long invoerversie,
            String details) throws SQLException {
        long id;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO gebeurtenis (tijd, gebruiker, soort, invoerversie, details) "
                + "VALUES (?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setObject(1, tijd);
            ps.setString(2, gebruiker);
            ps.setString(3, soort);
            ps.setObject(4, invoerversie);
            ps.setString(5, details);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        Keten.voegToe(c, id, tijd, gebruiker, soort, invoerversie, details);
        return id;
    }

    /** Every input version, oldest first. */
    static List<Versie> versies(Connection c) throws SQLException {
        Map<Long, Map<String, String>> sha = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT versie, naam, sha256 FROM invoerversie_bestand ORDER BY versie, naam");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                sha.computeIfAbsent(rs.getLong(1), k -> new TreeMap<>()).put(rs.getString(2), rs.getString(3));
            }
        }
        List<Versie> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT versie, periode, geladen_op, gebruiker, bron FROM invoerversie ORDER BY versie");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Versie(rs.getLong(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class), rs.getString(4),
                        rs.getString(5), sha.getOrDefault(rs.getLong(1), Map.of())));
            }
        }
        return out;
    }

    /** Every audited event, oldest first. */
    static List<Gebeurtenis> gebeurtenissen(Connection c) throws SQLException {
        List<Gebeurtenis> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, tijd, gebruiker, soort, invoerversie, details FROM gebeurtenis ORDER BY id");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Gebeurtenis(rs.getLong(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3),
                        rs.getString(4), rs.getObject(5, Long.class), rs.getString(6)));
            }
        }
        return out;
    }

    /**
     * A database from before issue 33: its current period becomes input version 1 ({@code bron} database) and its
     * decisions are chained in order, once, at the first start after the migration (when the chain is empty).
     */
    static void bijwerken(Connection c, OffsetDateTime tijd) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT volgnummer FROM keten_kop WHERE id = 1");
                ResultSet rs = ps.executeQuery()) {
            if (!rs.next() || rs.getLong(1) != 0) {
                return;
            }
        }
        String periode = null;
        try (PreparedStatement ps = c.prepareStatement("SELECT periode FROM plan_stand WHERE id = 1 AND invoerversie IS NULL");
                ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
                periode = rs.getString(1);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT id, tijd, gebruiker, periode, plan_versie, huishouden_id, "
                + "gekozen_gemeente, geadviseerde_gemeente, rang, kosten_per_regel, reden, nieuwe_versie, vorige_gemeente, "
                + "idempotentie_sleutel FROM beslissing ORDER BY id");
                ResultSet rs = ps.executeQuery()) {
            List<Object[]> oud = new ArrayList<>();
            while (rs.next()) {
                oud.add(new Object[] {new Beslissing(rs.getLong(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3),
                        rs.getString(4), rs.getLong(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getInt(9), rs.getString(10), rs.getString(11), null), rs.getObject(12, Long.class),
                        rs.getString(13), rs.getString(14)});
            }
            for (Object[] o : oud) {
                Keten.voegToe(c, (Beslissing) o[0], (Long) o[1], (String) o[2], (String) o[3]);
            }
        }
        if (periode != null) {
            Map<String, byte[]> bestanden = new TreeMap<>();
            Map<String, String> sha = new TreeMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT naam, sha256, inhoud_base64 FROM invoerbestand");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    bestanden.put(rs.getString(1), Base64.getDecoder().decode(rs.getString(3)));
                    sha.put(rs.getString(1), rs.getString(2));
                }
            }
            long versie = bewaar(c, periode, bestanden, sha, "(onbekend, van voor issue 33)", "database", tijd);
            try (PreparedStatement ps = c.prepareStatement("UPDATE plan_stand SET invoerversie = ? WHERE id = 1")) {
                ps.setLong(1, versie);
                ps.executeUpdate();
            }
        }
    }
}
