package nl.kansrijk.simulate;

import java.util.List;
import java.util.Map;

import nl.kansrijk.model.Huishouden;

/**
 * Greedy, first come first served (gretig): each household of the batch in permit-date order to the gemeente
 * that is best for it given today's loads ({@link GretigeStap}), as a regievoerder working by hand would.
 */
public final class GretigBeleid implements OnlineBeleid {

    @Override
    public String naam() {
        return "greedy";
    }

    @Override
    public Map<String, String> koppel(SimulatieStand stand, List<Huishouden> batch) {
        return Vastlegging.metTerugval(stand, batch, Map.of());
    }
}
