package nl.kansrijk.service.opslag;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.h2.api.Trigger;

/**
 * H2 update trigger on {@code beslissing} and {@code invoerversie_bestand}: refuses every update except what the
 * retention term does ({@link Bewaartermijn}): remove a reason whose chain entry covers it by its hash (reden and
 * reden_zout to NULL, reden_verwijderd_op set), or empty an input file (inhoud_base64 to '', verwijderd_op set),
 * every other column unchanged.
 */
public final class AlleenBewaartermijn implements Trigger {

    private List<String> kolommen;
    private boolean beslissing;

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before, int type)
            throws SQLException {
        beslissing = tableName.equalsIgnoreCase("beslissing");
        kolommen = new ArrayList<>();
        try (ResultSet rs = conn.getMetaData().getColumns(null, schemaName, tableName, null)) {
            List<Object[]> k = new ArrayList<>();
            while (rs.next()) {
                k.add(new Object[] {rs.getInt("ORDINAL_POSITION"), rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT)});
            }
            k.sort((a, b) -> Integer.compare((Integer) a[0], (Integer) b[0]));
            k.forEach(x -> kolommen.add((String) x[1]));
        }
    }

    @Override
    public void fire(Connection conn, Object[] oud, Object[] nieuw) throws SQLException {
        Set<String> vrij = beslissing ? Set.of("reden", "reden_zout", "reden_verwijderd_op") : Set.of("inhoud_base64", "verwijderd_op");
        boolean toegestaan = beslissing
                ? oud[i("reden_verwijderd_op")] == null && nieuw[i("reden_verwijderd_op")] != null
                        && oud[i("reden_sha256")] != null && nieuw[i("reden")] == null && nieuw[i("reden_zout")] == null
                : oud[i("verwijderd_op")] == null && nieuw[i("verwijderd_op")] != null && "".equals(nieuw[i("inhoud_base64")]);
        for (int k = 0; toegestaan && k < kolommen.size(); k++) {
            toegestaan = vrij.contains(kolommen.get(k)) || Objects.equals(oud[k], nieuw[k]);
        }
        if (!toegestaan) {
            throw new SQLException(beslissing ? "het beslissingenlog is alleen aan te vullen (de bewaartermijn mag alleen een reden verwijderen)"
                    : "het auditlog (invoerversie_bestand) is alleen aan te vullen (de bewaartermijn mag alleen de inhoud legen)");
        }
    }

    private int i(String kolom) throws SQLException {
        int k = kolommen.indexOf(kolom);
        if (k < 0) {
            throw new SQLException("kolom " + kolom + " ontbreekt");
        }
        return k;
    }
}
