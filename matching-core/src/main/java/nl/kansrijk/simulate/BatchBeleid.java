package nl.kansrijk.simulate;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import nl.kansrijk.model.Huishouden;
import nl.kansrijk.solve.MatchingEngine;

/**
 * Batch: each batch solved with the engine as one problem, earlier koppelingen pinned; households the solve
 * leaves unplaced are offered to the greedy step. Optimal within the batch, blind to who comes later.
 */
public final class BatchBeleid implements OnlineBeleid {

    private final MatchingEngine engine;
    private final Zoekbudget budget;

    public BatchBeleid(MatchingEngine engine, Zoekbudget budget) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.budget = Objects.requireNonNull(budget, "budget");
    }

    @Override
    public String naam() {
        return "batch";
    }

    @Override
    public Map<String, String> koppel(SimulatieStand stand, List<Huishouden> batch) {
        Map<String, String> voorstel = BatchOplosser.los(engine,
                stand.context(stand.probleemMet(stand.vrijMetAangekondigd(batch))), budget);
        return Vastlegging.metTerugval(stand, batch, voorstel);
    }
}
