package nl.kansrijk.wonen;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;
import nl.kansrijk.model.Huishouden;
import nl.kansrijk.model.Periode;
import nl.kansrijk.model.Woning;
import nl.kansrijk.model.Woningaanbod;
import nl.kansrijk.solve.Koppeling;
import nl.kansrijk.solve.MatchingResult;

/**
 * Assigns the dwellings to the linked households, per gemeente, to proven optimality: first the most households
 * housed, then the fewest Σ persons × {@link Wachtdagen wachtdagen}. Per gemeente that is a bipartite matching of
 * maximum cardinality and minimum cost, solved as a maximum flow of minimum cost with OR-Tools' {@link MinCostFlow}
 * ({@code SolveMaxFlowWithMinCost}: source → household → fitting dwelling → sink, capacity 1, cost on the middle
 * arcs). Stateless and deterministic: the same households and dwellings in the same order give the same toewijzing.
 */
public final class Toewijzer {

    private Toewijzer() {
    }

    /** The toewijzing for every placed household of a result (pinned included), in the result's order. */
    public static Woningtoewijzing van(MatchingResult r, Woningaanbod aanbod) {
        List<Woningvraag> vraag = new ArrayList<>();
        for (Koppeling k : r.koppelingen()) {
            if (k.isGeplaatst()) {
                vraag.add(new Woningvraag(k.huishouden(), k.gemeenteCode()));
            }
        }
        return wijsToe(vraag, aanbod, Periode.van(r.periode()).start());
    }

    /**
     * The toewijzing for the linked households {@code vraag}, in their order.
     *
     * @param zonderVergunningdatum the day from which a household without a vergunningdatum waits
     */
    public static Woningtoewijzing wijsToe(List<Woningvraag> vraag, Woningaanbod aanbod, LocalDate zonderVergunningdatum) {
        boolean toegankelijkheid = aanbod.toegankelijkheidGemarkeerd();
        Map<String, List<Woning>> woningen = aanbod.perGemeente();
        Map<String, List<Integer>> perGemeente = new LinkedHashMap<>();
        for (int i = 0; i < vraag.size(); i++) {
            perGemeente.computeIfAbsent(vraag.get(i).gemeenteCode(), c -> new ArrayList<>()).add(i);
        }
        Woning[] toegewezen = new Woning[vraag.size()];
        perGemeente.forEach((code, indexen) -> {
            List<Huishouden> huishoudens = indexen.stream().map(i -> vraag.get(i).huishouden()).toList();
            Woning[] perHuishouden = gemeente(huishoudens, woningen.getOrDefault(code, List.of()), toegankelijkheid,
                    zonderVergunningdatum);
            for (int k = 0; k < indexen.size(); k++) {
                toegewezen[indexen.get(k)] = perHuishouden[k];
            }
        });
        List<Toewijzing> out = new ArrayList<>(vraag.size());
        for (int i = 0; i < vraag.size(); i++) {
            Woningvraag v = vraag.get(i);
            Woning w = toegewezen[i];
            out.add(new Toewijzing(v.huishouden(), v.gemeenteCode(), w,
                    w == null ? null : Wachtdagen.van(v.huishouden(), w, zonderVergunningdatum)));
        }
        return new Woningtoewijzing(out);
    }

    /** The optimal dwelling per household of one gemeente ({@code null}: none), by index in {@code huishoudens}. */
    static Woning[] gemeente(List<Huishouden> huishoudens, List<Woning> woningen, boolean toegankelijkheid,
            LocalDate zonderVergunningdatum) {
        int n = huishoudens.size();
        int m = woningen.size();
        Woning[] out = new Woning[n];
        if (n == 0 || m == 0) {
            return out;
        }
        Natief.laad();
        int bron = 0;
        int put = 1;
        MinCostFlow flow = new MinCostFlow(2 + n + m, n + m + 16);
        try {
            Map<Integer, int[]> boog = new HashMap<>();
            for (int i = 0; i < n; i++) {
                flow.addArcWithCapacityAndUnitCost(bron, 2 + i, 1, 0);
            }
            for (int j = 0; j < m; j++) {
                flow.addArcWithCapacityAndUnitCost(2 + n + j, put, 1, 0);
            }
            for (int i = 0; i < n; i++) {
                Huishouden h = huishoudens.get(i);
                for (int j = 0; j < m; j++) {
                    Woning w = woningen.get(j);
                    if (Woningaanbod.past(h, w, toegankelijkheid)) {
                        long kosten = h.personen() * Wachtdagen.van(h, w, zonderVergunningdatum);
                        int a = flow.addArcWithCapacityAndUnitCost(2 + i, 2 + n + j, 1, kosten);
                        boog.put(a, new int[] {i, j});
                    }
                }
            }
            if (boog.isEmpty()) {
                return out;
            }
            flow.setNodeSupply(bron, n);
            flow.setNodeSupply(put, -n);
            MinCostFlowBase.Status status = flow.solveMaxFlowWithMinCost();
            if (status != MinCostFlowBase.Status.OPTIMAL) {
                throw new IllegalStateException("woningtoewijzing: min-cost flow eindigde met " + status);
            }
            boog.forEach((a, ij) -> {
                if (flow.getFlow(a) > 0) {
                    out[ij[0]] = woningen.get(ij[1]);
                }
            });
            return out;
        } finally {
            flow.delete();
        }
    }

    /** Loads OR-Tools' native library once per JVM; a failure is told in Dutch on every use. */
    private static final class Natief {
        /** Why loading failed, or {@code null} when the library is loaded. */
        private static final String FOUT = laadEenmaal();

        private static String laadEenmaal() {
            try {
                Loader.loadNativeLibraries();
                return null;
            } catch (Throwable t) { // UnsatisfiedLinkError, or no library for this platform in the jar
                return t.getClass().getSimpleName();
            }
        }

        static void laad() {
            if (FOUT != null) {
                throw new IllegalStateException("woningtoewijzing: de bibliotheek OR-Tools laadt niet op dit platform ("
                        + FOUT + ")");
            }
        }
    }
}
