package nl.kansrijk.benchmarks.exact;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import nl.kansrijk.model.Bestemming;
import nl.kansrijk.model.Koppelplan;
import nl.kansrijk.model.Plaatsingseenheid;
import nl.kansrijk.rules.Bijdragen;
import nl.kansrijk.rules.Gewichten;
import nl.kansrijk.rules.Regel;
import nl.kansrijk.rules.Regels;
import nl.kansrijk.solve.PlanContext;

/**
 * The engine's problem as an integer program, for every rule: a binary
 * x[h,g] for every household h and gemeente g that passes h's hard per-household rules (the entity's value
 * range, {@link Plaatsingseenheid#getToegestaan()}), at most one gemeente per household, and per gemeente the
 * persons placed plus the pinned ones within {@link Bestemming#toegestaneLast()}. The hard level is therefore 0
 * by construction; the objective is lexicographic, medium (persons left unplaced) before soft, solved in two
 * stages with an OR-Tools MIP solver (SCIP by default): first the best medium score, then, with that held, the
 * best soft score.
 * Every coefficient comes from {@link Bijdragen#vanHuishouden} and {@link Regels#balans}, the same rule functions the
 * engine scores with.
 *
 * <p>{@code balans} (when its weight is not 0) is a continuous cost c_g per gemeente, held above every edge of the
 * lower convex hull of the points (k, f(k)) over the gemeente's possible loads k, f = {@link Regels#balans}:
 * {@code c_g ≥ f(k) + (f(k') − f(k))/(k' − k) · (L_g − k)} for consecutive hull points k < k'. As f is convex
 * (100·s²/opgave) the hull passes through every point and this is exactly f at integer loads — except where rounding
 * f to whole points bends it the other way by a point (possible only where opgave > 100, so that the exact increments
 * grow by less than 2 per person): there the hull lies below f by less than a point, the model's soft value is an
 * overestimate and its dual bound stays a proven bound of the true optimum. The plan's score is always recomputed
 * exactly ({@link #score}); {@link #balansAfwijking()} counts those points.
 *
 * <p>{@code groepsgelijkheid} (when its weight w is not 0) is linear with its reference r fixed, as in the core's
 * exact path ({@code Groepsterm}): per group G a continuous shortfall s_G ≥ 0 with
 * {@code s_G + Σ (z(h,g) − n(h)·r)·x[h,g] ≥ N_G^vast·r − Z_G^vast} over the group's free households (pinned ones as
 * constants), at −w in the soft objective; at the optimum {@code s_G = max(0, N_G·r − Z_G)}, the rule's term. z is
 * {@link Bijdragen#zacht}, the table the constraint sums. {@link #lagrangeGrens} does not model the term: its bound
 * is the one without the rule, still valid (the term is never positive).
 *
 * <p>Immutable after construction; every {@link #solve} builds its own solver model, so one instance may be
 * solved from several threads.
 */
public final class ExactModel {

    final PlanContext ctx;
    final List<Bestemming> bestemmingen;
    /** Households the model decides: not pinned and at least one allowed gemeente. */
    final List<Plaatsingseenheid> vrij;
    private final Map<String, Integer> vrijIndex;
    /** Per free household: the indices (in {@link #bestemmingen}) of its allowed gemeenten. */
    final int[][] toegestaan;
    /** Per free household and allowed gemeente: the soft score the household adds there. */
    final long[][] zacht;
    /** Per free household: the medium score it adds when unplaced (≤ 0). */
    final long[] nietGeplaatst;
    /**
     * Per gemeente: at most the persons the free households may bring (the largest allowed load, with every bound
     * household there, minus the pinned load); exact when no nareiziger needs room beyond the capacity.
     */
    final long[] ruimte;
    /** Per gemeente: the pinned persons. */
    final long[] vasteLast;
    /** Score of everything the model does not decide: pinned households and those no gemeente allows. */
    final HardMediumSoftScore constant;
    /** Weight of {@code balans} (0: the model is linear and has no cost variables). */
    final long balansGewicht;
    /**
     * Per gemeente: the points of the lower convex hull of {@code balans} over its possible loads, as pairs
     * {load, f(load)} in increasing load (one point when its load cannot change); empty when {@code balans} is off.
     */
    final long[][][] balansRomp;
    /** Points (gemeente, integer load) where {@code balans} lies above its convex hull, and the largest excess. */
    private final long balansBuiten;
    private final double balansMaxAfwijking;

    /** Weight of {@code groepsgelijkheid} (0: no group variables). */
    final long groepGewicht;
    /** The rule's fixed reference r (soft points per person), as the engine's households carry it. */
    final long groepReferentie;
    /** The groups, sorted; per free household the index of its group (−1: none). */
    final List<String> groepen;
    final int[] groepVan;
    /** Per free household and allowed gemeente: its soft points z(h, g) for the rule ({@link Bijdragen#zacht}). */
    final long[][] groepPunten;
    /** Per group: soft points and persons of its pinned households. */
    final long[] vastPunten;
    final long[] vastPersonen;

    /**
     * Builds the model from a prepared problem, under its configuration (the engine must be run with the same one
     * for comparisons).
     */
    public ExactModel(PlanContext ctx) {
        Gewichten gewichten = ctx.config().gewichten();
        this.groepGewicht = gewichten.get(Regel.GROEPSGELIJKHEID);
        this.groepReferentie = ctx.groepReferentie();
        this.balansGewicht = gewichten.get(Regel.BALANS);
        this.ctx = ctx;
        this.bestemmingen = ctx.bestemmingen();
        Koppelplan plan = ctx.nieuwPlan();
        this.vasteLast = new long[bestemmingen.size()];
        List<Plaatsingseenheid> free = new ArrayList<>();
        HardMediumSoftScore vast = HardMediumSoftScore.ZERO;
        for (Plaatsingseenheid p : plan.getEenheden()) {
            if (p.isVastgezet()) {
                vasteLast[p.getBestemming().index()] += p.getPersonen();
                vast = vast.add(Bijdragen.vanHuishouden(p, p.getBestemming(), gewichten).score());
            } else if (p.getToegestaan().isEmpty()) {
                vast = vast.add(Bijdragen.vanHuishouden(p, null, gewichten).score());
            } else {
                free.add(p);
            }
        }
        this.constant = vast;
        this.vrij = List.copyOf(free);
        this.vrijIndex = new HashMap<>();
        this.toegestaan = new int[vrij.size()][];
        this.zacht = new long[vrij.size()][];
        this.nietGeplaatst = new long[vrij.size()];
        for (int i = 0; i < vrij.size(); i++) {
            Plaatsingseenheid p = vrij.get(i);
            vrijIndex.put(p.getId(), i);
            List<Bestemming> allowed = p.getToegestaan();
            toegestaan[i] = new int[allowed.size()];
            zacht[i] = new long[allowed.size()];
            for (int k = 0; k < allowed.size(); k++) {
                Bestemming b = allowed.get(k);
                HardMediumSoftScore s = Bijdragen.vanHuishouden(p, b, gewichten).score();
                if (s.hardScore() != 0 || s.mediumScore() != 0) {
                    throw new IllegalStateException("allowed gemeente " + b.code() + " breaks a hard rule for " + p.getId());
                }
                toegestaan[i][k] = b.index();
                zacht[i][k] = s.softScore();
            }
            nietGeplaatst[i] = Bijdragen.vanHuishouden(p, null, gewichten).score().mediumScore();
        }
        // the group term: groups of the free and pinned households (a household no gemeente allows is never placed)
        java.util.TreeSet<String> namen = new java.util.TreeSet<>();
        if (groepGewicht != 0) {
            for (Plaatsingseenheid p : plan.getEenheden()) {
                if (p.getGroepsdelen().size() != 1 || p.getGroepsdelen().get(0).personen() != p.getPersonen()) {
                    // this benchmark model keeps one group per household; the engine's ExactSolver takes parts
                    throw new IllegalArgumentException("ExactModel groups whole households only, not "
                            + "geslacht_volwassenen (household " + p.getId() + ")");
                }
            }
            for (Plaatsingseenheid p : plan.getEenheden()) {
                if (p.getGroep() != null && (p.isVastgezet() || !p.getToegestaan().isEmpty())) {
                    namen.add(p.getGroep());
                }
            }
        }
        this.groepen = List.copyOf(namen);
        this.groepVan = new int[vrij.size()];
        this.groepPunten = new long[vrij.size()][];
        this.vastPunten = new long[groepen.size()];
        this.vastPersonen = new long[groepen.size()];
        for (int i = 0; i < vrij.size(); i++) {
            Plaatsingseenheid p = vrij.get(i);
            groepVan[i] = groepGewicht == 0 || p.getGroep() == null ? -1 : groepen.indexOf(p.getGroep());
            groepPunten[i] = new long[toegestaan[i].length];
            for (int k = 0; k < toegestaan[i].length && groepVan[i] >= 0; k++) {
                groepPunten[i][k] = Bijdragen.zacht(p, p.getToegestaan().get(k), gewichten);
            }
        }
        for (Plaatsingseenheid p : plan.getEenheden()) {
            if (groepGewicht != 0 && p.isVastgezet() && p.getGroep() != null) {
                int j = groepen.indexOf(p.getGroep());
                vastPunten[j] += Bijdragen.zacht(p, p.getBestemming(), gewichten);
                vastPersonen[j] += p.getPersonen();
            }
        }
        this.ruimte = new long[bestemmingen.size()];
        for (Bestemming b : bestemmingen) {
            ruimte[b.index()] = b.toegestaneLast() - vasteLast[b.index()];
        }
        this.balansRomp = new long[balansGewicht == 0 ? 0 : bestemmingen.size()][][];
        long buiten = 0;
        double afwijking = 0;
        if (balansGewicht != 0) {
            long[] gebonden = new long[bestemmingen.size()];
            long[] vrijPersonen = new long[bestemmingen.size()];
            for (int i = 0; i < vrij.size(); i++) {
                for (int g : toegestaan[i]) {
                    (gebonden(i, g) ? gebonden : vrijPersonen)[g] += vrij.get(i).getPersonen();
                }
            }
            for (Bestemming b : bestemmingen) {
                int g = b.index();
                long lo = vasteLast[g];
                // the largest load a plan without hard violations can give: the capacity, or all bound persons
                long hi = Math.min(lo + gebonden[g] + vrijPersonen[g], Math.max(lo, Math.max(b.capaciteit(), lo + gebonden[g])));
                long[][] romp = BalansRomp.van(b, lo, hi);
                balansRomp[g] = romp;
                int r = 0;
                for (long k = lo; k <= hi; k++) {
                    while (r + 1 < romp.length && romp[r + 1][0] <= k) {
                        r++;
                    }
                    double opRomp = r + 1 < romp.length
                            ? romp[r][1] + (double) (romp[r + 1][1] - romp[r][1]) * (k - romp[r][0]) / (romp[r + 1][0] - romp[r][0])
                            : romp[r][1];
                    double boven = Regels.balans(b, k) - opRomp;
                    if (boven > 1e-9) {
                        buiten++;
                        afwijking = Math.max(afwijking, boven);
                    }
                }
            }
        }
        this.balansBuiten = buiten;
        this.balansMaxAfwijking = afwijking;
    }


    /**
     * How far the {@code balans} cost the model sees is from the rule at integer loads: {@code [points, max]}, the
     * number of (gemeente, load) points where the rule, rounded to whole points, lies above its convex hull (so the
     * model's cost there is lower by up to {@code max} points), and the largest such difference. {@code [0, 0]} when
     * the rounded rule is convex everywhere, or {@code balans} is off.
     */
    public double[] balansAfwijking() {
        return new double[] {balansBuiten, balansMaxAfwijking};
    }

    /** Number of binary placement variables x[h,g]. */
    public long variabelen() {
        long n = 0;
        for (int[] t : toegestaan) {
            n += t.length;
        }
        return n;
    }

    /** Number of households the model decides (not pinned, at least one allowed gemeente). */
    public int vrijeHuishoudens() {
        return vrij.size();
    }

    /**
     * The model's score of an assignment (household id → gemeente code; absent: unplaced), from the model's own
     * coefficients. Capacity excess counts on the hard level as in the engine; a household placed outside its
     * allowed gemeenten is outside the model and rejected.
     */
    public HardMediumSoftScore score(Map<String, String> koppelingen) {
        long[] last = vasteLast.clone();
        long[] gebonden = vasteLast.clone();
        long medium = 0, soft = 0;
        long[] z = vastPunten.clone();
        long[] n = vastPersonen.clone();
        for (int i = 0; i < vrij.size(); i++) {
            int k = positie(i, koppelingen.get(vrij.get(i).getId()));
            if (k < 0) {
                medium += nietGeplaatst[i];
            } else {
                soft += zacht[i][k];
                if (groepVan[i] >= 0) {
                    z[groepVan[i]] += groepPunten[i][k];
                    n[groepVan[i]] += vrij.get(i).getPersonen();
                }
                int g = toegestaan[i][k];
                last[g] += vrij.get(i).getPersonen();
                if (gebonden(i, g)) {
                    gebonden[g] += vrij.get(i).getPersonen();
                }
            }
        }
        long hard = 0;
        long w = ctx.config().gewichten().get(Regel.TAAKSTELLING);
        for (Bestemming b : bestemmingen) {
            hard -= w * Regels.taakstelling(b, last[b.index()], gebonden[b.index()]);
            soft -= balansGewicht * Regels.balans(b, last[b.index()]);
        }
        for (int j = 0; j < groepen.size(); j++) {
            soft -= groepGewicht * Regels.groepsgelijkheid(groepReferentie, z[j], n[j]);
        }
        // voorrang-gebonden: a nareiziger left unplaced while free households hold room in its family's gemeente
        long wv = ctx.config().gewichten().get(Regel.VOORRANG_GEBONDEN);
        for (int i = 0; i < vrij.size(); i++) {
            int g = familie(i);
            if (g >= 0 && positie(i, koppelingen.get(vrij.get(i).getId())) < 0 && last[g] - gebonden[g] > 0) {
                hard -= wv * Regels.voorrangGebonden(vrij.get(i));
            }
        }
        return constant.add(HardMediumSoftScore.of(hard, medium, soft));
    }

    /** The family gemeente of free household i when it is a nareiziger allowed there, else −1. */
    int familie(int i) {
        int g = vrij.get(i).getProfiel().nareizigerIndex();
        if (g < 0) {
            return -1;
        }
        for (int t : toegestaan[i]) {
            if (t == g) {
                return g;
            }
        }
        return -1;
    }

    /** Whether free household i counts as bound in gemeente g (a nareiziger with its family), as in the engine. */
    boolean gebonden(int i, int g) {
        return vrij.get(i).getProfiel().nareizigerIndex() == g;
    }

    /** Position of the gemeente in household i's allowed list, −1 for unplaced. */
    int positie(int i, String code) {
        if (code == null) {
            return -1;
        }
        Bestemming b = ctx.bestemming(code);
        if (b != null) {
            int[] t = toegestaan[i];
            for (int k = 0; k < t.length; k++) {
                if (t[k] == b.index()) {
                    return k;
                }
            }
        }
        throw new IllegalArgumentException(vrij.get(i).getId() + " -> " + code + " is not an allowed koppeling");
    }

    /**
     * A proven upper bound on the soft score of every plan that places all free households (medium score at its
     * trivial best), by Lagrangian relaxation of the capacity constraints: for multipliers λ_g ≥ 0,
     * {@code L(λ) = Σ_g λ_g·ruimte_g + Σ_h max_g (soft[h,g] − λ_g·persons_h)} bounds the soft optimum, and
     * subgradient steps (Polyak, towards {@code ondergrens}) make it tight, close to the LP bound. Fast at any size
     * (each step is one pass over the variables). When some plan places everybody, this bounds the optimum.
     *
     * @param stappen subgradient steps
     * @param ondergrens the soft score of a known plan (steers the step size; does not affect validity)
     */
    public long lagrangeGrens(int stappen, long ondergrens) {
        return LagrangeGrens.van(this, stappen, ondergrens);
    }

    /**
     * Solves the model within {@code limiet} in all (the medium stage may use all of it; the soft stage gets what
     * is left, at least a tenth).
     *
     * @param solverId OR-Tools linear solver id: {@code "SCIP"} (default in the benchmarks), {@code "CP-SAT"}, …
     * @param threads solver threads
     * @param hint a starting assignment (for example the engine's plan), or an empty map
     */
    public ExactSolution solve(String solverId, Duration limiet, int threads, Map<String, String> hint) {
        return solve(solverId, limiet, threads, hint, false);
    }

    /**
     * Solves the model with every variable fixed to {@code koppelingen}: the score the MIP solver reports for
     * exactly that assignment. Used to check that the engine and this model score the same plan the same.
     */
    public ExactSolution evaluate(Map<String, String> koppelingen) {
        return solve("SCIP", Duration.ofSeconds(30), 1, koppelingen, true);
    }

    private ExactSolution solve(String solverId, Duration limiet, int threads, Map<String, String> start, boolean fixeer) {
        return new ExactMip(this).solve(solverId, limiet, threads, start, fixeer);
    }
}
