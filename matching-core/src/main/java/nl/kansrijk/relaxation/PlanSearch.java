package nl.kansrijk.relaxation;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;

/**
 * Turns a {@link Relaxation} into a plan of whole households and improves it. Households the relaxation puts
 * wholly in one gemeente start there; the few it splits (a basic LP solution splits about one per gemeente) and
 * those it leaves unplaced are placed by reduced score (score minus the price of their places) where room is
 * left ({@link PlanStart}). Local search then applies the best improving move per household, in passes until none
 * improves ({@link LocalMoves}: a change to a candidate gemeente with room, or an ejection), and ruin and recreate
 * goes on from there ({@link RuinAndRecreate}). Candidates are each household's best gemeenten by reduced score
 * ({@link Candidates}), so the search looks where the optimum is. The plan itself, its loads and its undo journal are
 * a {@link PlanState}.
 *
 * <p>Moves are judged lexicographically ({@link Delta}): persons placed (medium) before soft score, the soft score
 * exactly as the rules give it ({@link TransportModel#zacht}, {@link TransportModel#balans}). Deterministic for a
 * seed. One instance is one search: not thread-safe.
 */
public final class PlanSearch {

    /** Candidate gemeenten per household by reduced score (besides where it is and where the relaxation put it). */
    public static final int KANDIDATEN = 12;

    /** How the plan of whole households starts. */
    public enum Start {
        /** Households the relaxation puts wholly in one gemeente stay there; the rest largest first by reduced score. */
        RELAXATIE,
        /**
         * Every household largest first (then fewest allowed gemeenten), each by reduced score where room is left:
         * better where places are few per gemeente and the relaxation splits many households.
         */
        GROOTSTE_EERST,
        /** Households start at a given position where it fits (largest first); the rest as {@link #GROOTSTE_EERST}. */
        GEGEVEN;

        /** The starts that need no given plan. */
        public static final List<Start> EIGEN = List.of(RELAXATIE, GROOTSTE_EERST);
    }

    private final Relaxation relaxatie;
    private final Start start;
    private final int[] gegeven;
    private final PlanState plan;
    private final LocalMoves zetten;
    private final RuinAndRecreate herbouw;

    public PlanSearch(Relaxation relaxation) {
        this(relaxation, Start.RELAXATIE);
    }

    public PlanSearch(Relaxation relaxation, Start start) {
        this(relaxation, start, null);
    }

    /** Starts from {@code startKeuze}: per free household a position in its allowed list, or −1. */
    public PlanSearch(Relaxation relaxation, int[] startKeuze) {
        this(relaxation, Start.GEGEVEN, startKeuze.clone());
    }

    private PlanSearch(Relaxation relaxation, Start start, int[] gegeven) {
        this.relaxatie = relaxation;
        this.start = start;
        this.gegeven = gegeven;
        this.plan = new PlanState(relaxation.model());
        this.zetten = new LocalMoves(plan, Candidates.van(relaxation));
        this.herbouw = new RuinAndRecreate(plan, zetten, relaxation);
    }

    /**
     * Builds the plan and searches until no move improves it, {@code stop} says so, or {@code maxPasses} passes.
     *
     * @return per free household the position of its gemeente in its allowed list, or −1 for unplaced
     */
    public int[] run(long seed, int maxPasses, BooleanSupplier stop) {
        return run(seed, maxPasses, 0, stop);
    }

    /**
     * As {@link #run(long, int, BooleanSupplier)}, then up to {@code rondes} rounds of ruin and recreate
     * ({@link #herbouw}) from the local optimum.
     */
    public int[] run(long seed, int maxPasses, long rondes, BooleanSupplier stop) {
        PlanStart.bouw(plan, relaxatie, start, gegeven);
        SplittableRandom random = new SplittableRandom(seed);
        int[] volgorde = willekeurigeVolgorde(random);
        if (!verbeterInPassen(volgorde, maxPasses, stop)) {
            return plan.keuzes();
        }
        herbouw.herbouw(random, null, rondes, null, stop);
        return plan.keuzes();
    }

    /** The free households in a random order. */
    private int[] willekeurigeVolgorde(SplittableRandom random) {
        int n = plan.huishoudens();
        int[] volgorde = new int[n];
        for (int i = 0; i < n; i++) {
            volgorde[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = volgorde[i];
            volgorde[i] = volgorde[j];
            volgorde[j] = t;
        }
        return volgorde;
    }

    /**
     * Passes over the households in {@code volgorde}, each making its best improving move, until a pass improves
     * nothing or {@code maxPasses}; false when {@code stop} ended it.
     */
    private boolean verbeterInPassen(int[] volgorde, int maxPasses, BooleanSupplier stop) {
        for (int pass = 0; pass < maxPasses; pass++) {
            boolean verbeterd = false;
            for (int q = 0; q < volgorde.length; q++) {
                if ((q & 255) == 0 && stop.getAsBoolean()) {
                    return false;
                }
                verbeterd |= zetten.verbeter(volgorde[q]);
            }
            if (!verbeterd) {
                break;
            }
        }
        return true;
    }

    /**
     * Continues from the current plan (after {@link #run}) with up to {@code rondes} ruin-and-recreate rounds.
     *
     * @return per free household the position of its gemeente in its allowed list, or −1 for unplaced
     */
    public int[] herbouw(long seed, long rondes, BooleanSupplier stop) {
        return herbouw(seed, rondes, null, stop);
    }

    /**
     * As {@link #herbouw(long, long, BooleanSupplier)}; with a {@code gids} (may be null) every round is followed
     * by one guided by the knapsack relaxation (its own random stream): it ruins the gemeente that loses most at the
     * multipliers among {@value RuinAndRecreate#GIDS_TREKKINGEN} drawn at random, the gemeenten holding the households
     * its knapsack takes and gemeenten whose knapsacks take the households it holds, recreates by putting the
     * households its knapsack takes into it first, and is kept only when it improves the plan. Measured on the
     * generated 500 (default solve, 30 s): 99.84 → 99.93 % of the bound at the default weights (seeds 1–3, with the
     * bound's patience, {@link KnapsackRelaxatie#geduld}).
     */
    public int[] herbouw(long seed, long rondes, KnapsackGids gids, BooleanSupplier stop) {
        SplittableRandom basis = new SplittableRandom(seed);
        SplittableRandom gewoon = basis.split();
        herbouw.herbouw(gewoon, basis.split(), rondes, gids, stop);
        return plan.keuzes();
    }

    /** Ruin-and-recreate rounds done. */
    public long rondes() {
        return herbouw.rondes();
    }

    /** Ruin-and-recreate rounds that improved the plan. */
    public long rondesVerbeterd() {
        return herbouw.rondesVerbeterd();
    }

    /** The relaxation this search starts from. */
    public Relaxation relaxatie() {
        return relaxatie;
    }

    /** Moves evaluated so far. */
    public long zetten() {
        return plan.zetten();
    }

    /** The plan's soft score over the free households and the balans terms, as the rules give it. */
    public long zacht() {
        return plan.zacht();
    }

    /** The plan's medium score: the niet-geplaatst terms of its unplaced free households (≤ 0). */
    public long medium() {
        return plan.medium();
    }

    /** Persons of free households the plan leaves unplaced. */
    public long ongeplaatstePersonen() {
        return plan.ongeplaatstePersonen();
    }

    /**
     * The change of this plan's value when free household {@code i} moves to its {@code k}-th allowed gemeente now
     * (0 when it is there): its soft change, the balans terms, and, when the gemeente is full, the best one
     * household there leaving for one of its candidates with room or unplaced (each unplaced person valued at
     * −{@code straf}), as the local search's ejection; {@link Long#MIN_VALUE} when no one household's leaving makes room.
     */
    public long waarde(int i, int k, long straf) {
        return zetten.waarde(i, k, straf);
    }

    /** Position of free household i's gemeente in its allowed list in the current plan, or −1. */
    public int keuze(int i) {
        return plan.keuze(i);
    }
}
