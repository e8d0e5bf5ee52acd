package nl.kansrijk.simulate;

import java.util.List;
import java.util.Map;
import java.util.Set;

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

    /**
     * Which of the given households to keep for the next batch instead of linking them today (wachten): more is
     * known then (the households kept and those arriving in between), at the cost of a later koppeling. The
     * simulator offers only households it can still link within the deadline at the next batch; the households kept
     * are known to {@link #koppel} ({@link SimulatieStand#wachtend()}) and offered again at the next batch. Default:
     * none, every household is linked in the batch it arrives in.
     *
     * @param stand what is known today ({@link SimulatieStand#volgendeBatch()} is set)
     * @param wachtrij today's queue: the households kept from earlier batches and this batch's, in arrival order
     * @param kunnenWachten households of the queue that may wait, in arrival order
     * @return ids of the households to keep, a subset of {@code kunnenWachten}'s
     */
    default Set<String> wacht(SimulatieStand stand, List<Huishouden> wachtrij, List<Huishouden> kunnenWachten) {
        return Set.of();
    }

    /**
     * Today's whole decision for the queue, which the simulator asks for at every batch: which households wait
     * ({@link #wacht}) and the koppeling of the others ({@link #koppel}, the waiting ones known to it through
     * {@link SimulatieStand#metWachtend}). Default: {@link #wacht} (only when some household may wait), then
     * {@link #koppel} of the rest; a policy overrides it only to share work between the two.
     *
     * @param stand what is known today, nobody waiting yet
     * @param wachtrij today's queue: the households kept from earlier batches and this batch's, in arrival order
     * @param kunnenWachten households of the queue that may wait (empty at the last batch), in arrival order
     */
    default Dagbesluit besluit(SimulatieStand stand, List<Huishouden> wachtrij, List<Huishouden> kunnenWachten) {
        Set<String> wacht = kunnenWachten.isEmpty() ? Set.of() : wacht(stand, wachtrij, kunnenWachten);
        return Dagbesluit.van(stand, wachtrij, wacht, this::koppel);
    }
}
