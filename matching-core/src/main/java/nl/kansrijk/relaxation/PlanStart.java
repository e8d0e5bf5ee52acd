package nl.kansrijk.relaxation;

import java.util.Arrays;

/**
 * The first plan of a search ({@link PlanSearch.Start}): households the relaxation places wholly (or, from a given
 * start, where it says and they fit) go there; the rest largest first (then fewest allowed gemeenten) by reduced
 * score where room is left.
 */
final class PlanStart {

    private PlanStart() {
    }

    /** Builds the start in {@code plan}, which is empty. */
    static void bouw(PlanState plan, Relaxation relaxatie, PlanSearch.Start start, int[] gegeven) {
        TransportModel model = plan.model();
        int n = plan.huishoudens();
        boolean[] gedaan = new boolean[n];
        if (start == PlanSearch.Start.RELAXATIE) {
            plaatsHeleHuishoudens(plan, relaxatie, gedaan);
        }
        if (start == PlanSearch.Start.GEGEVEN) {
            plaatsGegeven(plan, gegeven, gedaan);
        }
        Integer[] rest = new Integer[n];
        int aantal = 0;
        for (int i = 0; i < n; i++) {
            if (!gedaan[i]) {
                rest[aantal++] = i;
            }
        }
        Arrays.sort(rest, 0, aantal, (a, b) -> {
            int c = Integer.compare(model.personen(b), model.personen(a));
            if (c == 0) {
                c = Integer.compare(model.toegestaan(a).length, model.toegestaan(b).length);
            }
            return c != 0 ? c : Integer.compare(a, b);
        });
        for (int q = 0; q < aantal; q++) {
            plaatsGereduceerd(plan, relaxatie, rest[q]);
        }
    }

    /** Households the relaxation puts wholly in one gemeente go there. */
    private static void plaatsHeleHuishoudens(PlanState plan, Relaxation relaxatie, boolean[] gedaan) {
        TransportModel model = plan.model();
        for (int i = 0; i < plan.huishoudens(); i++) {
            int[] toegestaan = model.toegestaan(i);
            for (int k = 0; k < toegestaan.length; k++) {
                if (relaxatie.aantal(i, k) == model.personen(i)) {
                    plan.zet(i, k);
                    gedaan[i] = true;
                    break;
                }
            }
        }
    }

    /** Households go to their given position where it fits, largest first. */
    private static void plaatsGegeven(PlanState plan, int[] gegeven, boolean[] gedaan) {
        TransportModel model = plan.model();
        int n = plan.huishoudens();
        Integer[] volgorde = new Integer[n];
        for (int i = 0; i < n; i++) {
            volgorde[i] = i;
        }
        Arrays.sort(volgorde, (a, b) -> {
            int c = Integer.compare(model.personen(b), model.personen(a));
            return c != 0 ? c : Integer.compare(a, b);
        });
        for (int i : volgorde) {
            if (gegeven[i] >= 0 && plan.past(model.toegestaan(i)[gegeven[i]], model.personen(i))) {
                plan.zet(i, gegeven[i]);
                gedaan[i] = true;
            }
        }
    }

    /** Household {@code i} goes where its reduced score is highest among the gemeenten with room, if any. */
    private static void plaatsGereduceerd(PlanState plan, Relaxation relaxatie, int i) {
        TransportModel model = plan.model();
        int[] toegestaan = model.toegestaan(i);
        int beste = -1;
        double besteWaarde = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < toegestaan.length; k++) {
            double waarde = Candidates.gereduceerd(relaxatie, i, k);
            if (plan.past(toegestaan[k], model.personen(i)) && waarde > besteWaarde) {
                besteWaarde = waarde;
                beste = k;
            }
        }
        if (beste >= 0) {
            plan.zet(i, beste);
        }
    }
}
