package nl.kansrijk.service.opslag;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;

/** H2 trigger that refuses every update and delete of the decision log (beslissing), which is append-only. */
public final class AlleenToevoegen implements Trigger {

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("het beslissingenlog is alleen aan te vullen");
    }
}
