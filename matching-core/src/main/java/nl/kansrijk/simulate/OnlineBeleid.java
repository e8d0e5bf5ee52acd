package nl.kansrijk.simulate;

import java.util.List;
import java.util.Map;

import nl.kansrijk.model.Huishouden;

/**
 * A way of linking households as they arrive (online beleid), without knowing who comes later. The simulator
 * calls it once per batch; whatever it returns is final and pinned for all later batches.
 * Implementations must be deterministic for the seed in {@link SimulatieStand#config()} and thread-safe.
 */
public interface OnlineBeleid {

    /** A short name for tables and files, for example {@code greedy}. */
    String naam();

    /**
     * Links the households of one batch.
     *
     * @param stand what is known today; its koppelingen are fixed
     * @param batch the households to link now, in arrival order
     * @return gemeente code per household of {@code batch}; a household absent (or mapped to {@code null}) stays
     *         unplaced. Keys other than the batch's ids are an error.
     */
    Map<String, String> koppel(SimulatieStand stand, List<Huishouden> batch);
}
