package nl.kansrijk.benchmarks.exact;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import nl.kansrijk.model.Bestemming;
import nl.kansrijk.model.Koppelplan;
import nl.kansrijk.model.Plaatsingseenheid;
import nl.kansrijk.rules.Bijdragen;
import nl.kansrijk.rules.Gewichten;
import nl.kansrijk.rules.Regel;
import nl.kansrijk.rules.Regels;
import nl.kansrijk.solve.PlanContext;

/**
 * The engine's problem as an integer program, for every rule but {@code groepsgelijkheid}: a binary
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
 * <p>Immutable after construction; every {@link #solve} builds its own solver model, so one instance may be
 * solved from several threads.
 */
public final class ExactModel {

    private final PlanContext ctx;
    private final List<Bestemming> bestemmingen;
    /** Households the model decides: not pinned and at least one allowed gemeente. */
    private final List<Plaatsingseenheid> vrij;
    private final Map<String, Integer> vrijIndex;
    /** Per free household: the indices (in {@link #bestemmingen}) of its allowed gemeenten. */
    private final int[][] toegestaan;
    /** Per free household and allowed gemeente: the soft score the household adds there. */
    private final long[][] zacht;
    /** Per free household: the medium score it adds when unplaced (≤ 0). */
    private final long[] nietGeplaatst;
    /**
     * Per gemeente: at most the persons the free households may bring (the largest allowed load, with every bound
     * household there, minus the pinned load); exact when no nareiziger needs room beyond the capacity.
     */
    private final long[] ruimte;
    /** Per gemeente: the pinned persons. */
    private final long[] vasteLast;
    /** Score of everything the model does not decide: pinned households and those no gemeente allows. */
    private final HardMediumSoftScore constant;
    /** Weight of {@code balans} (0: the model is linear and has no cost variables). */
    private final long balansGewicht;
    /**
     * Per gemeente: the points of the lower convex hull of {@code balans} over its possible loads, as pairs
     * {load, f(load)} in increasing load (one point when its load cannot change); empty when {@code balans} is off.
     */
    private final long[][][] balansRomp;
    /** Points (gemeente, integer load) where {@code balans} lies above its convex hull, and the largest excess. */
    private final long balansBuiten;
    private final double balansMaxAfwijking;

    /**
     * Builds the model from a prepared problem. The configuration must have the {@code groepsgelijkheid} weight at
     * 0 (a term over groups the model does not cover); the engine must then be run with the same configuration for
     * comparisons.
     */
    public ExactModel(PlanContext ctx) {
        Gewichten gewichten = ctx.config().gewichten();
        if (gewichten.get(Regel.GROEPSGELIJKHEID) != 0) {
            throw new IllegalArgumentException("the exact model does not cover groepsgelijkheid: set the weight of "
                    + Regel.GROEPSGELIJKHEID.id() + " to 0");
        }
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
                long[][] romp = romp(b, lo, hi);
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

    /** The lower convex hull of the points (k, {@link Regels#balans}(b, k)) for k = lo…hi (Andrew's monotone chain). */
    private static long[][] romp(Bestemming b, long lo, long hi) {
        List<long[]> h = new ArrayList<>();
        for (long k = lo; k <= hi; k++) {
            long[] p = {k, Regels.balans(b, k)};
            while (h.size() >= 2) {
                long[] a = h.get(h.size() - 2), m = h.get(h.size() - 1);
                // drop m when it does not lie strictly below the segment a–p (cross product ≤ 0: not a left turn)
                if ((m[0] - a[0]) * (p[1] - a[1]) - (m[1] - a[1]) * (p[0] - a[0]) <= 0) {
                    h.remove(h.size() - 1);
                } else {
                    break;
                }
            }
            h.add(p);
        }
        return h.toArray(long[][]::new);
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
        for (int i = 0; i < vrij.size(); i++) {
            int k = positie(i, koppelingen.get(vrij.get(i).getId()));
            if (k < 0) {
                medium += nietGeplaatst[i];
            } else {
                soft += zacht[i][k];
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
    private int familie(int i) {
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
    private boolean gebonden(int i, int g) {
        return vrij.get(i).getProfiel().nareizigerIndex() == g;
    }

    /** Position of the gemeente in household i's allowed list, −1 for unplaced. */
    private int positie(int i, String code) {
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
        if (balansGewicht != 0) {
            throw new IllegalStateException("the Lagrangian bound covers the linear rules only (balans 0)");
        }
        int nG = bestemmingen.size();
        double[] lambda = new double[nG];
        double[] last = new double[nG];
        double beste = Double.POSITIVE_INFINITY;
        double doel = ondergrens - constant.softScore();
        double theta = 2.0;
        int zonderVerbetering = 0;
        for (int stap = 0; stap < stappen; stap++) {
            java.util.Arrays.fill(last, 0);
            double waarde = 0;
            for (int g = 0; g < nG; g++) {
                waarde += lambda[g] * ruimte[g];
            }
            for (int i = 0; i < vrij.size(); i++) {
                double p = vrij.get(i).getPersonen();
                double max = Double.NEGATIVE_INFINITY;
                int arg = -1;
                for (int k = 0; k < toegestaan[i].length; k++) {
                    double v = zacht[i][k] - lambda[toegestaan[i][k]] * p;
                    if (v > max) {
                        max = v;
                        arg = toegestaan[i][k];
                    }
                }
                waarde += max;
                last[arg] += p;
            }
            if (waarde < beste - 1e-9) {
                beste = waarde;
                zonderVerbetering = 0;
            } else if (++zonderVerbetering >= 20) {
                theta /= 2;
                zonderVerbetering = 0;
            }
            double norm = 0;
            double[] sub = new double[nG];
            for (int g = 0; g < nG; g++) {
                sub[g] = ruimte[g] - last[g];
                if (lambda[g] <= 0 && sub[g] > 0) {
                    sub[g] = 0; // projected: λ_g stays at 0
                }
                norm += sub[g] * sub[g];
            }
            if (norm == 0) {
                break; // the relaxed optimum is feasible: the bound is exact
            }
            double stapgrootte = theta * Math.max(1.0, waarde - doel) / norm;
            for (int g = 0; g < nG; g++) {
                lambda[g] = Math.max(0, lambda[g] - stapgrootte * sub[g]);
            }
        }
        return constant.softScore() + (long) Math.floor(beste + 1e-6);
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
        Loader.loadNativeLibraries();
        long t0 = System.nanoTime();
        MPSolver solver = MPSolver.createSolver(solverId);
        if (solver == null) {
            throw new IllegalArgumentException("OR-Tools solver " + solverId + " is not available");
        }
        solver.setNumThreads(threads);
        if (Boolean.getBoolean("kansrijk.exact.log")) {
            solver.enableOutput();
        }
        int n = vrij.size();
        MPVariable[][] x = new MPVariable[n][];
        MPVariable[] u = new MPVariable[n];
        // Capacity per gemeente g: pinned P + bound (nareiziger) NB + other O persons ≤ max(cap, P + NB), that is
        // P + NB + O ≤ cap, or O = 0 (room beyond the capacity exists only for bound households). Linear when the
        // bound persons can never exceed the capacity; else with a binary z_g choosing the second case:
        // P + NB + O ≤ cap + M·z_g and O ≤ maxO·(1 − z_g).
        long[] maxGebonden = new long[bestemmingen.size()];
        long[] maxOverig = new long[bestemmingen.size()];
        for (int i = 0; i < vrij.size(); i++) {
            for (int g : toegestaan[i]) {
                (gebonden(i, g) ? maxGebonden : maxOverig)[g] += vrij.get(i).getPersonen();
            }
        }
        MPConstraint[] capaciteit = new MPConstraint[bestemmingen.size()];
        MPConstraint[] alleenGebonden = new MPConstraint[bestemmingen.size()];
        for (Bestemming b : bestemmingen) {
            int g = b.index();
            long cap = b.capaciteit() - vasteLast[g];
            capaciteit[g] = solver.makeConstraint(-MPSolver.infinity(), cap);
            if (vasteLast[g] + maxGebonden[g] > b.capaciteit() && maxOverig[g] > 0) {
                MPVariable z = solver.makeBoolVar("");
                capaciteit[g].setCoefficient(z, -(maxGebonden[g] + maxOverig[g] - Math.min(cap, 0)));
                alleenGebonden[g] = solver.makeConstraint(-MPSolver.infinity(), maxOverig[g]);
                alleenGebonden[g].setCoefficient(z, maxOverig[g]);
            } else if (vasteLast[g] + maxGebonden[g] > b.capaciteit()) {
                capaciteit[g].setBounds(-MPSolver.infinity(), Math.max(cap, maxGebonden[g]));
            }
        }
        List<MPVariable> hintVars = new ArrayList<>();
        List<Double> hintWaarden = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int gekozen = positie(i, start.get(vrij.get(i).getId()));
            double personen = vrij.get(i).getPersonen();
            // Exactly one of: household i in one of its allowed gemeenten, or unplaced (u[i]).
            MPConstraint preciesEen = solver.makeConstraint(1, 1);
            x[i] = new MPVariable[toegestaan[i].length];
            for (int k = 0; k <= x[i].length; k++) {
                MPVariable v = solver.makeBoolVar("");
                preciesEen.setCoefficient(v, 1);
                if (k < x[i].length) {
                    x[i][k] = v;
                    int g = toegestaan[i][k];
                    capaciteit[g].setCoefficient(v, personen);
                    if (alleenGebonden[g] != null && !gebonden(i, g)) {
                        alleenGebonden[g].setCoefficient(v, personen);
                    }
                } else {
                    u[i] = v;
                }
                boolean waarde = k == x[i].length ? gekozen < 0 : k == gekozen;
                if (fixeer) {
                    v.setBounds(waarde ? 1 : 0, waarde ? 1 : 0);
                } else if (!start.isEmpty()) {
                    hintVars.add(v);
                    hintWaarden.add(waarde ? 1.0 : 0.0);
                }
            }
        }
        // balans: the free load V_g = Σ n·x (one equality per gemeente) and a cost c_g ≥ every edge of the convex hull
        // of the rule over the gemeente's loads L_g = pinned + V_g: c_g − helling · V_g ≥ f(k) + helling · (pinned − k)
        MPVariable[] kosten = new MPVariable[balansRomp.length];
        MPVariable[] vrijeLast = new MPVariable[balansRomp.length];
        MPConstraint[] lastDef = new MPConstraint[balansRomp.length];
        for (int g = 0; g < balansRomp.length; g++) {
            kosten[g] = solver.makeNumVar(0, MPSolver.infinity(), "");
            vrijeLast[g] = solver.makeNumVar(0, MPSolver.infinity(), "");
            lastDef[g] = solver.makeConstraint(0, 0);
            lastDef[g].setCoefficient(vrijeLast[g], -1);
            long[][] romp = balansRomp[g];
            if (romp.length == 1) {
                solver.makeConstraint(romp[0][1], MPSolver.infinity()).setCoefficient(kosten[g], 1);
            }
            for (int r = 0; r + 1 < romp.length; r++) {
                double helling = (double) (romp[r + 1][1] - romp[r][1]) / (romp[r + 1][0] - romp[r][0]);
                MPConstraint rand = solver.makeConstraint(romp[r][1] + helling * (vasteLast[g] - romp[r][0]), MPSolver.infinity());
                rand.setCoefficient(kosten[g], 1);
                rand.setCoefficient(vrijeLast[g], -helling);
            }
        }
        if (balansRomp.length > 0) {
            for (int i = 0; i < n; i++) {
                for (int k = 0; k < x[i].length; k++) {
                    lastDef[toegestaan[i][k]].setCoefficient(x[i][k], vrij.get(i).getPersonen());
                }
            }
        }
        // voorrang-gebonden: nareiziger i unplaced (u_i = 1) only when no free household is in its family's gemeente g:
        // Σ_j x[j,g] + N_g·u_i ≤ N_g over the N_g free households j that may go to g
        for (int i = 0; i < n; i++) {
            int g = familie(i);
            if (g < 0) {
                continue;
            }
            List<MPVariable> vrijeInG = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                for (int k = 0; k < x[j].length; k++) {
                    if (toegestaan[j][k] == g && !gebonden(j, g)) {
                        vrijeInG.add(x[j][k]);
                    }
                }
            }
            if (!vrijeInG.isEmpty()) {
                MPConstraint voorrang = solver.makeConstraint(-MPSolver.infinity(), vrijeInG.size());
                vrijeInG.forEach(v -> voorrang.setCoefficient(v, 1));
                voorrang.setCoefficient(u[i], vrijeInG.size());
            }
        }
        // Stage 1: the best medium score (fewest persons unplaced), with the objective on u only.
        MPObjective objective = solver.objective();
        for (int i = 0; i < n; i++) {
            objective.setCoefficient(u[i], nietGeplaatst[i]);
        }
        objective.setMaximization();
        Stage s1 = run(solver, x, u, limiet, hintVars, hintWaarden);
        if (s1 == null) {
            return new ExactSolution(null, Long.MIN_VALUE, Long.MIN_VALUE, false, Map.of(),
                    Duration.ofNanos(System.nanoTime() - t0), n, variabelen(), "geen oplossing in de medium-fase");
        }
        // Stage 2: with the medium score held at its best found value, the best soft score.
        MPConstraint medium = solver.makeConstraint(s1.objective, MPSolver.infinity());
        objective.clear();
        for (int i = 0; i < n; i++) {
            medium.setCoefficient(u[i], nietGeplaatst[i]);
            for (int k = 0; k < x[i].length; k++) {
                objective.setCoefficient(x[i][k], zacht[i][k]);
            }
        }
        for (MPVariable c : kosten) {
            objective.setCoefficient(c, -balansGewicht);
        }
        objective.setMaximization();
        hintVars.clear();
        hintWaarden.clear();
        for (int i = 0; i < n; i++) {
            for (int k = 0; k <= x[i].length; k++) {
                hintVars.add(k < x[i].length ? x[i][k] : u[i]);
                hintWaarden.add(s1.waarden[i] == (k < x[i].length ? k : -1) ? 1.0 : 0.0);
            }
        }
        Duration rest = limiet.minusNanos(System.nanoTime() - t0);
        if (rest.compareTo(limiet.dividedBy(10)) < 0) {
            rest = limiet.dividedBy(10);
        }
        Stage s2 = run(solver, x, u, rest, hintVars, hintWaarden);
        if (s2 == null) {
            throw new IllegalStateException(solverId + " lost the medium stage's solution in the soft stage");
        }
        Map<String, String> koppelingen = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            int k = s2.waarden[i];
            if (k >= 0) {
                koppelingen.put(vrij.get(i).getId(), bestemmingen.get(toegestaan[i][k]).code());
            }
        }
        // with balans the model's value is the hull's (a point above the rule where rounding bends it): score exactly
        HardMediumSoftScore score = balansGewicht == 0 ? constant.add(HardMediumSoftScore.of(0, s1.objective, s2.objective))
                : score(koppelingen);
        boolean optimaal = s1.optimaal && s2.optimaal;
        return new ExactSolution(score, constant.mediumScore() + s1.bound, constant.softScore() + s2.bound, optimaal,
                koppelingen, Duration.ofNanos(System.nanoTime() - t0), n, variabelen(),
                s1.status + "/" + s2.status);
    }

    private record Stage(String status, boolean optimaal, long objective, long bound, int[] waarden) {
    }

    private static Stage run(MPSolver solver, MPVariable[][] x, MPVariable[] u, Duration limiet,
            List<MPVariable> hintVars, List<Double> hintWaarden) {
        if (!hintVars.isEmpty()) {
            solver.setHint(hintVars.toArray(MPVariable[]::new), hintWaarden.stream().mapToDouble(Double::doubleValue).toArray());
        }
        solver.setTimeLimit(Math.max(100, limiet.toMillis()));
        MPSolver.ResultStatus status = solver.solve();
        if (status != MPSolver.ResultStatus.OPTIMAL && status != MPSolver.ResultStatus.FEASIBLE) {
            return null;
        }
        int[] waarden = new int[x.length];
        for (int i = 0; i < x.length; i++) {
            waarden[i] = -1;
            for (int k = 0; k < x[i].length; k++) {
                if (x[i][k].solutionValue() > 0.5) {
                    waarden[i] = k;
                }
            }
        }
        long objective = Math.round(solver.objective().value());
        boolean optimaal = status == MPSolver.ResultStatus.OPTIMAL;
        long bound = optimaal ? objective : (long) Math.floor(solver.objective().bestBound() + 1e-6);
        return new Stage(status.name(), optimaal, objective, bound, waarden);
    }
}
