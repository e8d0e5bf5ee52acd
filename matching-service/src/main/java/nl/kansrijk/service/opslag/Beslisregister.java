package nl.kansrijk.service.opslag;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Records decisions per household: a decision is checked against what changed since the regievoerder looked
 * (plan version {@code gezien}) for its own household and for the room in its chosen gemeente, not against every
 * change of the plan, so colleagues deciding other households do not get in each other's way; a change of room that
 * the caller checked against the plan and found harmless ({@link Verzoek#ruimteGetoetst}) is passed over. A request's
 * idempotency key is stored with its decision: a repeat finds it and records nothing. Each decision is one
 * transaction that first locks the plan's row, so decisions are serialised, also across server processes.
 * Thread-safe.
 */
public final class Beslisregister {

    private static final String KOLOMMEN = "id, tijd, gebruiker, periode, plan_versie, huishouden_id, gekozen_gemeente, "
            + "geadviseerde_gemeente, rang, kosten_per_regel, reden, invoerversie, COALESCE(nieuwe_versie, plan_versie + 1)";
    /** Longest idempotency key accepted. */
    public static final int MAX_SLEUTEL = 100;

    private final Opslag opslag;

    public Beslisregister(Opslag opslag) {
        this.opslag = opslag;
    }

    /**
     * One decision to record.
     *
     * @param gezien the plan version the regievoerder's advice was made on
     * @param sleutel the request's idempotency key, or {@code null}
     * @param ruimteGetoetst the plan version (at least {@code gezien}) up to which the changes of room in the chosen
     *     gemeente were checked against the plan and left room enough for the household: only a change of room made
     *     after it is a conflict
     */
    public record Verzoek(String gebruiker, String huishoudenId, String gekozen, String geadviseerd, int rang,
            String kostenPerRegel, String reden, long gezien, String sleutel, long ruimteGetoetst) {

        /** A decision whose changes of room since {@code gezien} were not checked: each one is a conflict. */
        public Verzoek(String gebruiker, String huishoudenId, String gekozen, String geadviseerd, int rang,
                String kostenPerRegel, String reden, long gezien, String sleutel) {
            this(gebruiker, huishoudenId, gekozen, geadviseerd, rang, kostenPerRegel, reden, gezien, sleutel, gezien);
        }
    }

    /**
     * A decision as stored.
     *
     * @param nieuweVersie the plan version this decision made
     * @param vorigeGemeente the gemeente the household left, or {@code null} when it was waiting
     * @param herhaald {@code true} when this answers a repeated request (nothing new was recorded)
     */
    public record Vastgelegd(Beslissing beslissing, long nieuweVersie, String vorigeGemeente, boolean herhaald) {
    }

    /** The decision a user recorded with this idempotency key, if any. */
    public Optional<Vastgelegd> herhaling(String gebruiker, String sleutel) {
        return opslag.transactie(c -> metSleutel(c, gebruiker, sleutel));
    }

    /**
     * What changed since {@code gezien} for this decision, read without recording anything: checked before the rules
     * are, so that a gemeente filled up by a colleague's decision is reported as that decision, not as a rule. The
     * recording itself checks again ({@link #leg}).
     */
    public Optional<BeslissingConflict> conflict(String huishoudenId, String gekozen, long gezien) {
        return opslag.transactie(c -> {
            long versie;
            long periodeVersie;
            try (PreparedStatement ps = c.prepareStatement("SELECT versie, COALESCE(periode_versie, versie) FROM plan_stand WHERE id = 1");
                    ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.of(new BeslissingConflict(BeslissingConflict.Soort.PERIODE, null, 0));
                }
                versie = rs.getLong(1);
                periodeVersie = rs.getLong(2);
            }
            return conflict(c, huishoudenId, gekozen, gezien, gezien, versie, periodeVersie);
        });
    }

    /**
     * What changed since {@code gezien}: another period, its household, or (after {@code ruimteGetoetst}, the
     * version up to which the room was checked and sufficed) the room in its chosen gemeente.
     */
    private static Optional<BeslissingConflict> conflict(Connection c, String huishoudenId, String gekozen, long gezien,
            long ruimteGetoetst, long versie, long periodeVersie) throws SQLException {
        if (gezien < periodeVersie || gezien > versie) {
            return Optional.of(new BeslissingConflict(BeslissingConflict.Soort.PERIODE, null, versie));
        }
        Optional<Beslissing> huishouden = laatste(c, "huishouden_id = ?", gezien, huishoudenId);
        if (huishouden.isPresent()) {
            return Optional.of(new BeslissingConflict(BeslissingConflict.Soort.HUISHOUDEN, huishouden.get(), versie));
        }
        return laatste(c, "(gekozen_gemeente = ? OR vorige_gemeente = ?)", Math.max(gezien, ruimteGetoetst), gekozen, gekozen)
                .map(b -> new BeslissingConflict(BeslissingConflict.Soort.RUIMTE, b, versie));
    }

    /**
     * Records the decision and its koppeling unless its household or the room in its gemeente changed since
     * {@code gezien}; a repeat of an earlier request (same user and key) returns that earlier decision.
     *
     * @throws BeslissingConflict naming the decision that came first
     */
    public Vastgelegd leg(Verzoek v) {
        return opslag.transactie(c -> {
            PlanStand p = vergrendel(c);
            if (v.sleutel() != null) {
                Optional<Vastgelegd> eerder = metSleutel(c, v.gebruiker(), v.sleutel());
                if (eerder.isPresent()) {
                    return eerder.get();
                }
            }
            Optional<BeslissingConflict> conflict = conflict(c, v.huishoudenId(), v.gekozen(), v.gezien(), v.ruimteGetoetst(),
                    p.versie(), p.periodeVersie());
            if (conflict.isPresent()) {
                throw conflict.get();
            }
            return voegIn(c, v, p.versie(), p.periode(), p.invoerversie());
        });
    }

    /**
     * Records several decisions that belong together (an accepted exchange proposal) in one transaction: all or
     * none. Each is checked against what changed since its {@code gezien} before any is recorded, so the group's own
     * decisions do not conflict with each other; they follow each other in the log, each making the next plan version.
     *
     * @throws BeslissingConflict naming the decision that came first, for the first decision of the group it hits
     */
    public java.util.List<Vastgelegd> legSamen(java.util.List<Verzoek> verzoeken) {
        return opslag.transactie(c -> {
            PlanStand p = vergrendel(c);
            for (Verzoek v : verzoeken) {
                Optional<BeslissingConflict> conflict = conflict(c, v.huishoudenId(), v.gekozen(), v.gezien(),
                        v.ruimteGetoetst(), p.versie(), p.periodeVersie());
                if (conflict.isPresent()) {
                    throw conflict.get();
                }
            }
            java.util.List<Vastgelegd> out = new java.util.ArrayList<>(verzoeken.size());
            long versie = p.versie();
            for (Verzoek v : verzoeken) {
                Vastgelegd x = voegIn(c, v, versie, p.periode(), p.invoerversie());
                versie = x.nieuweVersie();
                out.add(x);
            }
            return out;
        });
    }

    /** The plan's row, locked for this transaction. */
    private record PlanStand(long versie, long periodeVersie, String periode, Long invoerversie) {
    }

    private static PlanStand vergrendel(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT versie, COALESCE(periode_versie, versie), periode, "
                + "invoerversie FROM plan_stand WHERE id = 1 FOR UPDATE");
                ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new BeslissingConflict(BeslissingConflict.Soort.PERIODE, null, 0);
            }
            return new PlanStand(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getObject(4, Long.class));
        }
    }

    /** Inserts one decision and its koppeling at plan version {@code versie} + 1, in the hash chain. */
    private static Vastgelegd voegIn(Connection c, Verzoek v, long versie, String periode, Long invoerversie)
            throws SQLException {
            String vorige = null;
            try (PreparedStatement ps = c.prepareStatement("SELECT gemeente_code FROM koppeling WHERE huishouden_id = ?")) {
                ps.setString(1, v.huishoudenId());
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        vorige = rs.getString(1);
                    }
                }
            }
            long nieuw = versie + 1;
            try (PreparedStatement ps = c.prepareStatement("UPDATE plan_stand SET versie = ? WHERE id = 1")) {
                ps.setLong(1, nieuw);
                ps.executeUpdate();
            }
            OffsetDateTime tijd = Opslag.nu();
            String[] zegel = Keten.zegel(v.reden());
            long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO beslissing (tijd, gebruiker, periode, plan_versie, "
                    + "huishouden_id, gekozen_gemeente, geadviseerde_gemeente, rang, kosten_per_regel, reden, nieuwe_versie, "
                    + "vorige_gemeente, idempotentie_sleutel, invoerversie, reden_zout, reden_sha256) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setObject(1, tijd);
                ps.setString(2, v.gebruiker());
                ps.setString(3, periode);
                ps.setLong(4, v.gezien());
                ps.setString(5, v.huishoudenId());
                ps.setString(6, v.gekozen());
                ps.setString(7, v.geadviseerd());
                ps.setInt(8, v.rang());
                ps.setString(9, v.kostenPerRegel());
                ps.setString(10, v.reden());
                ps.setLong(11, nieuw);
                ps.setString(12, vorige);
                ps.setString(13, v.sleutel());
                ps.setObject(14, invoerversie);
                ps.setString(15, zegel[0]);
                ps.setString(16, zegel[1]);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM koppeling WHERE huishouden_id = ?")) {
                ps.setString(1, v.huishoudenId());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO koppeling (huishouden_id, gemeente_code, beslissing_id) VALUES (?, ?, ?)")) {
                ps.setString(1, v.huishoudenId());
                ps.setString(2, v.gekozen());
                ps.setLong(3, id);
                ps.executeUpdate();
            }
            Beslissing b = new Beslissing(id, tijd, v.gebruiker(), periode, v.gezien(), v.huishoudenId(), v.gekozen(),
                    v.geadviseerd(), v.rang(), v.kostenPerRegel(), v.reden(), invoerversie);
            // in the hash chain in the same transaction, with what makes it per household: the version it made,
            // the gemeente it left and the request's key
            Keten.voegToe(c, b, zegel[1], nieuw, vorige, v.sleutel());
            return new Vastgelegd(b, nieuw, vorige, false);
    }

    /** The latest decision for one household, with the gemeente it left, if it was ever decided. */
    public Optional<Vastgelegd> laatsteVan(String huishoudenId) {
        return opslag.transactie(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + KOLOMMEN + ", vorige_gemeente FROM beslissing "
                    + "WHERE huishouden_id = ? ORDER BY id DESC")) {
                ps.setString(1, huishoudenId);
                ps.setMaxRows(1);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new Vastgelegd(beslissing(rs), rs.getLong(13), rs.getString(14), false))
                            : Optional.<Vastgelegd>empty();
                }
            }
        });
    }

    private static Optional<Vastgelegd> metSleutel(Connection c, String gebruiker, String sleutel) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + KOLOMMEN + ", vorige_gemeente FROM beslissing "
                + "WHERE gebruiker = ? AND idempotentie_sleutel = ?")) {
            ps.setString(1, gebruiker);
            ps.setString(2, sleutel);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Vastgelegd(beslissing(rs), rs.getLong(13), rs.getString(14), true))
                        : Optional.empty();
            }
        }
    }

    /** The latest decision made after plan version {@code gezien} that matches {@code waar}. */
    private static Optional<Beslissing> laatste(Connection c, String waar, long gezien, String... waarden)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + KOLOMMEN + " FROM beslissing WHERE "
                + "COALESCE(nieuwe_versie, plan_versie + 1) > ? AND " + waar + " ORDER BY id DESC")) {
            ps.setLong(1, gezien);
            for (int i = 0; i < waarden.length; i++) {
                ps.setString(i + 2, waarden[i]);
            }
            ps.setMaxRows(1);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(beslissing(rs)) : Optional.empty();
            }
        }
    }

    private static Beslissing beslissing(ResultSet rs) throws SQLException {
        return new Beslissing(rs.getLong(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3), rs.getString(4),
                rs.getLong(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getInt(9), rs.getString(10),
                rs.getString(11), rs.getObject(12, Long.class));
    }
}
