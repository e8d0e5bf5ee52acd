package nl.kansrijk.service.opslag;

/** A decision made on a plan version that is no longer the current one (optimistic locking lost). */
public final class PlanVersieConflict extends RuntimeException {

    private final long huidig;

    public PlanVersieConflict(long huidig) {
        super("plan version changed to " + huidig);
        this.huidig = huidig;
    }

    /** The current plan version. */
    public long huidig() {
        return huidig;
    }
}
