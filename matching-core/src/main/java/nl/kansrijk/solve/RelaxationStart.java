package nl.kansrijk.solve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

import nl.kansrijk.model.Bestemming;
import nl.kansrijk.model.Koppelplan;
import nl.kansrijk.model.Plaatsingseenheid;
import nl.kansrijk.relaxation.KnapsackRelaxatie;
import nl.kansrijk.relaxation.PlanSearch;
import nl.kansrijk.relaxation.PriceAuction;
import nl.kansrijk.relaxation.Relaxation;
import nl.kansrijk.relaxation.TransportModel;
import nl.kansrijk.rules.Bijdragen;
import nl.kansrijk.rules.Gewichten;

/**
 * The start of a solve: the plan's relaxation (prices per gemeente and a proven bound) and the plan of whole
 * households built from it by {@link PlanSearch}, as the {@link Koppelplan#getVoorstel() voorstel} that the
 * solver's first phase installs. Also tells the proven upper bound of the soft score for the final plan.
 *
 * @param relaxation the solved relaxation of the free households
 * @param voorstel per plan entity its starting gemeente (pinned ones at theirs; {@code null}: unplaced)
 * @param vastZacht the soft score of what the relaxation does not decide (pinned households, nareizigers at
 *                  their family's gemeente)
 * @param zacht the soft score of the voorstel
 * @param voorstelGrens the proven bound for plans leaving no more persons unplaced than the voorstel
 * @param zetten moves the search evaluated
 */
public record RelaxationStart(Relaxation relaxation, List<Bestemming> voorstel, long vastZacht, long zacht,
        long voorstelGrens, long zetten) {

    /** Passes of the search at most (it normally stops earlier, when no move improves the plan). */
    static final int MAX_PASSES = 50;
    /**
     * The knapsack relaxation's Lagrangian heuristic runs when one of its steps costs at most this many cells of
     * dynamic programming (few places per gemeente, where the price relaxation splits many households and its
     * plan is far from the optimum; on larger plans its steps cost more than the ruin and recreate they would take
     * the time of).
     */
    static final long KNAPSACK_WERK_PER_STAP = 2_000_000L;
    /** Subgradient steps of the knapsack relaxation at most. */
    static final int KNAPSACK_STAPPEN = 2_000;
    /** Every this many steps the knapsacks' selection becomes a plan (then local search). */
    static final int KNAPSACK_PLAN_ELKE = 50;
    /** Ruin-and-recreate rounds per free household at most (the time limit usually ends them first on large plans). */
    static final long HERBOUW_RONDES_PER_HUISHOUDEN = 4_000;

    /** Builds the relaxation and the starting plan for the plan's households; {@code stop} may cut the search short. */
    public static RelaxationStart of(Koppelplan plan, Gewichten gewichten, long seed, BooleanSupplier stop) {
        TransportModel model = new TransportModel(plan, gewichten);
        Relaxation relaxation = Relaxation.of(model);
        // two starts, the better plan (medium first, then soft) is kept
        PlanSearch search = null;
        for (PlanSearch.Start s : PlanSearch.Start.EIGEN) {
            PlanSearch poging = new PlanSearch(relaxation, s);
            poging.run(seed, MAX_PASSES, 0, stop);
            if (search == null || beter(poging, search)) {
                search = poging;
            }
        }
        // where a knapsack step is cheap (few places per gemeente), plans from the knapsack relaxation's selections
        KnapsackRelaxatie knapsack = new KnapsackRelaxatie(model, relaxation);
        long werk = knapsack.werkPerStap();
        if (werk <= KNAPSACK_WERK_PER_STAP) {
            PlanSearch[] beste = {search};
            knapsack.los(KNAPSACK_STAPPEN, search.zacht() - PriceAuction.ONGEPLAATST * search.ongeplaatstePersonen(),
                    KNAPSACK_PLAN_ELKE, selectie -> {
                        PlanSearch poging = new PlanSearch(relaxation, selectie);
                        poging.run(seed, MAX_PASSES, 0, stop);
                        if (beter(poging, beste[0])) {
                            beste[0] = poging;
                        }
                    }, stop);
            search = beste[0];
        }
        // then ruin and recreate from the best local optimum, within the time the caller gives
        int[] keuze = search.herbouw(seed, HERBOUW_RONDES_PER_HUISHOUDEN * model.huishoudens(), stop);
        List<Plaatsingseenheid> eenheden = plan.getEenheden();
        List<Bestemming> voorstel = new ArrayList<>(Arrays.asList(new Bestemming[eenheden.size()]));
        long vast = 0;
        for (int e = 0; e < eenheden.size(); e++) {
            Plaatsingseenheid p = eenheden.get(e);
            Bestemming vasteBestemming = TransportModel.vasteBestemming(p);
            int i = model.vrijIndex(e);
            if (vasteBestemming != null) {
                voorstel.set(e, vasteBestemming);
                vast += Bijdragen.zacht(p, vasteBestemming, gewichten);
            } else if (i >= 0 && keuze[i] >= 0) {
                voorstel.set(e, p.getToegestaan().get(keuze[i]));
            }
        }
        return new RelaxationStart(relaxation, voorstel, vast, vast + search.zacht(),
                vast + relaxation.bovengrens(search.ongeplaatstePersonen()), search.zetten());
    }

    /** Whether plan search {@code a} has the better plan: fewer unplaced (medium), then the higher soft score. */
    private static boolean beter(PlanSearch a, PlanSearch b) {
        return a.medium() > b.medium() || (a.medium() == b.medium() && a.zacht() > b.zacht());
    }

    /** Whether the voorstel's soft score is within {@code fractie} of the bound (e.g. 0.001 for 99.9 %). */
    public boolean binnen(double fractie) {
        return zacht >= voorstelGrens - fractie * Math.abs(voorstelGrens);
    }

    /**
     * The proven upper bound of the soft score of every plan that leaves no more persons unplaced than
     * {@code plan} does (only the households the relaxation decides count).
     */
    public long bovengrens(Koppelplan plan) {
        TransportModel model = relaxation.model();
        long ongeplaatst = 0;
        List<Plaatsingseenheid> eenheden = plan.getEenheden();
        for (int e = 0; e < eenheden.size(); e++) {
            if (model.vrijIndex(e) >= 0 && eenheden.get(e).getBestemming() == null) {
                ongeplaatst += eenheden.get(e).getPersonen();
            }
        }
        return vastZacht + relaxation.bovengrens(ongeplaatst);
    }
}
