package nl.kansrijk.benchmarks.exact;

import java.util.LinkedHashMap;
import java.util.Map;

import nl.kansrijk.solve.Koppeling;
import nl.kansrijk.solve.MatchingResult;
import nl.kansrijk.solve.Status;

/** Turns an engine result into the assignment form the exact model takes (household id → gemeente code). */
public final class KoppelingenVan {

    private KoppelingenVan() {
    }

    /** The koppelingen the solver made (pinned and unplaced households left out). */
    public static Map<String, String> resultaat(MatchingResult r) {
        Map<String, String> m = new LinkedHashMap<>();
        for (Koppeling k : r.koppelingen()) {
            if (k.status() == Status.GEKOPPELD) {
                m.put(k.huishoudenId(), k.gemeenteCode());
            }
        }
        return m;
    }
}
