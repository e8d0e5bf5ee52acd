package nl.kansrijk.service.opslag;

/**
 * A decision that came too late: since the regievoerder looked (plan version {@code gezien}), its household was
 * decided by someone else, the room in its chosen gemeente changed, or another period was loaded.
 */
public final class BeslissingConflict extends RuntimeException {

    /** What changed since the look. */
    public enum Soort {
        /** The household itself was linked or moved. */
        HUISHOUDEN,
        /** Another household was linked to, or moved away from, the chosen gemeente. */
        RUIMTE,
        /** Another period was loaded (or the version is not one this database made). */
        PERIODE
    }

    private final Soort soort;
    private final transient Beslissing door;
    private final long huidig;

    public BeslissingConflict(Soort soort, Beslissing door, long huidig) {
        super("decision conflict " + soort, null, false, false);
        this.soort = soort;
        this.door = door;
        this.huidig = huidig;
    }

    public Soort soort() {
        return soort;
    }

    /** The latest decision that made the change, or {@code null} for {@link Soort#PERIODE}. */
    public Beslissing door() {
        return door;
    }

    /** The current plan version. */
    public long huidig() {
        return huidig;
    }
}
