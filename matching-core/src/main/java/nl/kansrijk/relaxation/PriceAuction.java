package nl.kansrijk.relaxation;

/**
 * Solves the {@link TransportModel}'s LP relaxation by an auction (Bertsekas): every person of a free household
 * bids for the cheapest place of the gemeente where its value minus the place's price is highest, raising that
 * price by the margin over its second-best option plus ε; an outbid person bids again. A gemeente's places
 * carry the {@code balans} cost of the k-th person as a reserve price; a person may also stay unplaced at a
 * value of −{@link #ONGEPLAATST} per person. Starting from the reserve prices, a place that has been bid on stays
 * taken, so at the end every empty place is at its reserve and every person within ε of its best option: the
 * assignment is within persons × ε of the LP optimum, and the prices give
 * {@link Relaxation#bovengrens}, a proven bound whatever their precision.
 *
 * <p>Stateless: every {@link #solve} works on its own arrays.
 */
public final class PriceAuction {

    /** The relaxation's value of leaving a person unplaced: far below any soft score (lexicographic in practice). */
    public static final double ONGEPLAATST = 1e7;

    /** Rounds of lowering empty places to their reserve and letting unsatisfied persons bid again, at most. */
    static final int MAX_RONDEN = 3;

    private final double epsilon;
    private final long maxBiedingen;
    private final double straf;

    /**
     * @param epsilon the final ε, in score points per person (the relaxation is within persons × ε of the LP optimum)
     * @param maxBiedingen a cap on the bids (the auction then stops with the prices it has; the bound stays valid)
     */
    public PriceAuction(double epsilon, long maxBiedingen) {
        this(epsilon, maxBiedingen, ONGEPLAATST);
    }

    /**
     * As {@link #PriceAuction(double, long)}, with a person left unplaced valued at −{@code straf} instead of
     * −{@link #ONGEPLAATST}: the Lagrangian relaxation of "at most U persons unplaced" ({@link Strafgrens}).
     */
    public PriceAuction(double epsilon, long maxBiedingen, double straf) {
        if (!(epsilon > 0)) {
            throw new IllegalArgumentException("epsilon must be > 0");
        }
        if (!(straf >= 0) || Double.isInfinite(straf)) {
            throw new IllegalArgumentException("straf must be finite and >= 0, is " + straf);
        }
        this.epsilon = epsilon;
        this.maxBiedingen = maxBiedingen;
        this.straf = straf;
    }

    /**
     * Default: ε = 1 point per person (the relaxation is then within 1 point per person of the LP optimum; smaller
     * values lead to long price wars between households of similar value), at most 400 bids per person.
     */
    public static PriceAuction standaard(TransportModel model) {
        return standaard(model, ONGEPLAATST);
    }

    /** The default auction with an unplaced person valued at −{@code straf}. */
    public static PriceAuction standaard(TransportModel model, double straf) {
        return new PriceAuction(1.0, Math.max(1_000_000L, 400L * model.totaalPersonen()), straf);
    }

    public Relaxation solve(TransportModel m) {
        return new Veiling(m).run();
    }

    /** The state of one auction. */
    private final class Veiling {
        final TransportModel m;
        final int nG, n;
        final int[] start;
        final int[] heap;
        final double[] prijs;
        final double[] reserve;
        final int[] houder;
        final int[] houderK;
        final int[] plaatsVan; // per person slot: the place it holds, −1 none, −2 unplaced (dummy)
        final int[] eersteSlot; // per household: index of its first person slot
        final double[][] waarde;
        final int[][] aantal;
        final int[] ongeplaatst;
        final int[] rij;
        int kop, staart, inRij;
        long biedingen;

        Veiling(TransportModel m) {
            this.m = m;
            this.nG = m.gemeenten();
            this.n = m.huishoudens();
            start = new int[nG + 1];
            for (int g = 0; g < nG; g++) {
                start[g + 1] = start[g] + m.ruimte(g);
            }
            int plaatsen = start[nG];
            heap = new int[plaatsen];
            prijs = new double[plaatsen];
            reserve = new double[plaatsen];
            houder = new int[plaatsen];
            houderK = new int[plaatsen];
            for (int g = 0; g < nG; g++) {
                for (int k = 0; k < m.ruimte(g); k++) {
                    int id = start[g] + k;
                    heap[id] = id;
                    reserve[id] = m.balansKosten(g, k + 1);
                    prijs[id] = reserve[id];
                    houder[id] = -1;
                }
                heapify(g);
            }
            eersteSlot = new int[n + 1];
            waarde = new double[n][];
            aantal = new int[n][];
            for (int i = 0; i < n; i++) {
                eersteSlot[i + 1] = eersteSlot[i] + m.personen(i);
                int[] t = m.toegestaan(i);
                waarde[i] = new double[t.length];
                aantal[i] = new int[t.length];
                for (int k = 0; k < t.length; k++) {
                    waarde[i][k] = m.waarde(i, k) / m.personen(i);
                }
            }
            ongeplaatst = new int[n];
            plaatsVan = new int[eersteSlot[n]];
            java.util.Arrays.fill(plaatsVan, -1);
            rij = new int[Math.max(16, eersteSlot[n] + 1)];
        }

        Relaxation run() {
            for (int slot = 0; slot < plaatsVan.length; slot++) {
                zetInRij(slot);
            }
            boolean klaar = fase(epsilon);
            double[] rho = new double[nG];
            for (int g = 0; g < nG; g++) {
                rho[g] = start[g + 1] == start[g] ? Double.POSITIVE_INFINITY : prijs[heap[start[g]]];
            }
            for (int i = 0; i < n; i++) {
                for (int slot = eersteSlot[i]; slot < eersteSlot[i + 1]; slot++) {
                    int pl = plaatsVan[slot];
                    if (pl == -2 || pl == -1) {
                        ongeplaatst[i]++;
                    } else {
                        aantal[i][houderK[pl]]++;
                    }
                }
            }
            return new Relaxation(m, rho, aantal, ongeplaatst, biedingen, klaar, straf);
        }

        /** One phase at ε: bid until everybody is within ε of its best option and every empty place at its reserve. */
        boolean fase(double eps) {
            // persons more than ε from their best option bid again
            for (int slot = 0; slot < plaatsVan.length; slot++) {
                if (plaatsVan[slot] != -1 && !tevreden(slot, eps)) {
                    laatLos(slot);
                    zetInRij(slot);
                }
            }
            for (int ronde = 0; ; ronde++) {
                while (inRij > 0) {
                    if (biedingen >= maxBiedingen) {
                        return false;
                    }
                    int slot = rij[kop];
                    kop = (kop + 1) % rij.length;
                    inRij--;
                    bied(slot, eps);
                }
                boolean verlaagd = false;
                for (int g = 0; g < nG; g++) {
                    boolean hier = false;
                    for (int id = start[g]; id < start[g + 1]; id++) {
                        if (houder[id] < 0 && prijs[id] > reserve[id]) {
                            prijs[id] = reserve[id];
                            hier = true;
                        }
                    }
                    if (hier) {
                        heapify(g);
                        verlaagd = true;
                    }
                }
                if (!verlaagd) {
                    return true;
                }
                if (ronde >= MAX_RONDEN) {
                    return false; // prices as they are: the bound stays valid, only less tight
                }
                for (int slot = 0; slot < plaatsVan.length; slot++) {
                    if (!tevreden(slot, eps)) {
                        laatLos(slot);
                        zetInRij(slot);
                    }
                }
            }
        }

        int huishoudenVan(int slot) {
            int lo = 0, hi = n - 1;
            while (lo < hi) {
                int mid = (lo + hi + 1) >>> 1;
                if (eersteSlot[mid] <= slot) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            return lo;
        }

        boolean tevreden(int slot, double eps) {
            int pl = plaatsVan[slot];
            if (pl == -1) {
                return false;
            }
            int i = huishoudenVan(slot);
            double nu = pl == -2 ? -straf : waarde[i][houderK[pl]] - prijs[pl];
            double beste = -straf;
            int[] t = m.toegestaan(i);
            for (int k = 0; k < t.length; k++) {
                int g = t[k];
                if (start[g + 1] > start[g]) {
                    beste = Math.max(beste, waarde[i][k] - prijs[heap[start[g]]]);
                }
            }
            return nu >= beste - eps;
        }

        void laatLos(int slot) {
            int pl = plaatsVan[slot];
            if (pl >= 0) {
                houder[pl] = -1;
            }
            plaatsVan[slot] = -1;
        }

        void zetInRij(int slot) {
            rij[staart] = slot;
            staart = (staart + 1) % rij.length;
            inRij++;
        }

        void bied(int slot, double eps) {
            biedingen++;
            int i = huishoudenVan(slot);
            int[] t = m.toegestaan(i);
            double beste = -straf, tweede = -straf;
            int besteK = -1;
            for (int k = 0; k < t.length; k++) {
                int g = t[k];
                if (start[g + 1] == start[g]) {
                    continue;
                }
                double v = waarde[i][k] - prijs[heap[start[g]]];
                if (v > beste) {
                    tweede = beste;
                    beste = v;
                    besteK = k;
                } else if (v > tweede) {
                    tweede = v;
                }
            }
            if (besteK < 0) {
                plaatsVan[slot] = -2;
                return;
            }
            int g = t[besteK];
            int s = start[g], grootte = start[g + 1] - s;
            // places held by this household's own persons are skipped: evicting an identical sibling changes
            // nothing but the price (the "price war" of similar persons)
            int weg = 0;
            while (weg < grootte - 1 && houder[heap[s]] >= 0 && huishoudenVan(houder[heap[s]]) == i) {
                int laatste = grootte - 1 - weg;
                int id = heap[s];
                heap[s] = heap[s + laatste];
                heap[s + laatste] = id;
                weg++;
                zeef(s, grootte - weg, 0);
            }
            int actief = grootte - weg;
            double tweedePlaats = Double.POSITIVE_INFINITY;
            if (actief > 1) {
                tweedePlaats = prijs[heap[s + 1]];
            }
            if (actief > 2) {
                tweedePlaats = Math.min(tweedePlaats, prijs[heap[s + 2]]);
            }
            // the best option elsewhere: another gemeente (or unplaced), or the next place here
            double tweedeBeste = Math.max(tweede, waarde[i][besteK] - tweedePlaats);
            int plaats = heap[s];
            // prices only rise (when skipped places made g worse than another option, the bid is the minimal raise)
            prijs[plaats] = Math.max(prijs[plaats] + eps, waarde[i][besteK] - tweedeBeste + eps);
            int vorigeSlot = houder[plaats];
            if (vorigeSlot >= 0) {
                plaatsVan[vorigeSlot] = -1;
                zetInRij(vorigeSlot);
            }
            houder[plaats] = slot;
            houderK[plaats] = besteK;
            plaatsVan[slot] = plaats;
            zeef(s, actief, 0);
            for (int q = actief; q < grootte; q++) {
                omhoog(s, q);
            }
        }

        /** Sift element at position k of a heap slice up. */
        void omhoog(int s, int k) {
            int id = heap[s + k];
            double p = prijs[id];
            while (k > 0) {
                int ouder = (k - 1) / 2;
                if (prijs[heap[s + ouder]] <= p) {
                    break;
                }
                heap[s + k] = heap[s + ouder];
                k = ouder;
            }
            heap[s + k] = id;
        }

        void heapify(int g) {
            int grootte = start[g + 1] - start[g];
            for (int k = grootte / 2 - 1; k >= 0; k--) {
                zeef(start[g], grootte, k);
            }
        }

        /** Sift element at position k of gemeente slice [s, s + grootte) down. */
        void zeef(int s, int grootte, int k) {
            int id = heap[s + k];
            double p = prijs[id];
            while (true) {
                int kind = 2 * k + 1;
                if (kind >= grootte) {
                    break;
                }
                if (kind + 1 < grootte && prijs[heap[s + kind + 1]] < prijs[heap[s + kind]]) {
                    kind++;
                }
                if (prijs[heap[s + kind]] >= p) {
                    break;
                }
                heap[s + k] = heap[s + kind];
                k = kind;
            }
            heap[s + k] = id;
        }
    }

    @Override
    public String toString() {
        return "PriceAuction[ε=" + epsilon + ", maxBiedingen=" + maxBiedingen + ", straf=" + straf + "]";
    }
}
