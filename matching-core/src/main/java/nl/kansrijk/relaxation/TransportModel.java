package nl.kansrijk.relaxation;

import java.util.ArrayList;
import java.util.List;

import nl.kansrijk.model.Bestemming;
import nl.kansrijk.model.Groepsdeel;
import nl.kansrijk.model.Koppelplan;
import nl.kansrijk.model.Plaatsingseenheid;
import nl.kansrijk.rules.Bijdragen;
import nl.kansrijk.rules.Gewichten;
import nl.kansrijk.rules.Regel;
import nl.kansrijk.rules.Regels;

/**
 * A plan's decision as a transportation problem: the persons of every free household flow to the gemeenten it
 * may go to, at the soft score per person its rules give there, within the room each gemeente has left for free
 * households; {@code balans} is a convex cost per extra person on each gemeente. Every coefficient comes from
 * {@link Regels} and {@link Bijdragen}, the functions the constraint provider scores with, so the relaxation's
 * value of an integral plan is that plan's score (up to the constant of what the model does not decide).
 *
 * <p>Pinned households and nareizigers whose family gemeente is allowed are fixed: bound households always get
 * their place (the taakstelling gives room beyond the capacity only to them, and a free household may never hold
 * a place a bound one needs). Immutable after construction; safe to share between threads.
 */
public final class TransportModel {

    private final List<Bestemming> bestemmingen;
    private final Gewichten gewichten;
    /** The households the model decides, in plan order. */
    private final List<Plaatsingseenheid> vrij;
    /** Per plan entity: its index in {@link #vrij}, or −1 when it is fixed or has no allowed gemeente. */
    private final int[] vrijIndex;
    private final int[] personen;
    /** Per free household: indices of its allowed gemeenten. */
    private final int[][] toegestaan;
    /** Per free household and allowed gemeente: the soft score of the household there. */
    private final long[][] zacht;
    /** Per free household: the medium score when it is left unplaced (≤ 0). */
    private final long[] nietGeplaatst;
    /** Per gemeente: persons of fixed (pinned or nareiziger) households. */
    private final long[] gebondenLast;
    /** Per gemeente: persons the free households may bring in all. */
    private final int[] ruimte;
    private final long balansGewicht;
    /** Per gemeente: the balans score for free loads 0..ruimte. */
    private final long[][] balansTabel;
    private final long totaalPersonen;
    /**
     * Per free household and allowed gemeente: the value the relaxation (auction and dual) gives the pair, when it
     * is not the soft score ({@link #metGroepprijzen}); {@code null}: the soft score.
     */
    private final double[][] waarde;

    /** The model of a plan's free households under the given weights (their current gemeenten are ignored). */
    public TransportModel(Koppelplan plan, Gewichten gewichten) {
        this.bestemmingen = plan.getBestemmingen();
        this.gewichten = gewichten;
        int nG = bestemmingen.size();
        this.gebondenLast = new long[nG];
        List<Plaatsingseenheid> eenheden = plan.getEenheden();
        this.vrijIndex = new int[eenheden.size()];
        List<Plaatsingseenheid> free = new ArrayList<>();
        for (int e = 0; e < eenheden.size(); e++) {
            Plaatsingseenheid p = eenheden.get(e);
            vrijIndex[e] = -1;
            Bestemming vast = vasteBestemming(p);
            if (vast != null) {
                gebondenLast[vast.index()] += p.getPersonen();
            } else if (!p.isVastgezet() && !p.getToegestaan().isEmpty()) {
                vrijIndex[e] = free.size();
                free.add(p);
            }
        }
        this.vrij = List.copyOf(free);
        int n = vrij.size();
        this.personen = new int[n];
        this.toegestaan = new int[n][];
        this.zacht = new long[n][];
        this.nietGeplaatst = new long[n];
        long som = 0;
        for (int i = 0; i < n; i++) {
            Plaatsingseenheid p = vrij.get(i);
            personen[i] = p.getPersonen();
            som += personen[i];
            List<Bestemming> allowed = p.getToegestaan();
            toegestaan[i] = new int[allowed.size()];
            zacht[i] = new long[allowed.size()];
            for (int k = 0; k < allowed.size(); k++) {
                toegestaan[i][k] = allowed.get(k).index();
                zacht[i][k] = Bijdragen.zacht(p, allowed.get(k), gewichten);
            }
            nietGeplaatst[i] = Bijdragen.vanHuishouden(p, null, gewichten).score().mediumScore();
        }
        this.totaalPersonen = som;
        this.ruimte = new int[nG];
        for (Bestemming b : bestemmingen) {
            long vrijeRuimte = b.capaciteit() - gebondenLast[b.index()];
            ruimte[b.index()] = (int) Math.max(0, Math.min(Integer.MAX_VALUE, Math.min(vrijeRuimte, som)));
        }
        this.balansGewicht = gewichten.get(Regel.BALANS);
        // balans of every load a plan within the room can have, looked up by the searches' deltas
        this.balansTabel = new long[nG][];
        for (int g = 0; g < nG; g++) {
            balansTabel[g] = new long[balansGewicht == 0 ? 0 : ruimte[g] + 1];
            for (int k = 0; k < balansTabel[g].length; k++) {
                balansTabel[g][k] = balansVan(g, k);
            }
        }
        this.waarde = null;
    }

    /** A copy of {@code m} whose relaxation values the pairs at {@code waarde} (same households, room and balans). */
    private TransportModel(TransportModel m, double[][] waarde) {
        this.bestemmingen = m.bestemmingen;
        this.gewichten = m.gewichten;
        this.vrij = m.vrij;
        this.vrijIndex = m.vrijIndex;
        this.personen = m.personen;
        this.toegestaan = m.toegestaan;
        this.zacht = m.zacht;
        this.nietGeplaatst = m.nietGeplaatst;
        this.gebondenLast = m.gebondenLast;
        this.ruimte = m.ruimte;
        this.balansGewicht = m.balansGewicht;
        this.balansTabel = m.balansTabel;
        this.totaalPersonen = m.totaalPersonen;
        this.waarde = waarde;
    }

    /**
     * This model with a price per group of the groepsgelijkheid rule on its pairs (the rule's Lagrangian
     * relaxation): a household of group G in gemeente g is valued at {@code (1 + λ_G) × z(h, g) − λ_G × r × n(h)}
     * instead of its soft score {@code z(h, g)}, with {@code λ_G = prijzen.get(G)} (0 for a group not in the map or a
     * household without a group) and {@code r} the rule's reference; a household that counts in groups by parts
     * ({@code geslacht_volwassenen}) at {@code z(h, g) + Σ_d λ_{G_d} × (z_d(h, g) − r × n_d)} over its parts d. For λ_G in [0, w] the relaxation of this model
     * (its auction, {@link Relaxation#duaal}) plus {@code Σ_G λ_G × (Z_G − N_G × r)} of the fixed households bounds
     * every plan's soft score with the rule's term ({@link Groepgrens}); an online policy may use its prices as
     * group floors ({@code Relaxation.of(model.metGroepprijzen(λ, r))}). The searches keep the soft scores
     * ({@link #zacht}); only {@link #waarde} changes.
     */
    public TransportModel metGroepprijzen(java.util.Map<String, Double> prijzen, long referentie) {
        double[][] w = new double[vrij.size()][];
        for (int i = 0; i < w.length; i++) {
            List<Groepsdeel> delen = vrij.get(i).getGroepsdelen();
            w[i] = new double[zacht[i].length];
            if (delen.size() != 1 || !isHeel(i, delen.get(0))) {
                // parts of a household (its adults by sex): each part's persons at their group's price
                for (int k = 0; k < w[i].length; k++) {
                    double v = zacht[i][k];
                    for (Groepsdeel d : delen) {
                        double lambda = prijzen.getOrDefault(d.groep(), 0.0);
                        v += lambda * ((double) d.zacht(toegestaan[i][k]) - (double) referentie * d.personen());
                    }
                    w[i][k] = v;
                }
                continue;
            }
            double lambda = prijzen.getOrDefault(delen.get(0).groep(), 0.0);
            for (int k = 0; k < w[i].length; k++) {
                w[i][k] = (1 + lambda) * zacht[i][k] - lambda * referentie * personen[i];
            }
        }
        return new TransportModel(this, w);
    }

    /**
     * Whether part {@code d} of free household {@code i} is the whole household (a grouping of households): all its
     * persons and its own soft points.
     */
    public boolean isHeel(int i, Groepsdeel d) {
        return d.personen() == personen[i] && d.zachtePunten() == vrij.get(i).getProfiel().zachtePunten();
    }

    /**
     * The gemeente a household is bound to regardless of the search: its pinned one, or the family gemeente of a
     * nareiziger when the hard rules allow it; {@code null} for every other household.
     */
    public static Bestemming vasteBestemming(Plaatsingseenheid p) {
        if (p.isVastgezet()) {
            return p.getBestemming();
        }
        int nareiziger = p.getProfiel().nareizigerIndex();
        if (nareiziger >= 0) {
            for (Bestemming b : p.getToegestaan()) {
                if (b.index() == nareiziger) {
                    return b;
                }
            }
        }
        return null;
    }

    public List<Bestemming> bestemmingen() { return bestemmingen; }
    public Gewichten gewichten() { return gewichten; }
    public int gemeenten() { return bestemmingen.size(); }
    /** Number of free households. */
    public int huishoudens() { return vrij.size(); }
    public Plaatsingseenheid huishouden(int i) { return vrij.get(i); }
    /** Index of a plan entity (by position in the plan) among the free households, or −1. */
    public int vrijIndex(int planPositie) { return vrijIndex[planPositie]; }
    public int personen(int i) { return personen[i]; }
    public long totaalPersonen() { return totaalPersonen; }
    public int[] toegestaan(int i) { return toegestaan[i]; }
    public long zacht(int i, int k) { return zacht[i][k]; }
    /**
     * The value the relaxation gives free household i in its k-th allowed gemeente: its soft score, or what
     * {@link #metGroepprijzen} made of it.
     */
    public double waarde(int i, int k) { return waarde == null ? (double) zacht[i][k] : waarde[i][k]; }
    public long nietGeplaatst(int i) { return nietGeplaatst[i]; }
    /** Persons the free households may bring to gemeente g. */
    public int ruimte(int g) { return ruimte[g]; }

    /** The balans score (≤ 0) of gemeente g when the free households bring {@code vrijeLast} persons. */
    public long balans(int g, long vrijeLast) {
        if (balansGewicht == 0) {
            return 0;
        }
        long[] t = balansTabel[g];
        return vrijeLast >= 0 && vrijeLast < t.length ? t[(int) vrijeLast] : balansVan(g, vrijeLast);
    }

    private long balansVan(int g, long vrijeLast) {
        return -balansGewicht * Regels.balans(bestemmingen.get(g), gebondenLast[g] + vrijeLast);
    }

    /**
     * A lower bound on the free households' soft score plus balans over every plan: each household at its worst
     * allowed gemeente or unplaced (0), each gemeente at its worst balans for a load within its room.
     */
    public long ondergrens() {
        long l = 0;
        for (int i = 0; i < huishoudens(); i++) {
            long slechtste = 0;
            for (int k = 0; k < toegestaan[i].length; k++) {
                slechtste = Math.min(slechtste, zacht[i][k]);
            }
            l += slechtste;
        }
        for (int g = 0; g < gemeenten(); g++) {
            long slechtste = balans(g, 0);
            for (int k = 1; k <= ruimte(g); k++) {
                slechtste = Math.min(slechtste, balans(g, k));
            }
            l += slechtste;
        }
        return l;
    }

    /** The cost (≥ 0 for a convex term) of the {@code k}-th free person (1-based) in gemeente g. */
    public long balansKosten(int g, int k) {
        return balans(g, k - 1L) - balans(g, k);
    }
}
