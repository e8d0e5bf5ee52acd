package nl.kansrijk.solve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

import nl.kansrijk.exact.ExactResult;
import nl.kansrijk.exact.ExactSolver;
import nl.kansrijk.model.Bestemming;
import nl.kansrijk.model.Bewijs;
import nl.kansrijk.model.Koppelplan;
import nl.kansrijk.model.Plaatsingseenheid;
import nl.kansrijk.relaxation.Groepgrens;
import nl.kansrijk.relaxation.KnapsackGids;
import nl.kansrijk.relaxation.KnapsackRelaxatie;
import nl.kansrijk.relaxation.PlanSearch;
import nl.kansrijk.relaxation.PriceAuction;
import nl.kansrijk.relaxation.Relaxation;
import nl.kansrijk.relaxation.Strafgrens;
import nl.kansrijk.relaxation.TransportModel;
import nl.kansrijk.rules.Bijdragen;
import nl.kansrijk.rules.Gewichten;

/**
 * The start of a solve: the plan's relaxation (prices per gemeente and a proven bound) and the plan of whole
 * households built from it by {@link PlanSearch} (from the relaxation's two starts and from the selections of the
 * {@link KnapsackRelaxatie}, the best one, then ruin and recreate), as the voorstel
 * the engine installs as the solver's initial solution. Also tells the proven upper bound of the soft score for the final plan:
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
 * @param exact what the exact path found ({@code null}: it did not run, or found nothing)
 * @param strafgrens the bound over the penalty per unplaced person ({@code null}: not computed)
 * @param groepgrens the bound that models the groepsgelijkheid rule ({@code null}: the rule is off, or it was not
 *                   computed); the other bounds stay valid with the rule on (its term is never positive)
 */
public record RelaxationStart(Relaxation relaxation, List<Bestemming> voorstel, long vastZacht, long zacht,
        long voorstelGrens, long zetten, double knapsackGrens, ExactResult exact, Strafgrens strafgrens,
        Groepgrens groepgrens) {

    /** Passes of the search at most (it normally stops earlier, when no move improves the plan). */
    static final int MAX_PASSES = 50;
    /** Subgradient steps of the knapsack relaxation at most. */
    static final int KNAPSACK_STAPPEN = 5_000;
    /**
     * Cells of dynamic programming the knapsack steps may use in all (at least {@link #KNAPSACK_MIN_STAPPEN} steps):
     * bounds the heuristic where no time limit does (a move-limited solve of a large plan). Under the default 30 s
     * limit the time share ends it first.
     */
    static final long KNAPSACK_WERK = 10_000_000_000L;
    static final int KNAPSACK_MIN_STAPPEN = 50;
    /** Every this many steps the knapsacks' selection becomes a plan (then local search). */
    static final int KNAPSACK_PLAN_ELKE = 50;
    /**
     * Further starts ruin and recreate runs from (with another seed each) when it has done its rounds with time left;
     * measured on the generated 500 households (30 s): 99.72 → 99.83 % of the knapsack bound with 3, no better with 8.
     */
    static final int HERSTARTS = 3;
    /** Ruin-and-recreate rounds per free household at most (the time limit usually ends them first on large plans). */
    static final long HERBOUW_RONDES_PER_HUISHOUDEN = 1_000;

    /** Builds the relaxation and the starting plan for the plan's households; {@code stop} may cut the search short. */
    public static RelaxationStart of(Koppelplan plan, Gewichten gewichten, long seed, BooleanSupplier stop) {
        return of(plan, gewichten, seed, stop, stop, () -> true);
    }

    /**
     * As {@link #of(Koppelplan, Gewichten, long, BooleanSupplier)}; {@code knapsackStop} ends the knapsack
     * relaxation's steps earlier (its plans are then made from the steps taken), so ruin and recreate keeps its time;
     * when ruin and recreate has done its rounds before {@code herstartStop} (or {@code stop}) says so, it runs
     * again from up to {@link #HERSTARTS} next best starts until then ({@code () -> true} for none: a move-limited
     * solve would do that much more work).
     */
    public static RelaxationStart of(Koppelplan plan, Gewichten gewichten, long seed, BooleanSupplier stop,
            BooleanSupplier knapsackStop, BooleanSupplier herstartStop) {
        return of(new TransportModel(plan, gewichten), plan, seed, stop, knapsackStop, herstartStop);
    }

    /** As {@link #of(Koppelplan, Gewichten, long, BooleanSupplier, BooleanSupplier, BooleanSupplier)}, on a model of {@code plan} made already. */
    public static RelaxationStart of(TransportModel model, Koppelplan plan, long seed, BooleanSupplier stop,
            BooleanSupplier knapsackStop, BooleanSupplier herstartStop) {
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
        List<PlanSearch> besten = new ArrayList<>();
        bewaar(besten, search, 1 + HERSTARTS);
        int stappen = (int) Math.min(KNAPSACK_STAPPEN,
                Math.max(KNAPSACK_MIN_STAPPEN, KNAPSACK_WERK / Math.max(1, knapsack.werkPerStap())));
        knapsack.los(stappen, search.zacht() - PriceAuction.ONGEPLAATST * search.ongeplaatstePersonen(),
                KNAPSACK_PLAN_ELKE, selectie -> {
                    PlanSearch poging = new PlanSearch(relaxation, selectie);
                    poging.run(seed, MAX_PASSES, 0, stop);
                    bewaar(besten, poging, 1 + HERSTARTS);
                }, () -> knapsackStop.getAsBoolean() || stop.getAsBoolean());
        // then ruin and recreate from the best local optimum, within the time the caller gives; while time is left,
        // again from the next best starts (another seed each), and the best result is kept
        long rondes = HERBOUW_RONDES_PER_HUISHOUDEN * model.huishoudens();
        search = besten.get(0);
        KnapsackGids gids = knapsack.stappen() > 0 ? knapsack.gids() : null;
        int[] keuze = search.herbouw(seed, rondes, gids, stop);
        BooleanSupplier herstartEinde = () -> herstartStop.getAsBoolean() || stop.getAsBoolean();
        for (int k = 1; k < besten.size() && !herstartEinde.getAsBoolean(); k++) {
            PlanSearch poging = besten.get(k);
            int[] kz = poging.herbouw(seed + k, rondes, gids, herstartEinde);
            if (beter(poging, search)) {
                search = poging;
                keuze = kz;
            }
        }
        List<Bestemming> voorstel = voorstel(plan, model, keuze);
        long vast = vastZacht(plan, model.gewichten());
        double kGrens = knapsack.grens();
        return new RelaxationStart(relaxation, voorstel, vast, vast + search.zacht(),
                vast + grens(relaxation, kGrens, search.ongeplaatstePersonen()), search.zetten(), kGrens, null, null, null);
    }

    /** Per plan entity its gemeente: fixed households at theirs, free household i at its {@code keuze[i]}-th allowed one. */
    private static List<Bestemming> voorstel(Koppelplan plan, TransportModel model, int[] keuze) {
        List<Plaatsingseenheid> eenheden = plan.getEenheden();
        List<Bestemming> voorstel = new ArrayList<>(Arrays.asList(new Bestemming[eenheden.size()]));
        for (int e = 0; e < eenheden.size(); e++) {
            Plaatsingseenheid p = eenheden.get(e);
            Bestemming vasteBestemming = TransportModel.vasteBestemming(p);
            int i = model.vrijIndex(e);
            if (vasteBestemming != null) {
                voorstel.set(e, vasteBestemming);
            } else if (i >= 0 && keuze[i] >= 0) {
                voorstel.set(e, p.getToegestaan().get(keuze[i]));
            }
        }
        return voorstel;
    }

    /** The soft score of the fixed households (pinned, and nareizigers at their family's gemeente). */
    private static long vastZacht(Koppelplan plan, Gewichten gewichten) {
        long vast = 0;
        for (Plaatsingseenheid p : plan.getEenheden()) {
            Bestemming b = TransportModel.vasteBestemming(p);
            if (b != null) {
                vast += Bijdragen.zacht(p, b, gewichten);
            }
        }
        return vast;
    }

    /**
     * This start with what the second core found: the exact path's plan becomes the voorstel when it is proven
     * optimal or better than the heuristic's (medium first, then soft; a tie keeps the heuristic's), and its bounds
     * (the exact path's, the penalty bound, the group bound {@code gg}) join the relaxations'.
     */
    RelaxationStart met(Koppelplan plan, ExactResult ex, Strafgrens sg, Groepgrens gg) {
        List<Bestemming> v = voorstel;
        long z = zacht;
        long heuristischMedium = vrijMedium(voorstel);
        if (ex != null && (ex.optimaal() || ex.medium() > heuristischMedium
                || (ex.medium() == heuristischMedium && ex.zacht() + vastZacht > zacht))) {
            v = voorstel(plan, relaxation.model(), ex.keuze());
            z = vastZacht + ex.zacht();
        }
        Strafgrens straf = sg == null ? Strafgrens.van(relaxation) : sg.metBasis(relaxation);
        // the voorstel's bound is computed by the start that holds the new bounds, then kept in the one returned;
        // without the group bound: the voorstel's soft score does not count the rule's term, and the search's
        // patience (binnen) compares the two
        RelaxationStart r = new RelaxationStart(relaxation, v, vastZacht, z, voorstelGrens, zetten, knapsackGrens, ex,
                straf, null);
        return new RelaxationStart(relaxation, v, vastZacht, z, r.grens(plan, v), zetten, knapsackGrens, ex, straf, gg);
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

    /**
     * Keeps {@code zoek} among the {@code max} best plans so far (best first), unless a plan as good (same medium
     * and soft) is already kept.
     */
    private static void bewaar(List<PlanSearch> besten, PlanSearch zoek, int max) {
        int plek = 0;
        while (plek < besten.size() && !beter(zoek, besten.get(plek))) {
            PlanSearch b = besten.get(plek);
            if (b.medium() == zoek.medium() && b.zacht() == zoek.zacht()) {
                return;
            }
            plek++;
        }
        if (plek < max) {
            besten.add(plek, zoek);
            if (besten.size() > max) {
                besten.remove(besten.size() - 1);
            }
        }
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
        return grens(plan, plan.getEenheden().stream().map(Plaatsingseenheid::getBestemming).toList());
    }

    /**
     * What the solve proved about {@code plan} (scored): the bound; whether no plan leaves fewer unplaced (none of
     * the free households unplaced, the exact path proved its medium score and the plan has it, or the knapsack
     * relaxation proves that no plan leaves fewer persons unplaced, {@link #minOngeplaatst()}); and whether it is
     * optimal (medium proven, hard 0 and the soft score within {@link ExactSolver#OPTIMAAL_GAT} of the bound: where
     * rounding makes {@code balans} non-concave by a point, the exact path's bound can stay a few points above).
     */
    public Bewijs bewijs(Koppelplan plan) {
        List<Bestemming> b = plan.getEenheden().stream().map(Plaatsingseenheid::getBestemming).toList();
        long grens = grens(plan, b);
        long medium = vrijMedium(b);
        boolean mediumBewezen = medium == 0 || (exact != null && exact.mediumBewezen() && exact.medium() == medium)
                || ongeplaatst(plan, b) <= minOngeplaatst();
        boolean optimaal = mediumBewezen && plan.getScore() != null && plan.getScore().hardScore() == 0
                && grens - plan.getScore().softScore() <= ExactSolver.OPTIMAAL_GAT * Math.abs(grens);
        boolean exactGrens = exact != null && exact.mediumBewezen() && exact.medium() == medium
                && vastZacht + exact.zachtGrens() == grens;
        return new Bewijs(grens, mediumBewezen, optimaal,
                exactGrens ? Bewijs.EXACT : groepgrens != null ? Bewijs.RELAXATIE_GROEPEN : Bewijs.RELAXATIE);
    }

    /**
     * This start with the penalty bound refined for {@code plan}'s unplaced persons (a few more auctions around the
     * best penalty; with the groepsgelijkheid rule on, also the group bound, {@link Groepgrens#verfijnd}) where it can matter: some free persons unplaced, no exact bound, and a model small enough for
     * auctions to be cheap ({@link TweedeKern#ROOSTER_MAX_PERSONEN}).
     */
    RelaxationStart verfijnd(Koppelplan plan) {
        List<Bestemming> b = plan.getEenheden().stream().map(Plaatsingseenheid::getBestemming).toList();
        long u = ongeplaatst(plan, b);
        boolean exactGrens = exact != null && exact.mediumBewezen() && exact.medium() == vrijMedium(b);
        if (u == 0 || exactGrens || (strafgrens == null && groepgrens == null)
                || relaxation.model().totaalPersonen() > TweedeKern.ROOSTER_MAX_PERSONEN) {
            return this;
        }
        Strafgrens sg = strafgrens == null ? null : strafgrens.verfijnd(u, () -> false);
        // with the rule on, the group prices and the penalty per unplaced person searched together for this U
        Groepgrens gg = groepgrens == null ? null : groepgrens.verfijnd(u,
                sg == null ? 1_000 : sg.besteStraf(u), Groepgrens.STAPPEN, () -> false);
        return new RelaxationStart(relaxation, voorstel, vastZacht, zacht, voorstelGrens, zetten, knapsackGrens, exact,
                sg, gg);
    }

    /**
     * The fewest persons of free households that every plan leaves unplaced, as the knapsack relaxation proves it
     * (0 where it proves nothing). Its bound B holds for every plan's soft score plus balans minus
     * {@link PriceAuction#ONGEPLAATST} per unplaced person, and that score plus balans is at least
     * {@link TransportModel#ondergrens()} = L, so every plan leaves u ≥ (L − B) / ONGEPLAATST persons unplaced: the
     * knapsacks do not split households, so where quotas leave room in pieces too small for some households this is
     * often the true minimum, and a plan that reaches it has a proven medium score without the exact path. Always
     * valid; it proves the minimum only where the soft scores' range (B's own gap included) is below ONGEPLAATST
     * (10⁷ points: regions, provinces and the country up to a few thousand households).
     */
    long minOngeplaatst() {
        if (!Double.isFinite(knapsackGrens)) {
            return 0;
        }
        double u = (relaxation.model().ondergrens() - knapsackGrens) / PriceAuction.ONGEPLAATST;
        return Math.max(0, (long) Math.ceil(u - 1e-6));
    }

    /** Persons of free households unplaced when the households are at {@code bestemming}. */
    private long ongeplaatst(Koppelplan plan, List<Bestemming> bestemming) {
        TransportModel model = relaxation.model();
        long ongeplaatst = 0;
        for (int e = 0; e < bestemming.size(); e++) {
            if (model.vrijIndex(e) >= 0 && bestemming.get(e) == null) {
                ongeplaatst += plan.getEenheden().get(e).getPersonen();
            }
        }
        return ongeplaatst;
    }

    /** The medium score (niet-geplaatst terms) of the free households unplaced in {@code bestemming}. */
    private long vrijMedium(List<Bestemming> bestemming) {
        TransportModel model = relaxation.model();
        long medium = 0;
        for (int e = 0; e < bestemming.size(); e++) {
            int i = model.vrijIndex(e);
            if (i >= 0 && bestemming.get(e) == null) {
                medium += model.nietGeplaatst(i);
            }
        }
        return medium;
    }

    /** The tightest proven bound for a plan whose households are at {@code bestemming} (plan order). */
    private long grens(Koppelplan plan, List<Bestemming> bestemming) {
        boolean exactMedium = exact != null && exact.mediumBewezen() && exact.medium() == vrijMedium(bestemming);
        if (exactMedium && exact.optimaal()) {
            // the exact path's bound alone: the heuristic was stopped when it proved the optimum, so the knapsack's
            // bound depends on when, and a repeatable solve must print the same bound
            return vastZacht + exact.zachtGrens();
        }
        long ongeplaatst = ongeplaatst(plan, bestemming);
        long b = grens(relaxation, knapsackGrens, ongeplaatst);
        if (strafgrens != null) {
            b = Math.min(b, strafgrens.bovengrens(ongeplaatst));
        }
        if (groepgrens != null) {
            b = Math.min(b, groepgrens.bovengrens(ongeplaatst));
        }
        if (exactMedium) {
            b = Math.min(b, exact.zachtGrens());
        }
        return vastZacht + b;
    }
}
