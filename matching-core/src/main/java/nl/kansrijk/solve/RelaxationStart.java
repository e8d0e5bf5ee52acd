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
 * households built from it by {@link PlanSearch} (from the relaxation's two starts and from the selections of the
 * {@link KnapsackRelaxatie}, the best one, then ruin and recreate), as the {@link Koppelplan#getVoorstel() voorstel}
 * that the solver's first phase installs. Also tells the proven upper bound of the soft score for the final plan:
 * the tighter of the two relaxations'.
 *
 * @param relaxation the solved relaxation of the free households
 * @param voorstel per plan entity its starting gemeente (pinned ones at theirs; {@code null}: unplaced)
 * @param vastZacht the soft score of what the relaxation does not decide (pinned households, nareizigers at
 *                  their family's gemeente)
 * @param zacht the soft score of the voorstel
 * @param voorstelGrens the proven bound for plans leaving no more persons unplaced than the voorstel
 * @param zetten moves the search evaluated
 * @param knapsackGrens the knapsack relaxation's dual value ({@link KnapsackRelaxatie#grens()}), +∞ when it took no step
 */
public record RelaxationStart(Relaxation relaxation, List<Bestemming> voorstel, long vastZacht, long zacht,
        long voorstelGrens, long zetten, double knapsackGrens) {

    /** Passes of the search at most (it normally stops earlier, when no move improves the plan). */
    static final int MAX_PASSES = 50;
    /** Subgradient steps of the knapsack relaxation at most. */
    static final int KNAPSACK_STAPPEN = 2_000;
    /**
     * Cells of dynamic programming the knapsack steps may use in all (at least {@link #KNAPSACK_MIN_STAPPEN} steps):
     * bounds the heuristic where no time limit does (a move-limited solve of a large plan). Under the default 30 s
     * limit the time share ends it first.
     */
    static final long KNAPSACK_WERK = 10_000_000_000L;
    static final int KNAPSACK_MIN_STAPPEN = 50;
    /** Every this many steps the knapsacks' selection becomes a plan (then local search). */
    static final int KNAPSACK_PLAN_ELKE = 50;
    /** Ruin-and-recreate rounds per free household at most (the time limit usually ends them first on large plans). */
    static final long HERBOUW_RONDES_PER_HUISHOUDEN = 1_000;

    /** Builds the relaxation and the starting plan for the plan's households; {@code stop} may cut the search short. */
    public static RelaxationStart of(Koppelplan plan, Gewichten gewichten, long seed, BooleanSupplier stop) {
        return of(plan, gewichten, seed, stop, stop);
    }

    /**
     * As {@link #of(Koppelplan, Gewichten, long, BooleanSupplier)}; {@code knapsackStop} ends the knapsack
     * relaxation's steps earlier (its plans are then made from the steps taken), so ruin and recreate keeps its time.
     */
    public static RelaxationStart of(Koppelplan plan, Gewichten gewichten, long seed, BooleanSupplier stop,
            BooleanSupplier knapsackStop) {
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
        // a Lagrangian heuristic: plans from the knapsack relaxation's selections (its steps end at knapsackStop)
        KnapsackRelaxatie knapsack = new KnapsackRelaxatie(model, relaxation);
        PlanSearch[] beste = {search};
        int stappen = (int) Math.min(KNAPSACK_STAPPEN,
                Math.max(KNAPSACK_MIN_STAPPEN, KNAPSACK_WERK / Math.max(1, knapsack.werkPerStap())));
        knapsack.los(stappen, search.zacht() - PriceAuction.ONGEPLAATST * search.ongeplaatstePersonen(),
                KNAPSACK_PLAN_ELKE, selectie -> {
                    PlanSearch poging = new PlanSearch(relaxation, selectie);
                    poging.run(seed, MAX_PASSES, 0, stop);
                    if (beter(poging, beste[0])) {
                        beste[0] = poging;
                    }
                }, () -> knapsackStop.getAsBoolean() || stop.getAsBoolean());
        search = beste[0];
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
        double kGrens = knapsack.grens();
        return new RelaxationStart(relaxation, voorstel, vast, vast + search.zacht(),
                vast + grens(relaxation, kGrens, search.ongeplaatstePersonen()), search.zetten(), kGrens);
    }

    /**
     * The tighter of the two proven bounds on the free households' soft score (plus balans) over plans leaving at
     * most {@code ongeplaatst} of their persons unplaced: the price relaxation's and the knapsack relaxation's
     * (which bounds soft minus {@link PriceAuction#ONGEPLAATST} per unplaced person).
     */
    private static long grens(Relaxation relaxation, double knapsack, long ongeplaatst) {
        long b = relaxation.bovengrens(ongeplaatst);
        if (Double.isFinite(knapsack)) {
            double k = knapsack + PriceAuction.ONGEPLAATST * ongeplaatst;
            b = Math.min(b, (long) Math.floor(k + 1e-6 * Math.max(1.0, Math.abs(k))));
        }
        return b;
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
        return vastZacht + grens(relaxation, knapsackGrens, ongeplaatst);
    }
}
