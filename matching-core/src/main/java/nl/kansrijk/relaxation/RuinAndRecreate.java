package nl.kansrijk.relaxation;

import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;

/**
 * Iterated local search by ruin and recreate on a {@link PlanState}: empty a random gemeente and up to
 * {@value #RUIN_GEMEENTEN} − 1 gemeenten its households could go to instead (at most about {@value #RUIN_HUISHOUDENS}
 * households, plus a few unplaced ones), put them back one by one where the exact delta is best (largest first, or in
 * random order), and keep the result unless it is worse (medium, then soft); otherwise undo. Where quotas are tight a
 * household often only fits after several others moved at once, which single moves and ejections cannot find.
 * (Measured on nl-2026-h1 and a generated 500: local search over the rebuilt households after each recreate, and
 * late acceptance of worse rounds, both gave less within the same time than more plain rounds.)
 */
final class RuinAndRecreate {

    /** Households a ruin removes at most (it stops adding gemeenten once it has this many). */
    static final int RUIN_HUISHOUDENS = 24;
    /** Gemeenten a ruin empties at most (a random number from 1 to this). */
    static final int RUIN_GEMEENTEN = 8;
    /** Gemeenten a guided ruin draws to pick the one that loses most at the knapsack multipliers. */
    static final int GIDS_TREKKINGEN = 12;

    private final PlanState plan;
    private final TransportModel model;
    private final LocalMoves zetten;
    private final Relaxation relaxatie;
    private final int n;

    private long rondes;
    private long rondesVerbeterd;

    // work arrays of a round: the gemeenten it ruins and the households they held, and the households it removed
    private final int[] gemeenten = new int[RUIN_GEMEENTEN];
    private int gekozen;
    private int gekozenLeden;
    private final boolean[] weg;
    private final int[] verwijderd;

    RuinAndRecreate(PlanState plan, LocalMoves zetten, Relaxation relaxatie) {
        this.plan = plan;
        this.model = plan.model();
        this.zetten = zetten;
        this.n = plan.huishoudens();
        this.relaxatie = relaxatie;
        this.weg = new boolean[n];
        this.verwijderd = new int[n];
    }

    /** Rounds done. */
    long rondes() {
        return rondes;
    }

    /** Rounds that improved the plan. */
    long rondesVerbeterd() {
        return rondesVerbeterd;
    }

    /**
     * Up to {@code aantal} rounds, each (with a {@code gids}) followed by a guided one on its own random stream;
     * ends early when {@code stop} says so or everybody is placed at the relaxation's bound (optimal).
     */
    void herbouw(SplittableRandom random, SplittableRandom gidsRandom, long aantal, KnapsackGids gids,
            BooleanSupplier stop) {
        if (n == 0 || aantal <= 0) {
            return;
        }
        long bovengrens = relaxatie.bovengrens(0);
        for (long ronde = 0; ronde < aantal; ronde++) {
            if ((ronde & 15) == 0 && stop.getAsBoolean()) {
                return;
            }
            if (plan.medium() == 0 && plan.zacht() >= bovengrens) {
                return; // everybody placed at the relaxation's bound: optimal
            }
            ronde(random, null);
            if (gids != null) {
                ronde(gidsRandom, gids);
            }
        }
    }

    /**
     * One round of ruin and recreate; with a {@code gids} a guided one, kept only when it improves the plan (so that
     * the plain rounds' course is as without guidance until a guided round finds something better).
     */
    private void ronde(SplittableRandom random, KnapsackGids gids) {
        int maxGemeenten = 1 + random.nextInt(RUIN_GEMEENTEN);
        rondes++;
        long medium0 = plan.medium(), zacht0 = plan.zacht();
        plan.beginJournaal();
        gekozen = 0;
        gekozenLeden = 0;
        int eerste = gids != null ? kiesGeleid(gids, random, maxGemeenten) : kiesWillekeurig(random);
        kiesBuren(random, maxGemeenten);
        int aantal = ruim(random);
        if (gids != null) {
            aantal = plaatsGewenst(gids, eerste, aantal);
        }
        herschep(random, aantal);
        plan.stopJournaal();
        beoordeel(gids != null, new Delta(plan.medium() - medium0, plan.zacht() - zacht0));
    }

    /** The gemeente of a random household (or, when unplaced, one of its candidates); returns it. */
    private int kiesWillekeurig(SplittableRandom random) {
        int eerste = random.nextInt(n);
        int g = plan.gemeente(eerste, plan.keuze(eerste));
        if (g < 0) {
            int[] kandidaten = zetten.kandidaten(eerste);
            g = model.toegestaan(eerste)[kandidaten[random.nextInt(kandidaten.length)]];
        }
        kies(g);
        return g;
    }

    /**
     * The gemeente that loses most at the guide's multipliers of a few, the gemeenten its knapsack's households are
     * in, and gemeenten whose knapsacks take a household it holds now; returns the first.
     */
    private int kiesGeleid(KnapsackGids gids, SplittableRandom random, int maxGemeenten) {
        int g0 = meestVerliezend(gids, random);
        kies(g0);
        int[] gewenst = gids.gewenst()[g0];
        for (int q = 0; q < gewenst.length && gekozen < maxGemeenten; q++) {
            int h = plan.gemeente(gewenst[q], plan.keuze(gewenst[q]));
            if (h >= 0 && nieuw(h)) {
                kies(h);
            }
        }
        for (int q = 0; q < plan.ledenAantal(g0) && gekozen < maxGemeenten; q++) {
            int[] gewildDoor = gids.gewildDoor()[plan.lid(g0, q)];
            if (gewildDoor.length > 0) {
                int h = gewildDoor[random.nextInt(gewildDoor.length)];
                if (nieuw(h)) {
                    kies(h);
                }
            }
        }
        return g0;
    }

    /** More gemeenten: a candidate of a random household in a gemeente already chosen, until the ruin is big enough. */
    private void kiesBuren(SplittableRandom random, int maxGemeenten) {
        for (int poging = 0; poging < 8 * RUIN_GEMEENTEN && gekozen < maxGemeenten
                && gekozenLeden < RUIN_HUISHOUDENS; poging++) {
            int g = gemeenten[random.nextInt(gekozen)];
            if (plan.ledenAantal(g) == 0) {
                continue;
            }
            int j = plan.lid(g, random.nextInt(plan.ledenAantal(g)));
            int[] kandidaten = zetten.kandidaten(j);
            int h = model.toegestaan(j)[kandidaten[random.nextInt(kandidaten.length)]];
            if (nieuw(h)) {
                kies(h);
            }
        }
    }

    private void kies(int g) {
        gemeenten[gekozen++] = g;
        gekozenLeden += plan.ledenAantal(g);
    }

    private boolean nieuw(int g) {
        for (int q = 0; q < gekozen; q++) {
            if (gemeenten[q] == g) {
                return false;
            }
        }
        return true;
    }

    /** Empties the chosen gemeenten and takes up to four random unplaced households along; returns how many. */
    private int ruim(SplittableRandom random) {
        int aantal = 0;
        for (int q = 0; q < gekozen; q++) {
            int g = gemeenten[q];
            while (plan.ledenAantal(g) > 0) {
                int j = plan.lid(g, plan.ledenAantal(g) - 1);
                weg[j] = true;
                verwijderd[aantal++] = j;
                plan.zet(j, -1);
            }
        }
        for (int q = 0; q < 4 && aantal < n; q++) {
            int j = random.nextInt(n);
            if (plan.keuze(j) < 0 && !weg[j]) {
                weg[j] = true;
                verwijderd[aantal++] = j;
            }
        }
        return aantal;
    }

    /** The households gemeente {@code g0}'s knapsack takes go there first (unplaced ones too), where they fit. */
    private int plaatsGewenst(KnapsackGids gids, int g0, int aantal) {
        int[] gewenst = gids.gewenst()[g0];
        int[] posities = gids.posities()[g0];
        for (int q = 0; q < gewenst.length; q++) {
            int j = gewenst[q];
            if (plan.keuze(j) < 0 && plan.past(g0, model.personen(j))) {
                if (!weg[j]) {
                    weg[j] = true;
                    verwijderd[aantal++] = j;
                }
                plan.zet(j, posities[q]);
            }
        }
        return aantal;
    }

    /** Puts the removed households back where the change is best: largest first (random among equals), or at random. */
    private void herschep(SplittableRandom random, int aantal) {
        for (int q = aantal - 1; q > 0; q--) {
            int w = random.nextInt(q + 1);
            int t = verwijderd[q];
            verwijderd[q] = verwijderd[w];
            verwijderd[w] = t;
        }
        if (random.nextBoolean()) {
            sorteerGrootsteEerst(aantal);
        }
        for (int q = 0; q < aantal; q++) {
            if (plan.keuze(verwijderd[q]) < 0) {
                zetten.plaatsBest(verwijderd[q]);
            }
        }
        for (int q = 0; q < aantal; q++) {
            weg[verwijderd[q]] = false;
        }
    }

    /**
     * Keeps the round's change or undoes it: a plain round is undone when worse (a plan as good is kept, so the
     * search can drift on a plateau), a guided one unless better.
     */
    private void beoordeel(boolean geleid, Delta winst) {
        boolean verbeterd = winst.beter(Delta.NUL);
        if (geleid ? !verbeterd : Delta.NUL.beter(winst)) {
            plan.herstel();
        } else if (verbeterd) {
            rondesVerbeterd++;
        }
    }

    /** Of {@link #GIDS_TREKKINGEN} gemeenten drawn at random, the one whose loss at the guide's multipliers is largest. */
    private int meestVerliezend(KnapsackGids gids, SplittableRandom random) {
        int beste = -1;
        double besteVerlies = Double.NEGATIVE_INFINITY;
        double[] mu = gids.mu();
        for (int t = 0; t < GIDS_TREKKINGEN; t++) {
            int g = random.nextInt(model.gemeenten());
            double som = 0;
            for (int q = 0; q < plan.ledenAantal(g); q++) {
                int j = plan.lid(g, q);
                som += model.zacht(j, plan.keuze(j)) - mu[j];
            }
            double verlies = gids.verlies(model, g, som, plan.vrijeLast(g));
            if (verlies > besteVerlies) {
                besteVerlies = verlies;
                beste = g;
            }
        }
        return beste;
    }

    /** Stable insertion sort of the removed households by persons, descending (the random order before it breaks ties). */
    private void sorteerGrootsteEerst(int lengte) {
        for (int q = 1; q < lengte; q++) {
            int x = verwijderd[q];
            int p = q - 1;
            while (p >= 0 && model.personen(verwijderd[p]) < model.personen(x)) {
                verwijderd[p + 1] = verwijderd[p];
                p--;
            }
            verwijderd[p + 1] = x;
        }
    }
}
