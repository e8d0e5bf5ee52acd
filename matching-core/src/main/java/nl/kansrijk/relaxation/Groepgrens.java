package nl.kansrijk.relaxation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;

import nl.kansrijk.model.Groepsdeel;

/**
 * The proven bound with the groepsgelijkheid rule on (groepgrens), by its Lagrangian relaxation. For every
 * {@code λ ≥ 0}, {@code −w·max(0, s) ≤ −λ·s} when {@code λ ≤ w}; so with one price λ_G ∈ [0, w] per group and
 * {@code s_G = N_G·r − Z_G}, every plan's soft score with the rule's term is at most its soft score plus
 * {@code Σ_G λ_G·(Z_G − N_G·r)}. {@code Z_G} and {@code N_G} are sums over the group's placed households (or their
 * parts, {@code Groepsindeling#delen}: the adults of each sex under {@code geslacht_volwassenen}), so that
 * is the transportation relaxation with each pair valued at {@code (1 + λ_G)·z(h, g) − λ_G·r·n(h)}
 * ({@link TransportModel#metGroepprijzen}) plus the constant of the fixed households: the same auction and the same
 * dual ({@link Relaxation#duaal}) bound it, for any prices. The prices are chosen by projected subgradient steps
 * (the subgradient of group G is {@code Z_G − N_G·r} of the relaxation's fractional plan at λ), with the step
 * halved and taken again from the best prices when a step does not lower the bound; the least bound over every
 * λ tried is kept. At λ = 0 it is the relaxation's bound without the rule. Immutable.
 */
public final class Groepgrens {

    /** Auctions at most per search (the first at λ = 0). */
    public static final int STAPPEN = 30;

    private final TransportModel model;
    private final long gewicht;
    private final long referentie;
    private final Map<String, long[]> vast;
    /** Per auction: {penalty M per unplaced person, dual value at λ and M plus the fixed households' constant}. */
    private final List<double[]> grenzen;
    private final Map<String, Double> prijzen;

    private Groepgrens(TransportModel model, long gewicht, long referentie, Map<String, long[]> vast,
            List<double[]> grenzen, Map<String, Double> prijzen) {
        this.model = model;
        this.gewicht = gewicht;
        this.referentie = referentie;
        this.vast = vast;
        this.grenzen = List.copyOf(grenzen);
        this.prijzen = Collections.unmodifiableMap(new TreeMap<>(prijzen));
    }

    /**
     * The bound for the free households of {@code model} (a model without group prices) under the rule with weight
     * {@code gewicht} and reference {@code referentie}; {@code vast} holds per group the {soft points, persons} of
     * the households the model does not decide. Unplaced persons at the lexicographic penalty
     * ({@link PriceAuction#ONGEPLAATST}): tight for plans leaving as many unplaced as the relaxation. At most
     * {@code stappen} auctions, fewer when {@code stop} says so (the bound holds with whatever was tried;
     * deterministic when {@code stop} never fires).
     */
    public static Groepgrens van(TransportModel model, long gewicht, long referentie, Map<String, long[]> vast,
            int stappen, BooleanSupplier stop) {
        Groepgrens leeg = new Groepgrens(model, gewicht, referentie, vast, List.of(), Map.of());
        return leeg.zoek(-1, PriceAuction.ONGEPLAATST, stappen, stop);
    }

    /**
     * This bound with a search for plans leaving at most {@code ongeplaatstePersonen} free persons unplaced: unplaced
     * persons at the penalty {@code straf} (for u ≤ U, {@code −M·u ≥ −M·U}, so the dual plus M·U bounds them; the
     * caller passes the penalty bound's best M for U), the group prices stepped again from the best found so far.
     * (Stepping M together with λ was tried: a step that moved both the wrong way halved both, and on eindhoven-25 at
     * weight 100 the prices never left 0.)
     */
    public Groepgrens verfijnd(long ongeplaatstePersonen, double straf, int stappen, BooleanSupplier stop) {
        return zoek(ongeplaatstePersonen, straf, stappen, stop);
    }

    /** The subgradient search on the group prices, unplaced persons at {@code straf}; {@code u} < 0: for any U. */
    private Groepgrens zoek(long u, double straf, int stappen, BooleanSupplier stop) {
        TreeMap<String, Integer> index = new TreeMap<>();
        vast.keySet().forEach(g -> index.putIfAbsent(g, 0));
        for (int i = 0; i < model.huishoudens(); i++) {
            for (Groepsdeel d : model.huishouden(i).getGroepsdelen()) {
                index.putIfAbsent(d.groep(), 0);
            }
        }
        List<String> groepen = new ArrayList<>(index.keySet());
        for (int j = 0; j < groepen.size(); j++) {
            index.put(groepen.get(j), j);
        }
        int nG = groepen.size();
        // per household its group (the whole household) or −1; a household counted by parts has them in delen
        int[] groepVan = new int[model.huishoudens()];
        List<List<Groepsdeel>> delen = new ArrayList<>(groepVan.length);
        for (int i = 0; i < groepVan.length; i++) {
            List<Groepsdeel> d = model.huishouden(i).getGroepsdelen();
            boolean heel = d.size() == 1 && model.isHeel(i, d.get(0));
            groepVan[i] = heel ? index.get(d.get(0).groep()) : -1;
            delen.add(heel ? List.of() : d);
        }
        // per group: Z − N·r of its fixed households, the constant term's coefficient
        double[] vastTekort = new double[nG];
        for (int j = 0; j < nG; j++) {
            long[] v = vast.get(groepen.get(j));
            vastTekort[j] = v == null ? 0 : v[0] - (double) v[1] * referentie;
        }
        double w = gewicht;
        List<double[]> meer = new ArrayList<>(grenzen);
        double[] lambda = new double[nG];
        for (int j = 0; j < nG; j++) {
            lambda[j] = prijzen.getOrDefault(groepen.get(j), 0.0); // from the best prices so far (none: 0)
        }
        double[] beste = null;
        double[] besteSub = null;
        double besteWaarde = Double.POSITIVE_INFINITY;
        double stap = prijzen.isEmpty() ? w / 2 : w / 8; // a refinement starts near its prices
        for (int s = 0; s < stappen && (s == 0 || !stop.getAsBoolean()); s++) {
            Map<String, Double> prijs = new TreeMap<>();
            double constante = 0;
            for (int j = 0; j < nG; j++) {
                prijs.put(groepen.get(j), lambda[j]);
                constante += lambda[j] * vastTekort[j];
            }
            TransportModel m = model.metGroepprijzen(prijs, referentie);
            Relaxation r = PriceAuction.standaard(m, straf).solve(m);
            meer.add(new double[] {straf, r.duaal() + constante});
            meer.add(new double[] {0, Relaxation.duaal(m, r.prijzen(), 0) + constante});
            // the subgradient: Z_G − N_G·r of the relaxation's (fractional) plan, fixed households included
            double[] sub = vastTekort.clone();
            for (int i = 0; i < m.huishoudens(); i++) {
                int n = m.personen(i);
                for (int k = 0; k < m.toegestaan(i).length; k++) {
                    int aantal = r.aantal(i, k);
                    if (aantal > 0 && groepVan[i] >= 0) {
                        sub[groepVan[i]] += aantal * ((double) m.zacht(i, k) / n - referentie);
                    } else if (aantal > 0) {
                        // a fraction aantal / n of the household: of each part's points and persons
                        for (Groepsdeel d : delen.get(i)) {
                            sub[index.get(d.groep())] += aantal
                                    * ((double) d.zacht(m.toegestaan(i)[k]) - (double) referentie * d.personen()) / n;
                        }
                    }
                }
            }
            double waarde = r.duaal() + constante;
            if (waarde < besteWaarde) {
                besteWaarde = waarde;
                beste = lambda.clone();
                besteSub = sub;
            } else {
                stap /= 2; // no better: a shorter step from the best prices
            }
            double norm = 0;
            for (double g : besteSub) {
                norm = Math.max(norm, Math.abs(g));
            }
            boolean beweegt = false;
            for (int j = 0; j < nG && norm > 0; j++) {
                // a group short of the floor (negative subgradient) gets a higher price
                lambda[j] = Math.max(0, Math.min(w, beste[j] - stap * besteSub[j] / norm));
                beweegt |= lambda[j] != beste[j];
            }
            if (!beweegt || stap < 1e-4 * w) {
                break; // every multiplier at a limit where its subgradient points out, or the steps no longer move
            }
        }
        Map<String, Double> p = new TreeMap<>(prijzen);
        for (int j = 0; j < nG && beste != null && (u < 0 || prijzen.isEmpty()); j++) {
            p.put(groepen.get(j), beste[j]);
        }
        return new Groepgrens(model, gewicht, referentie, vast, meer, p);
    }

    /**
     * A proven upper bound, over every plan that leaves at most {@code ongeplaatstePersonen} free persons unplaced,
     * of its soft score with the rule's term minus the soft score of the fixed households (which the caller adds, as
     * for {@link Relaxation#bovengrens}); {@link Long#MAX_VALUE} when no auction ran.
     */
    public long bovengrens(long ongeplaatstePersonen) {
        double b = Double.POSITIVE_INFINITY;
        for (double[] g : grenzen) {
            b = Math.min(b, g[1] + g[0] * ongeplaatstePersonen);
        }
        return b == Double.POSITIVE_INFINITY ? Long.MAX_VALUE : Relaxation.naarBeneden(b);
    }

    /** The group prices λ_G of the least bound found (with unplaced persons at the lexicographic penalty). */
    public Map<String, Double> prijzen() { return prijzen; }

    /** Auctions solved. */
    public int stappen() { return grenzen.size() / 2; }
}
