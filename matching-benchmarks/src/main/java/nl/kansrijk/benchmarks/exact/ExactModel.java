package nl.kansrijk.benchmarks.exact;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import nl.kansrijk.model.Bestemming;
import nl.kansrijk.model.Koppelplan;
import nl.kansrijk.model.Plaatsingseenheid;
import nl.kansrijk.rules.Bijdragen;
import nl.kansrijk.rules.Gewichten;
import nl.kansrijk.rules.Regel;
import nl.kansrijk.rules.Regels;
import nl.kansrijk.solve.PlanContext;

/**
 * The engine's problem as an integer program, for the rules that are linear (all but {@code balans}): a binary
 * x[h,g] for every household h and gemeente g that passes h's hard per-household rules (the entity's value
 * range, {@link Plaatsingseenheid#getToegestaan()}), at most one gemeente per household, and per gemeente the
 * persons placed plus the pinned ones within {@link Bestemming#toegestaneLast()}. The hard level is therefore 0
 * by construction; the objective is lexicographic, medium (persons left unplaced) before soft, solved in two
 * stages with OR-Tools CP-SAT: first the best medium score, then, with that fixed, the best soft score.
 * Every coefficient comes from {@link Bijdragen#vanHuishouden}, the same rule functions the engine scores with.
 *
 * <p>Immutable after construction; every {@link #solve} builds its own CP-SAT model, so one instance may be
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
    /** Per gemeente: persons the free households may still bring (allowed load minus pinned load). */
    private final long[] ruimte;
    /** Per gemeente: the pinned persons. */
    private final long[] vasteLast;
    /** Score of everything the model does not decide: pinned households and those no gemeente allows. */
    private final HardMediumSoftScore constant;

    /**
     * Builds the model from a prepared problem. The configuration must have the {@code balans} weight at 0
     * (the exact model is linear); the engine must then be run with the same configuration for comparisons.
     */
    public ExactModel(PlanContext ctx) {
        Gewichten gewichten = ctx.config().gewichten();
        if (gewichten.get(Regel.BALANS) != 0) {
            throw new IllegalArgumentException("the exact model covers the linear rules only: set the weight of "
                    + Regel.BALANS.id() + " to 0");
        }
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
        long medium = 0, soft = 0;
        for (int i = 0; i < vrij.size(); i++) {
            int k = positie(i, koppelingen.get(vrij.get(i).getId()));
            if (k < 0) {
                medium += nietGeplaatst[i];
            } else {
                soft += zacht[i][k];
                last[toegestaan[i][k]] += vrij.get(i).getPersonen();
            }
        }
        long hard = 0;
        long w = ctx.config().gewichten().get(Regel.TAAKSTELLING);
        for (Bestemming b : bestemmingen) {
            hard -= w * Regels.taakstelling(b, last[b.index()]);
        }
        return constant.add(HardMediumSoftScore.of(hard, medium, soft));
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
     * Solves the model with CP-SAT within {@code limiet} in all (the medium stage may use all of it; the soft
     * stage gets what is left, at least a tenth).
     *
     * @param workers CP-SAT search workers (threads)
     * @param hint a starting assignment (for example the engine's plan), or an empty map
     */
    public ExactSolution solve(Duration limiet, int workers, Map<String, String> hint) {
        return solve(limiet, workers, hint, false);
    }

    /**
     * Solves the model with every variable fixed to {@code koppelingen}: the score CP-SAT reports for exactly
     * that assignment. Used to check that the engine and this model score the same plan the same.
     */
    public ExactSolution evaluate(Map<String, String> koppelingen) {
        return solve(Duration.ofSeconds(30), 1, koppelingen, true);
    }

    private ExactSolution solve(Duration limiet, int workers, Map<String, String> start, boolean fixeer) {
        Loader.loadNativeLibraries();
        long t0 = System.nanoTime();
        CpModel model = new CpModel();
        BoolVar[][] x = new BoolVar[vrij.size()][];
        List<List<BoolVar>> perGemeente = new ArrayList<>();
        List<List<Long>> personenPerGemeente = new ArrayList<>();
        for (int g = 0; g < bestemmingen.size(); g++) {
            perGemeente.add(new ArrayList<>());
            personenPerGemeente.add(new ArrayList<>());
        }
        LinearExprBuilder geplaatst = LinearExpr.newBuilder();
        LinearExprBuilder soft = LinearExpr.newBuilder();
        for (int i = 0; i < vrij.size(); i++) {
            x[i] = new BoolVar[toegestaan[i].length];
            int gekozen = positie(i, start.get(vrij.get(i).getId()));
            long personen = vrij.get(i).getPersonen();
            for (int k = 0; k < x[i].length; k++) {
                BoolVar v = model.newBoolVar("");
                x[i][k] = v;
                perGemeente.get(toegestaan[i][k]).add(v);
                personenPerGemeente.get(toegestaan[i][k]).add(personen);
                geplaatst.addTerm(v, -nietGeplaatst[i]);
                soft.addTerm(v, zacht[i][k]);
                if (fixeer) {
                    model.addEquality(v, k == gekozen ? 1 : 0);
                } else if (gekozen >= 0) {
                    model.addHint(v, k == gekozen);
                }
            }
            model.addAtMostOne(x[i]);
        }
        for (int g = 0; g < bestemmingen.size(); g++) {
            List<BoolVar> vars = perGemeente.get(g);
            if (vars.isEmpty()) {
                continue;
            }
            long[] coef = personenPerGemeente.get(g).stream().mapToLong(Long::longValue).toArray();
            model.addLessOrEqual(LinearExpr.weightedSum(vars.toArray(BoolVar[]::new), coef), ruimte[g]);
        }
        long mediumBasis = constant.mediumScore();
        for (long m : nietGeplaatst) {
            mediumBasis += m;
        }
        // Stage 1: the best medium score (fewest persons unplaced).
        model.maximize(geplaatst);
        Stage s1 = run(model, x, limiet, workers, null);
        if (s1.status != CpSolverStatus.OPTIMAL && s1.status != CpSolverStatus.FEASIBLE) {
            return new ExactSolution(null, Long.MIN_VALUE, Long.MIN_VALUE, false, Map.of(),
                    Duration.ofNanos(System.nanoTime() - t0), 0, variabelen(), s1.status.name());
        }
        long mediumWaarde = mediumBasis + s1.objective;
        long mediumGrens = mediumBasis + s1.bound;
        // Stage 2: with the medium score held at its best found value, the best soft score.
        model.addGreaterOrEqual(geplaatst, s1.objective);
        model.clearObjective();
        model.clearHints();
        for (int i = 0; i < x.length; i++) {
            for (int k = 0; k < x[i].length; k++) {
                model.addHint(x[i][k], s1.waarden[i] == k);
            }
        }
        model.maximize(soft);
        Duration rest = limiet.minusNanos(System.nanoTime() - t0);
        if (rest.compareTo(limiet.dividedBy(10)) < 0) {
            rest = limiet.dividedBy(10);
        }
        Stage s2 = run(model, x, rest, workers, s1.waarden);
        Map<String, String> koppelingen = new LinkedHashMap<>();
        for (int i = 0; i < vrij.size(); i++) {
            int k = s2.waarden[i];
            if (k >= 0) {
                koppelingen.put(vrij.get(i).getId(), bestemmingen.get(toegestaan[i][k]).code());
            }
        }
        HardMediumSoftScore score = constant.add(HardMediumSoftScore.of(0, mediumWaarde - constant.mediumScore(), s2.objective));
        boolean optimaal = s1.status == CpSolverStatus.OPTIMAL && s2.status == CpSolverStatus.OPTIMAL;
        return new ExactSolution(score, mediumGrens, constant.softScore() + s2.bound, optimaal, koppelingen,
                Duration.ofNanos(System.nanoTime() - t0), vrij.size(), variabelen(), s1.status + "/" + s2.status);
    }

    private record Stage(CpSolverStatus status, long objective, long bound, int[] waarden) {
    }

    private Stage run(CpModel model, BoolVar[][] x, Duration limiet, int workers, int[] terugval) {
        CpSolver solver = new CpSolver();
        solver.getParameters().setMaxTimeInSeconds(Math.max(0.1, limiet.toNanos() / 1e9));
        solver.getParameters().setNumWorkers(workers);
        solver.getParameters().setRandomSeed(0);
        CpSolverStatus status = solver.solve(model);
        if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
            if (terugval == null) {
                return new Stage(status, 0, 0, null);
            }
            throw new IllegalStateException("CP-SAT found no solution in the soft stage although the medium stage did: " + status);
        }
        int[] waarden = new int[x.length];
        for (int i = 0; i < x.length; i++) {
            waarden[i] = -1;
            for (int k = 0; k < x[i].length; k++) {
                if (solver.booleanValue(x[i][k])) {
                    waarden[i] = k;
                }
            }
        }
        return new Stage(status, Math.round(solver.objectiveValue()), (long) Math.floor(solver.bestObjectiveBound() + 1e-6), waarden);
    }
}
