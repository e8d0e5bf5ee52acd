package nl.kansrijk.service.opslag;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import tools.jackson.databind.json.JsonMapper;

/**
 * The hash chain over the audit log (decisions and events): entry n holds
 * {@code SHA-256(hash(n-1) + "\n" + kind + "\n" + canonical content)}, the content being the row's fields as a JSON
 * array in a fixed order. In form 2 (every entry since the retention term, {@code keten.vorm = 2}, kind written
 * {@code beslissing/2}) a decision's reason enters the content as its salted hash {@code reden_sha256 =
 * SHA-256(reden_zout + reden)}, not as text: the retention term ({@link Bewaartermijn}) removes reason and salt, keeps
 * the hash, and the chain still verifies; a reason present must match its hash. Form 1 entries (from before; kind
 * without suffix) cover the reason's text, so their reasons cannot be removed without breaking the chain. Appending happens in the transaction that writes the row and locks the chain's head
 * ({@code keten_kop}), so entries are numbered one at a time. {@link #controleer} recomputes every hash from the
 * stored rows: a changed, removed or inserted row, or a truncated tail, breaks it.
 */
public final class Keten {

    /** The hash before the first entry. */
    public static final String BEGIN = "0".repeat(64);
    static final String BESLISSING = "beslissing";
    static final String GEBEURTENIS = "gebeurtenis";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Keten() {
    }

    /**
     * What a check of the chain found.
     *
     * @param heel whether every entry verified and every row of the log is in the chain
     * @param lengte entries checked
     * @param kop the hash of the last entry (write it down elsewhere: it anchors the whole log)
     * @param fout the first problem found, in Dutch, or null
     */
    public record Controle(boolean heel, long lengte, String kop, String fout) {
    }

    /**
     * Appends a decision from before the retention term to the chain in form 1, its reason as text (a database from
     * before issue 33 chained once, {@link Invoerversies#bijwerken}).
     */
    static void voegToe(Connection c, Beslissing b, Long nieuweVersie, String vorigeGemeente, String sleutel)
            throws SQLException {
        voegToe(c, BESLISSING, b.id(), inhoud(b.id(), b.tijd(), b.gebruiker(), b.periode(), b.planVersie(),
                b.invoerversie(), b.huishoudenId(), b.gekozenGemeente(), b.geadviseerdeGemeente(), b.rang(),
                b.kostenPerRegel(), b.reden(), nieuweVersie, vorigeGemeente, sleutel), 1);
    }

    /**
     * Appends a decision to the chain in form 2 (in the caller's transaction), with its reason's salted hash
     * ({@link #zegel}), the plan version it made, the gemeente the household left and the request's idempotency key.
     */
    static void voegToe(Connection c, Beslissing b, String redenSha256, Long nieuweVersie, String vorigeGemeente,
            String sleutel) throws SQLException {
        voegToe(c, BESLISSING, b.id(), inhoud(b.id(), b.tijd(), b.gebruiker(), b.periode(), b.planVersie(),
                b.invoerversie(), b.huishoudenId(), b.gekozenGemeente(), b.geadviseerdeGemeente(), b.rang(),
                b.kostenPerRegel(), redenSha256, nieuweVersie, vorigeGemeente, sleutel), 2);
    }

    /** Appends an event to the chain (in the caller's transaction), in form 2. */
    static void voegToe(Connection c, long id, OffsetDateTime tijd, String gebruiker, String soort, Long invoerversie,
            String details) throws SQLException {
        voegToe(c, GEBEURTENIS, id, inhoud(id, tijd, gebruiker, soort, invoerversie, details), 2);
    }

    /**
     * A reason's seal: a new random salt (32 hex digits) and {@code SHA-256(salt + reason)}; both null without a reason.
     * The salt keeps a short reason ("familie") from being found back from its hash once it is removed.
     */
    static String[] zegel(String reden) {
        if (reden == null) {
            return new String[] {null, null};
        }
        byte[] zout = new byte[16];
        ZOUT.nextBytes(zout);
        String z = HexFormat.of().formatHex(zout);
        return new String[] {z, sha256(z + reden)};
    }

    private static final java.security.SecureRandom ZOUT = new java.security.SecureRandom();

    static String sha256(String tekst) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(tekst.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void voegToe(Connection c, String soort, long id, String inhoud, int vorm) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE keten_kop SET volgnummer = volgnummer + 1 WHERE id = 1")) {
            ps.executeUpdate();
        }
        long nummer;
        String vorige;
        try (PreparedStatement ps = c.prepareStatement("SELECT volgnummer, hash FROM keten_kop WHERE id = 1");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            nummer = rs.getLong(1);
            vorige = rs.getString(2);
        }
        String hash = hash(vorige, vorm == 2 ? soort + "/2" : soort, inhoud);
        try (PreparedStatement ps = c.prepareStatement("UPDATE keten_kop SET hash = ? WHERE id = 1")) {
            ps.setString(1, hash);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO keten (volgnummer, soort, ref_id, hash, vorm) VALUES (?, ?, ?, ?, ?)")) {
            ps.setLong(1, nummer);
            ps.setString(2, soort);
            ps.setLong(3, id);
            ps.setString(4, hash);
            ps.setInt(5, vorm);
            ps.executeUpdate();
        }
    }

    static String inhoud(Object... velden) {
        List<Object> l = new ArrayList<>(velden.length);
        for (Object v : velden) {
            l.add(v instanceof OffsetDateTime t ? t.toInstant().toString() : v);
        }
        return JSON.writeValueAsString(l);
    }

    static String hash(String vorige, String soort, String inhoud) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            d.update((vorige + "\n" + soort + "\n" + inhoud).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Recomputes the whole chain from the stored rows (each table read once, in one pass). */
    static Controle controleer(Connection c) throws SQLException {
        Map<Long, String[]> beslissingen = beslissingen(c);
        Map<Long, String> gebeurtenissen = gebeurtenissen(c);
        String vorige = BEGIN;
        long verwacht = 1;
        Set<Long> inKetenB = new HashSet<>();
        Set<Long> inKetenG = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT volgnummer, soort, ref_id, hash, vorm FROM keten ORDER BY volgnummer");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long nummer = rs.getLong(1);
                String soort = rs.getString(2);
                long id = rs.getLong(3);
                if (nummer != verwacht) {
                    return new Controle(false, verwacht - 1, vorige, "keten: schakel " + verwacht + " ontbreekt");
                }
                int vorm = rs.getInt(5);
                String[] b = BESLISSING.equals(soort) ? beslissingen.get(id) : null;
                String inhoud = b != null ? b[vorm == 2 ? 1 : 0] : GEBEURTENIS.equals(soort) ? gebeurtenissen.get(id) : null;
                if (inhoud == null) {
                    return new Controle(false, verwacht - 1, vorige, "keten: schakel " + nummer + " verwijst naar " + soort + " "
                            + id + ", die ontbreekt");
                }
                if (b != null && vorm == 2 && b[2] != null) {
                    return new Controle(false, verwacht - 1, vorige, "keten: schakel " + nummer + " (" + soort + " " + id
                            + ") klopt niet: " + b[2]);
                }
                String hash = hash(vorige, vorm == 2 ? soort + "/2" : soort, inhoud);
                if (!hash.equals(rs.getString(4))) {
                    return new Controle(false, verwacht - 1, vorige, "keten: schakel " + nummer + " (" + soort + " " + id
                            + ") klopt niet: de rij of de keten is gewijzigd");
                }
                (BESLISSING.equals(soort) ? inKetenB : inKetenG).add(id);
                vorige = hash;
                verwacht++;
            }
        }
        long lengte = verwacht - 1;
        try (PreparedStatement ps = c.prepareStatement("SELECT volgnummer, hash FROM keten_kop WHERE id = 1");
                ResultSet rs = ps.executeQuery()) {
            if (!rs.next() || rs.getLong(1) != lengte || !rs.getString(2).equals(vorige)) {
                return new Controle(false, lengte, vorige, "keten: de kop van de keten wijst niet naar de laatste schakel ("
                        + lengte + "): schakels aan het eind zijn verwijderd of de kop is gewijzigd");
            }
        }
        String los = buitenKeten("beslissing", beslissingen.keySet(), inKetenB);
        if (los == null) {
            los = buitenKeten("gebeurtenis", gebeurtenissen.keySet(), inKetenG);
        }
        return los == null ? new Controle(true, lengte, vorige, null) : new Controle(false, lengte, vorige, los);
    }

    private static String buitenKeten(String tabel, Set<Long> ids, Set<Long> inKeten) {
        for (long id : new TreeSet<>(ids)) {
            if (!inKeten.contains(id)) {
                return "keten: " + tabel + " " + id + " staat niet in de keten (toegevoegd buiten de werkbank om)";
            }
        }
        return null;
    }

    /**
     * Every decision by id: its canonical content in form 1 (reason as text) and form 2 (reason as its salted hash),
     * and what is wrong with its reason for form 2 (a reason that does not match its hash, or one removed other than
     * by the retention term), or null.
     */
    private static Map<Long, String[]> beslissingen(Connection c) throws SQLException {
        Map<Long, String[]> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, tijd, gebruiker, periode, plan_versie, invoerversie, "
                + "huishouden_id, gekozen_gemeente, geadviseerde_gemeente, rang, kosten_per_regel, reden, nieuwe_versie, "
                + "vorige_gemeente, idempotentie_sleutel, reden_zout, reden_sha256, reden_verwijderd_op FROM beslissing");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Object[] velden = {rs.getLong(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3),
                        rs.getString(4), rs.getLong(5), (Long) rs.getObject(6, Long.class), rs.getString(7), rs.getString(8),
                        rs.getString(9), rs.getInt(10), rs.getString(11), rs.getString(12),
                        rs.getObject(13, Long.class), rs.getString(14), rs.getString(15)};
                String reden = rs.getString(12);
                String zout = rs.getString(16);
                String sha = rs.getString(17);
                boolean verwijderd = rs.getObject(18, OffsetDateTime.class) != null;
                String fout = null;
                if (reden != null && (zout == null || sha == null || !sha.equals(sha256(zout + reden)))) {
                    fout = "de reden past niet bij haar hash: de rij is gewijzigd";
                } else if (reden == null && sha != null && !verwijderd) {
                    fout = "de reden ontbreekt zonder dat de bewaartermijn haar verwijderde: de rij is gewijzigd";
                }
                String v1 = inhoud(velden);
                velden[11] = sha;
                out.put(rs.getLong(1), new String[] {v1, inhoud(velden), fout});
            }
        }
        return out;
    }

    /** Every event's canonical content by id. */
    private static Map<Long, String> gebeurtenissen(Connection c) throws SQLException {
        Map<Long, String> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, tijd, gebruiker, soort, invoerversie, details FROM gebeurtenis");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getLong(1), inhoud(rs.getLong(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3),
                        rs.getString(4), (Long) rs.getObject(5, Long.class), rs.getString(6)));
            }
        }
        return out;
    }
}
