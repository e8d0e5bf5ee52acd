package nl.kansrijk.relaxation;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;

/**
 * Turns a {@link Relaxation} into a plan of whole households and improves it. Households the relaxation puts
 * wholly in one gemeente start there; the few it splits (a basic LP solution splits about one per gemeente) and
 * those it leaves unplaced are placed by reduced score (score minus the price of their places) where room is
 * left. Local search then applies the best improving move per household, in passes until none improves:
 * a change to one of its candidate gemeenten with room, or an ejection — into a full candidate gemeente while
 * a household there leaves for one of its own candidates (a swap when that is the first one's gemeente).
 * Candidates are each household's best gemeenten by reduced score, so the search looks where the optimum is.
 *
 * <p>Moves are judged lexicographically: persons placed (medium) before soft score, the soft score exactly as
 * the rules give it ({@link TransportModel#zacht}, {@link TransportModel#balans}). Deterministic for a seed.
 * One instance is one search: not thread-safe.
 */
public final class PlanSearch {

    /** Candidate gemeenten per household by reduced score (besides where it is and where the relaxation put it). */
    public static final int KANDIDATEN = 12;

    private final TransportModel m;
    private final Relaxation r;
    private final int n;
    private final int[] keuze;
    private final long[] vrijeLast;
    private final int[][] leden;
    private final int[] ledenAantal;
    private final int[] positie;
    private final int[][] kandidaten;
    private long zetten;

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

    private final Start start;
    private final int[] gegeven;

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
        this.start = start;
        this.gegeven = gegeven;
        this.r = relaxation;
        this.m = relaxation.model();
        this.n = m.huishoudens();
        this.keuze = new int[n];
        Arrays.fill(keuze, -1);
        this.vrijeLast = new long[m.gemeenten()];
        this.leden = new int[m.gemeenten()][4];
        this.ledenAantal = new int[m.gemeenten()];
        this.positie = new int[n];
        this.kandidaten = new int[n][];
        for (int i = 0; i < n; i++) {
            kandidaten[i] = kandidaten(i);
            huidigMedium += m.nietGeplaatst(i);
        }
        for (int g = 0; g < m.gemeenten(); g++) {
            huidigZacht += m.balans(g, 0);
        }
    }

    /**
     * The household's candidate positions (in its allowed list): its {@link #KANDIDATEN} best by reduced score, then
     * the others where the relaxation put persons, each part best first (ties to the lower position). A selection,
     * not a sort of the whole list: this runs for every household of every plan search.
     */
    private int[] kandidaten(int i) {
        int[] t = m.toegestaan(i);
        double[] g = new double[t.length];
        for (int k = 0; k < t.length; k++) {
            g[k] = gereduceerd(i, k);
        }
        int top = Math.min(KANDIDATEN, t.length);
        int[] out = new int[t.length];
        int aantal = 0;
        for (int k = 0; k < t.length; k++) {
            if (aantal == top && !voor(g, k, out[top - 1])) {
                continue;
            }
            int p = Math.min(aantal, top - 1);
            while (p > 0 && voor(g, k, out[p - 1])) {
                out[p] = out[p - 1];
                p--;
            }
            out[p] = k;
            aantal = Math.min(aantal + 1, top);
        }
        boolean[] gekozen = new boolean[t.length];
        for (int q = 0; q < aantal; q++) {
            gekozen[out[q]] = true;
        }
        int rest = aantal;
        for (int k = 0; k < t.length; k++) {
            if (!gekozen[k] && r.aantal(i, k) > 0) {
                int p = rest++;
                while (p > aantal && voor(g, k, out[p - 1])) {
                    out[p] = out[p - 1];
                    p--;
                }
                out[p] = k;
            }
        }
        return Arrays.copyOf(out, rest);
    }

    /** Whether position {@code a} comes before {@code b}: the higher reduced score, then the lower position. */
    private static boolean voor(double[] g, int a, int b) {
        int c = Double.compare(g[b], g[a]);
        return c != 0 ? c < 0 : a < b;
    }

    private double gereduceerd(int i, int k) {
        double v = r.gereduceerd(i, k);
        return Double.isNaN(v) ? Double.NEGATIVE_INFINITY : v;
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
        rondAf();
        int[] volgorde = new int[n];
        for (int i = 0; i < n; i++) {
            volgorde[i] = i;
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = volgorde[i];
            volgorde[i] = volgorde[j];
            volgorde[j] = t;
        }
        for (int pass = 0; pass < maxPasses; pass++) {
            boolean verbeterd = false;
            for (int q = 0; q < n; q++) {
                if ((q & 255) == 0 && stop.getAsBoolean()) {
                    return keuze.clone();
                }
                verbeterd |= verbeter(volgorde[q]);
            }
            if (!verbeterd) {
                break;
            }
        }
        herbouw(random, null, rondes, null, stop);
        return keuze.clone();
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
     * multipliers among {@value #GIDS_TREKKINGEN} drawn at random, the gemeenten holding the households its knapsack
     * takes and gemeenten whose knapsacks take the households it holds, recreates by putting the households its
     * knapsack takes into it first, and is kept only when it improves the plan. Measured on the generated 500
     * (default solve, 30 s): 99.84 → 99.93 % of the bound at the default weights (seeds 1–3, with the bound's patience,
     * {@link KnapsackRelaxatie#geduld}).
     */
    public int[] herbouw(long seed, long rondes, KnapsackGids gids, BooleanSupplier stop) {
        SplittableRandom basis = new SplittableRandom(seed);
        SplittableRandom gewoon = basis.split();
        herbouw(gewoon, basis.split(), rondes, gids, stop);
        return keuze.clone();
    }

    /** Households a ruin removes at most (it stops adding gemeenten once it has this many). */
    static final int RUIN_HUISHOUDENS = 24;
    /** Gemeenten a ruin empties at most (a random number from 1 to this). */
    static final int RUIN_GEMEENTEN = 8;

    private long rondesGedaan;
    private long rondesVerbeterd;

    /** Ruin-and-recreate rounds done, and how many of them improved the plan. */
    public long rondes() { return rondesGedaan; }
    public long rondesVerbeterd() { return rondesVerbeterd; }

    /**
     * Iterated local search by ruin and recreate: empty a random gemeente and up to {@value #RUIN_GEMEENTEN} − 1
     * gemeenten its households could go to instead (at most about {@value #RUIN_HUISHOUDENS} households, plus a few
     * unplaced ones), put them back one by one where the exact delta is best (largest first, or in random order),
     * and keep the result unless it is worse (medium, then soft); otherwise undo. Where quotas are tight a
     * household often only fits after several others moved at once, which single moves and ejections cannot find.
     * (Measured on nl-2026-h1 and a generated 500: local search over the rebuilt households after each recreate,
     * and late acceptance of worse rounds, both gave less within the same time than more plain rounds.)
     */
    private void herbouw(SplittableRandom random, SplittableRandom gidsRandom, long rondes, KnapsackGids gids,
            BooleanSupplier stop) {
        if (n == 0 || rondes <= 0) {
            return;
        }
        weg = new boolean[n];
        verwijderd = new int[n];
        long grens = r.bovengrens(0);
        for (long ronde = 0; ronde < rondes; ronde++) {
            if ((ronde & 15) == 0 && stop.getAsBoolean()) {
                return;
            }
            if (huidigMedium == 0 && huidigZacht >= grens) {
                return; // everybody placed at the relaxation's bound: optimal
            }
            ronde(random, null);
            if (gids != null) {
                ronde(gidsRandom, gids);
            }
        }
    }

    // work arrays of ruin and recreate
    private boolean[] weg;
    private int[] verwijderd;
    private final int[] gemeenten = new int[RUIN_GEMEENTEN];

    /**
     * One round of ruin and recreate; with a {@code gids} a guided one, kept only when it improves the plan (so that
     * the plain rounds' course is as without guidance until a guided round finds something better).
     */
    private void ronde(SplittableRandom random, KnapsackGids gids) {
        int maxGemeenten = 1 + random.nextInt(RUIN_GEMEENTEN);
        rondesGedaan++;
        long medium0 = huidigMedium, zacht0 = huidigZacht;
        journaal = true;
        journaalLengte = 0;
        // ruin: a random household's gemeente (guided: the one that loses most of a few, and the gemeenten its
        // knapsack's households are in), then gemeenten its households have among their candidates
        int aantal = 0, nGem = 0;
        boolean geleid = gids != null;
        int g0;
        if (geleid) {
            g0 = meestVerliezend(gids, random);
            gemeenten[nGem++] = g0;
            aantal = ledenAantal[g0];
            int[] gewenst = gids.gewenst()[g0];
            for (int q = 0; q < gewenst.length && nGem < maxGemeenten; q++) {
                int h = gemeente(gewenst[q], keuze[gewenst[q]]);
                if (h >= 0 && nieuw(gemeenten, nGem, h)) {
                    gemeenten[nGem++] = h;
                    aantal += ledenAantal[h];
                }
            }
            // and gemeenten whose knapsack takes a household g0 holds now
            for (int q = 0; q < ledenAantal[g0] && nGem < maxGemeenten; q++) {
                int[] w = gids.gewildDoor()[leden[g0][q]];
                if (w.length > 0) {
                    int h = w[random.nextInt(w.length)];
                    if (nieuw(gemeenten, nGem, h)) {
                        gemeenten[nGem++] = h;
                        aantal += ledenAantal[h];
                    }
                }
            }
        } else {
            int eerste = random.nextInt(n);
            g0 = gemeente(eerste, keuze[eerste]);
            if (g0 < 0) {
                int[] kand = kandidaten[eerste];
                g0 = m.toegestaan(eerste)[kand[random.nextInt(kand.length)]];
            }
            gemeenten[nGem++] = g0;
            aantal = ledenAantal[g0];
        }
        for (int poging = 0; poging < 8 * RUIN_GEMEENTEN && nGem < maxGemeenten && aantal < RUIN_HUISHOUDENS; poging++) {
            int g = gemeenten[random.nextInt(nGem)];
            if (ledenAantal[g] == 0) {
                continue;
            }
            int j = leden[g][random.nextInt(ledenAantal[g])];
            int[] kand = kandidaten[j];
            int h = m.toegestaan(j)[kand[random.nextInt(kand.length)]];
            if (nieuw(gemeenten, nGem, h)) {
                gemeenten[nGem++] = h;
                aantal += ledenAantal[h];
            }
        }
        aantal = 0;
        for (int q = 0; q < nGem; q++) {
            int g = gemeenten[q];
            while (ledenAantal[g] > 0) {
                int j = leden[g][ledenAantal[g] - 1];
                weg[j] = true;
                verwijderd[aantal++] = j;
                zet(j, -1);
            }
        }
        for (int q = 0; q < 4 && aantal < n; q++) {
            int j = random.nextInt(n);
            if (keuze[j] < 0 && !weg[j]) {
                weg[j] = true;
                verwijderd[aantal++] = j;
            }
        }
        if (geleid) {
            // the households g0's knapsack takes go there first (unplaced ones too), where they fit
            int[] gewenst = gids.gewenst()[g0];
            int[] positie = gids.posities()[g0];
            for (int q = 0; q < gewenst.length; q++) {
                int j = gewenst[q];
                if (keuze[j] < 0 && past(g0, m.personen(j))) {
                    if (!weg[j]) {
                        weg[j] = true;
                        verwijderd[aantal++] = j;
                    }
                    zet(j, positie[q]);
                }
            }
        }
        // recreate: largest first (random among equals), or wholly random
        for (int q = aantal - 1; q > 0; q--) {
            int r = random.nextInt(q + 1);
            int t = verwijderd[q];
            verwijderd[q] = verwijderd[r];
            verwijderd[r] = t;
        }
        if (random.nextBoolean()) {
            sorteerGrootsteEerst(verwijderd, aantal);
        }
        for (int q = 0; q < aantal; q++) {
            if (keuze[verwijderd[q]] < 0) {
                plaatsBest(verwijderd[q]);
            }
        }
        for (int q = 0; q < aantal; q++) {
            weg[verwijderd[q]] = false;
        }
        journaal = false;
        boolean verbeterd = beter(huidigMedium - medium0, huidigZacht - zacht0, 0, 0);
        if (geleid ? !verbeterd : beter(medium0 - huidigMedium, zacht0 - huidigZacht, 0, 0)) {
            // worse than before the round: undo (a plan as good is kept, so the search can drift on a plateau)
            for (int q = journaalLengte - 1; q >= 0; q--) {
                zet(journaalHuishouden[q], journaalKeuze[q]);
            }
        } else if (verbeterd) {
            rondesVerbeterd++;
        }
    }

    private static boolean nieuw(int[] gemeenten, int aantal, int g) {
        for (int q = 0; q < aantal; q++) {
            if (gemeenten[q] == g) {
                return false;
            }
        }
        return true;
    }

    /** Gemeenten a guided ruin draws to pick the one that loses most at the knapsack multipliers. */
    static final int GIDS_TREKKINGEN = 12;

    /** Of {@link #GIDS_TREKKINGEN} gemeenten drawn at random, the one whose loss at the guide's multipliers is largest. */
    private int meestVerliezend(KnapsackGids gids, SplittableRandom random) {
        int beste = -1;
        double besteVerlies = Double.NEGATIVE_INFINITY;
        double[] mu = gids.mu();
        for (int t = 0; t < GIDS_TREKKINGEN; t++) {
            int g = random.nextInt(m.gemeenten());
            double som = 0;
            for (int q = 0; q < ledenAantal[g]; q++) {
                int j = leden[g][q];
                som += m.zacht(j, keuze[j]) - mu[j];
            }
            double v = gids.verlies(m, g, som, vrijeLast[g]);
            if (v > besteVerlies) {
                besteVerlies = v;
                beste = g;
            }
        }
        return beste;
    }

    private void sorteerGrootsteEerst(int[] a, int lengte) {
        // stable insertion sort by persons, descending (the random order before it breaks ties)
        for (int q = 1; q < lengte; q++) {
            int x = a[q];
            int r = q - 1;
            while (r >= 0 && m.personen(a[r]) < m.personen(x)) {
                a[r + 1] = a[r];
                r--;
            }
            a[r + 1] = x;
        }
    }

    /** Puts an unplaced household where the exact delta is best: among its candidates, else anywhere allowed. */
    private void plaatsBest(int i) {
        int[] kand = kandidaten[i];
        int beste = kiesPlaats(i, kand, kand.length);
        if (beste < 0) {
            beste = kiesPlaats(i, null, m.toegestaan(i).length);
        }
        if (beste >= 0) {
            zet(i, beste);
        }
    }

    /** The best position among {@code posities} (or, when null, positions 0..aantal−1), or −1 when none has room. */
    private int kiesPlaats(int i, int[] posities, int aantal) {
        int beste = -1;
        long besteMedium = 0, besteSoft = 0;
        for (int q = 0; q < aantal; q++) {
            int k = posities == null ? q : posities[q];
            long soft = delta(i, k);
            if (soft != Long.MIN_VALUE && (beste < 0 || beter(medium, soft, besteMedium, besteSoft))) {
                beste = k;
                besteMedium = medium;
                besteSoft = soft;
            }
        }
        return beste;
    }

    /** The relaxation this search starts from. */
    public Relaxation relaxatie() {
        return r;
    }

    /** Moves evaluated so far. */
    public long zetten() {
        return zetten;
    }

    /**
     * The start: households the relaxation places wholly (or, from a given start, where it says and they fit) go
     * there; the rest largest first by reduced score where room is left.
     */
    private void rondAf() {
        boolean[] gedaan = new boolean[n];
        for (int i = 0; start == Start.RELAXATIE && i < n; i++) {
            int[] t = m.toegestaan(i);
            for (int k = 0; k < t.length; k++) {
                if (r.aantal(i, k) == m.personen(i)) {
                    zet(i, k);
                    gedaan[i] = true;
                    break;
                }
            }
        }
        if (start == Start.GEGEVEN) {
            Integer[] volgorde = new Integer[n];
            for (int i = 0; i < n; i++) {
                volgorde[i] = i;
            }
            Arrays.sort(volgorde, (a, b) -> {
                int c = Integer.compare(m.personen(b), m.personen(a));
                return c != 0 ? c : Integer.compare(a, b);
            });
            for (int i : volgorde) {
                if (gegeven[i] >= 0 && past(m.toegestaan(i)[gegeven[i]], m.personen(i))) {
                    zet(i, gegeven[i]);
                    gedaan[i] = true;
                }
            }
        }
        Integer[] rest = new Integer[n];
        int aantal = 0;
        for (int i = 0; i < n; i++) {
            if (!gedaan[i]) {
                rest[aantal++] = i;
            }
        }
        Arrays.sort(rest, 0, aantal, (a, b) -> {
            int c = Integer.compare(m.personen(b), m.personen(a));
            if (c == 0) {
                c = Integer.compare(m.toegestaan(a).length, m.toegestaan(b).length);
            }
            return c != 0 ? c : Integer.compare(a, b);
        });
        for (int q = 0; q < aantal; q++) {
            int i = rest[q];
            int[] t = m.toegestaan(i);
            int beste = -1;
            double besteWaarde = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < t.length; k++) {
                if (past(t[k], m.personen(i)) && gereduceerd(i, k) > besteWaarde) {
                    besteWaarde = gereduceerd(i, k);
                    beste = k;
                }
            }
            if (beste >= 0) {
                zet(i, beste);
            }
        }
    }

    private boolean past(int g, long personen) {
        return vrijeLast[g] + personen <= m.ruimte(g);
    }

    // the plan's medium and soft score over the free households, kept up to date by zet
    private long huidigMedium;
    private long huidigZacht;
    // while a ruin-and-recreate round runs: every change, to undo it
    private boolean journaal;
    private int journaalLengte;
    private int[] journaalHuishouden = new int[64];
    private int[] journaalKeuze = new int[64];

    private void zet(int i, int k) {
        int oud = keuze[i];
        if (journaal) {
            if (journaalLengte == journaalHuishouden.length) {
                journaalHuishouden = Arrays.copyOf(journaalHuishouden, 2 * journaalLengte);
                journaalKeuze = Arrays.copyOf(journaalKeuze, 2 * journaalLengte);
            }
            journaalHuishouden[journaalLengte] = i;
            journaalKeuze[journaalLengte++] = oud;
        }
        huidigMedium += mediumVan(i, k) - mediumVan(i, oud);
        huidigZacht += zachtVan(i, k) - zachtVan(i, oud);
        int go = gemeente(i, oud), gn = gemeente(i, k);
        if (go >= 0) {
            huidigZacht += m.balans(go, vrijeLast[go] - m.personen(i)) - m.balans(go, vrijeLast[go]);
        }
        if (gn >= 0) {
            long last = vrijeLast[gn] - (gn == go ? m.personen(i) : 0);
            huidigZacht += m.balans(gn, last + m.personen(i)) - m.balans(gn, last);
        }
        if (oud >= 0) {
            int g = m.toegestaan(i)[oud];
            vrijeLast[g] -= m.personen(i);
            int p = positie[i];
            int laatste = leden[g][--ledenAantal[g]];
            leden[g][p] = laatste;
            positie[laatste] = p;
        }
        keuze[i] = k;
        if (k >= 0) {
            int g = m.toegestaan(i)[k];
            vrijeLast[g] += m.personen(i);
            if (ledenAantal[g] == leden[g].length) {
                leden[g] = Arrays.copyOf(leden[g], leden[g].length * 2);
            }
            positie[i] = ledenAantal[g];
            leden[g][ledenAantal[g]++] = i;
        }
    }

    private int gemeente(int i, int k) {
        return k < 0 ? -1 : m.toegestaan(i)[k];
    }

    private long zachtVan(int i, int k) {
        return k < 0 ? 0 : m.zacht(i, k);
    }

    private long mediumVan(int i, int k) {
        return k < 0 ? m.nietGeplaatst(i) : 0;
    }

    // a move's effect on the loads: up to four (gemeente, change) pairs
    private final int[] dg = new int[4];
    private final long[] dl = new long[4];
    private int dn;

    private void last(int g, long d) {
        if (g < 0) {
            return;
        }
        for (int q = 0; q < dn; q++) {
            if (dg[q] == g) {
                dl[q] += d;
                return;
            }
        }
        dg[dn] = g;
        dl[dn++] = d;
    }

    /**
     * Soft change of moving i to position ki and (when j ≥ 0) j to kj, or {@link Long#MIN_VALUE} when a
     * gemeente would get more persons than its room. The medium change is returned through {@link #medium}.
     */
    private long delta(int i, int ki) {
        // the one-household case of delta(i, ki, -1, -1), without the bookkeeping of shared gemeenten (ki ≠ keuze[i])
        zetten++;
        int k0 = keuze[i];
        int pi = m.personen(i);
        medium = mediumVan(i, ki) - mediumVan(i, k0);
        long soft = zachtVan(i, ki) - zachtVan(i, k0);
        if (ki >= 0) {
            int g = m.toegestaan(i)[ki];
            long nieuw = vrijeLast[g] + pi;
            if (nieuw > m.ruimte(g)) {
                return Long.MIN_VALUE;
            }
            soft += m.balans(g, nieuw) - m.balans(g, vrijeLast[g]);
        }
        if (k0 >= 0) {
            int g = m.toegestaan(i)[k0];
            soft += m.balans(g, vrijeLast[g] - pi) - m.balans(g, vrijeLast[g]);
        }
        return soft;
    }

    private long delta(int i, int ki, int j, int kj) {
        zetten++;
        dn = 0;
        int pi = m.personen(i);
        last(gemeente(i, keuze[i]), -pi);
        last(gemeente(i, ki), pi);
        long soft = zachtVan(i, ki) - zachtVan(i, keuze[i]);
        medium = mediumVan(i, ki) - mediumVan(i, keuze[i]);
        if (j >= 0) {
            int pj = m.personen(j);
            last(gemeente(j, keuze[j]), -pj);
            last(gemeente(j, kj), pj);
            soft += zachtVan(j, kj) - zachtVan(j, keuze[j]);
            medium += mediumVan(j, kj) - mediumVan(j, keuze[j]);
        }
        for (int q = 0; q < dn; q++) {
            int g = dg[q];
            long nieuw = vrijeLast[g] + dl[q];
            if (dl[q] > 0 && nieuw > m.ruimte(g)) {
                return Long.MIN_VALUE;
            }
            if (dl[q] != 0) {
                soft += m.balans(g, nieuw) - m.balans(g, vrijeLast[g]);
            }
        }
        return soft;
    }

    private long medium;

    /** Applies the best improving move for household i, if any. */
    private boolean verbeter(int i) {
        int[] t = m.toegestaan(i);
        int[] kand = keuze[i] < 0 ? alle(t.length) : kandidaten[i];
        long besteMedium = 0, besteSoft = 0;
        int besteKi = Integer.MIN_VALUE, besteJ = -1, besteKj = -1;
        int pi = m.personen(i);
        int eigen = gemeente(i, keuze[i]);
        for (int ki : kand) {
            if (ki == keuze[i]) {
                continue;
            }
            int g = t[ki];
            long soft = delta(i, ki);
            if (soft != Long.MIN_VALUE) {
                if (beter(medium, soft, besteMedium, besteSoft)) {
                    besteMedium = medium;
                    besteSoft = soft;
                    besteKi = ki;
                    besteJ = -1;
                }
                continue;
            }
            // g is full for i: one of its households leaves for one of its own candidates
            long nodig = vrijeLast[g] + pi - m.ruimte(g);
            int[] lid = leden[g];
            for (int q = 0; q < ledenAantal[g]; q++) {
                int j = lid[q];
                if (m.personen(j) < nodig) {
                    continue;
                }
                int[] tj = m.toegestaan(j);
                for (int kj : kandidaten[j]) {
                    int gj = tj[kj];
                    if (gj == g) {
                        continue;
                    }
                    if (gj != eigen && !past(gj, m.personen(j))) {
                        continue;
                    }
                    long s = delta(i, ki, j, kj);
                    if (s != Long.MIN_VALUE && beter(medium, s, besteMedium, besteSoft)) {
                        besteMedium = medium;
                        besteSoft = s;
                        besteKi = ki;
                        besteJ = j;
                        besteKj = kj;
                    }
                }
            }
        }
        if (besteKi == Integer.MIN_VALUE) {
            return false;
        }
        if (besteJ >= 0) {
            zet(besteJ, besteKj);
        }
        zet(i, besteKi);
        return true;
    }

    private static boolean beter(long medium, long soft, long besteMedium, long besteSoft) {
        return medium > besteMedium || (medium == besteMedium && soft > besteSoft);
    }

    private int[] alleCache = new int[0];

    private int[] alle(int lengte) {
        if (alleCache.length < lengte) {
            alleCache = new int[Math.max(lengte, 2 * alleCache.length)];
            for (int k = 0; k < alleCache.length; k++) {
                alleCache[k] = k;
            }
        }
        return Arrays.copyOf(alleCache, lengte);
    }

    /** The plan's soft score over the free households and the balans terms, as the rules give it. */
    public long zacht() {
        return huidigZacht;
    }

    /** The plan's medium score: the niet-geplaatst terms of its unplaced free households (≤ 0). */
    public long medium() {
        return huidigMedium;
    }

    /** Persons of free households the plan leaves unplaced. */
    public long ongeplaatstePersonen() {
        long u = 0;
        for (int i = 0; i < n; i++) {
            if (keuze[i] < 0) {
                u += m.personen(i);
            }
        }
        return u;
    }

    /**
     * The change of this plan's value when free household {@code i} moves to its {@code k}-th allowed gemeente now
     * (0 when it is there): its soft change, the balans terms, and, when the gemeente is full, the best one
     * household there leaving for one of its candidates with room or unplaced (each unplaced person valued at
     * −{@code straf}), as the local search's ejection; {@link Long#MIN_VALUE} when no one household's leaving makes room.
     */
    public long waarde(int i, int k, long straf) {
        if (k == keuze[i]) {
            return 0;
        }
        long s = delta(i, k, -1, -1);
        if (s != Long.MIN_VALUE) {
            return s + straf * medium;
        }
        int g = m.toegestaan(i)[k];
        long nodig = vrijeLast[g] + m.personen(i) - m.ruimte(g);
        int eigen = gemeente(i, keuze[i]);
        long beste = Long.MIN_VALUE;
        for (int q = 0; q < ledenAantal[g]; q++) {
            int j = leden[g][q];
            if (m.personen(j) < nodig) {
                continue;
            }
            long u = delta(i, k, j, -1);
            if (u != Long.MIN_VALUE) {
                beste = Math.max(beste, u + straf * medium);
            }
            int[] tj = m.toegestaan(j);
            for (int kj : kandidaten[j]) {
                int gj = tj[kj];
                if (gj == g || (gj != eigen && !past(gj, m.personen(j)))) {
                    continue;
                }
                long v = delta(i, k, j, kj);
                if (v != Long.MIN_VALUE) {
                    beste = Math.max(beste, v + straf * medium);
                }
            }
        }
        return beste;
    }

    /** Position of free household i's gemeente in its allowed list in the current plan, or −1. */
    public int keuze(int i) {
        return keuze[i];
    }
}
