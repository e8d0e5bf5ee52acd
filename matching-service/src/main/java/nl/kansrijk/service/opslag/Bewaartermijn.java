package nl.kansrijk.service.opslag;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.databind.json.JsonMapper;

/**
 * The retention term of old periods (docs/privacy.md): a period is closed when an input version of another period is
 * loaded after its last version, and past its term {@code maanden} months after that. Of a period past its term the
 * reasons of its decisions are removed (their salted hashes stay, so the chain verifies, {@link Keten}) and the files
 * of its input versions are emptied (name and SHA-256 stay, the events name them); the current period is never
 * touched. What was removed is recorded as an audited event {@code bewaartermijn} in the chain.
 */
public final class Bewaartermijn {

    /** The event of the retention term being applied. */
    public static final String GEBEURTENIS = "bewaartermijn";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Bewaartermijn() {
    }

    /**
     * What one application removed.
     *
     * @param termijnMaanden the term applied
     * @param grens periods closed at or before this moment were past their term
     * @param periodes the periods past their term, oldest first
     * @param redenenVerwijderd reasons removed now
     * @param bestandenGeleegd input files emptied now
     * @param redenenBehouden reasons of those periods kept because their chain entry (form 1, from before the
     *        retention term) covers the text itself
     * @param gebeurtenis the id of the audited event, or null when nothing was removed and none was asked for
     */
    public record Uitslag(int termijnMaanden, OffsetDateTime grens, List<String> periodes, int redenenVerwijderd,
            int bestandenGeleegd, int redenenBehouden, Long gebeurtenis) {
    }

    /**
     * Applies the term at {@code nu} in the caller's transaction; records the event when something was removed or when
     * {@code altijdVastleggen} (a beheerder asked).
     */
    static Uitslag pasToe(Connection c, int maanden, OffsetDateTime nu, String gebruiker, boolean altijdVastleggen)
            throws SQLException {
        if (maanden < 1) {
            throw new IllegalArgumentException("de bewaartermijn moet minstens 1 maand zijn, is " + maanden);
        }
        OffsetDateTime grens = nu.minusMonths(maanden);
        String huidig = null;
        try (PreparedStatement ps = c.prepareStatement("SELECT periode FROM plan_stand WHERE id = 1"); ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
                huidig = rs.getString(1);
            }
        }
        // per period the moment it was closed: the loading of the first version after its last one
        List<String[]> versies = new ArrayList<>();
        List<OffsetDateTime> tijden = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT periode, geladen_op FROM invoerversie ORDER BY versie");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                versies.add(new String[] {rs.getString(1)});
                tijden.add(rs.getObject(2, OffsetDateTime.class));
            }
        }
        Map<String, OffsetDateTime> gesloten = new TreeMap<>();
        for (int i = 0; i < versies.size(); i++) {
            String p = versies.get(i)[0];
            gesloten.remove(p);
            if (i + 1 < versies.size() && !versies.get(i + 1)[0].equals(p)) {
                gesloten.put(p, tijden.get(i + 1));
            }
        }
        List<String> oud = new ArrayList<>();
        for (Map.Entry<String, OffsetDateTime> e : gesloten.entrySet()) {
            if (!e.getKey().equals(huidig) && !e.getValue().isAfter(grens)) {
                oud.add(e.getKey());
            }
        }
        oud.sort((a, b) -> gesloten.get(a).compareTo(gesloten.get(b)));
        OffsetDateTime tijd = Opslag.nu();
        int redenen = 0;
        int bestanden = 0;
        int behouden = 0;
        for (String p : oud) {
            try (PreparedStatement ps = c.prepareStatement("UPDATE beslissing SET reden = NULL, reden_zout = NULL, "
                    + "reden_verwijderd_op = ? WHERE periode = ? AND reden IS NOT NULL AND reden_sha256 IS NOT NULL")) {
                ps.setObject(1, tijd);
                ps.setString(2, p);
                redenen += ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT COUNT(*) FROM beslissing WHERE periode = ? AND reden IS NOT NULL AND reden_sha256 IS NULL")) {
                ps.setString(1, p);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    behouden += rs.getInt(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE invoerversie_bestand SET inhoud_base64 = '', verwijderd_op = ? "
                    + "WHERE verwijderd_op IS NULL AND versie IN (SELECT versie FROM invoerversie WHERE periode = ?)")) {
                ps.setObject(1, tijd);
                ps.setString(2, p);
                bestanden += ps.executeUpdate();
            }
        }
        Long id = null;
        if (redenen + bestanden > 0 || altijdVastleggen) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("termijn_maanden", maanden);
            details.put("grens", grens.toInstant().toString());
            details.put("periodes", oud);
            details.put("redenen_verwijderd", redenen);
            details.put("bestanden_geleegd", bestanden);
            details.put("redenen_behouden", behouden);
            id = Invoerversies.gebeurtenis(c, tijd, gebruiker, GEBEURTENIS, null, JSON.writeValueAsString(details));
        }
        return new Uitslag(maanden, grens, oud, redenen, bestanden, behouden, id);
    }
}
