package nl.kansrijk.exact;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import com.google.ortools.linearsolver.MPVariable;
import nl.kansrijk.model.Groepsdeel;
import nl.kansrijk.relaxation.TransportModel;
import nl.kansrijk.rules.Regels;

/**
 * The exact path: a plan's free households as a mixed-integer program solved by HiGHS (through OR-Tools), which
 * proves the optimum where the plan is small enough (a region, a province). The program is the
 * {@link TransportModel} itself — a binary per household and allowed gemeente where it fits, at most one gemeente per
 * household, per gemeente the free persons within its room — and {@code balans} as the upper concave envelope of
 * the table of its score per load (exact where the table is concave; where rounding makes it non-concave by a point
 * the envelope lies above it, so the program's bound stays a valid bound, and the plan is scored exactly by the
 * table). Every coefficient is the one the rules give. Lexicographic as the score: first the fewest unplaced persons
 * (medium), then, with that held, the best soft score.
 *
 * <p>Measured on a region of 16 gemeenten and 400 households (3 % spare room): HiGHS proves the optimum in 1.7 s,
 * SCIP in 5.5 s, CP-SAT with one worker in 12 s; hence HiGHS (SCIP where a build lacks it).
 *
 * <p>One instance per solve; {@link #stop()} may be called from another thread to end it early. Without a time
 * limit a node limit ends it, so the same model gives the same result. Where the native library cannot load,
 * {@link #beschikbaar()} is false and the engine runs heuristically.
 */
public final class ExactSolver {

    /** The largest model tried: household–gemeente pairs that fit. */
    public static final long MAX_PAREN = 150_000;
    /** Branch-and-bound nodes per stage when no time limit applies (a repeatable, move-limited solve). */
    public static final long MAX_KNOPEN = 20_000;
    /** A gap this small (relative to the bound) counts as proven optimal: 0.01 %. */
    public static final double OPTIMAAL_GAT = 1e-4;

    private final TransportModel model;
    private final Groepsterm groepen;
    private volatile MPSolver actief;
    private volatile boolean gestopt;

    public ExactSolver(TransportModel model) {
        this(model, Groepsterm.GEEN);
    }

    /**
     * The exact path with the groepsgelijkheid rule in the program: per group a shortfall variable
     * {@code s_G ≥ N_G·r − Z_G}, {@code s_G ≥ 0}, at −weight in the soft objective ({@code N_G}, {@code Z_G} linear in
     * the binaries plus the group's fixed households); the result's soft score then includes the rule's term.
     */
    public ExactSolver(TransportModel model, Groepsterm groepen) {
        this.model = model;
        this.groepen = groepen;
    }

    /** Whether OR-Tools' native library loads on this machine and has a MIP solver (tried once per JVM). */
    public static boolean beschikbaar() {
        return Natief.MIP != null;
    }

    /** Loads the native library on first use; its outcome is a constant afterwards. */
    private static final class Natief {
        static final String MIP = laad();

        private static String laad() {
            try {
                Loader.loadNativeLibraries();
                for (String naam : new String[] {"HIGHS", "SCIP"}) {
                    MPSolver s = MPSolver.createSolver(naam);
                    if (s != null) {
                        s.delete();
                        return naam;
                    }
                }
                return null;
            } catch (Throwable t) { // UnsatisfiedLinkError, or no library for this platform in the jar
                return null;
            }
        }
    }

    /**
     * Pairs up to which the exact path takes the groepsgelijkheid rule in a solve without a time limit: the group
     * term weakens the program's LP bound, so a repeatable (node-limited) solve of a larger one can take minutes
     * where the same solve without the rule takes seconds (a 300-household national instance: 4 minutes).
     */
    public static final long MAX_PAREN_GROEPEN_ZONDER_TIJD = 30_000;

    /** Whether the model is small enough for the exact path. */
    public static boolean past(TransportModel m) {
        return m.huishoudens() > 0 && paren(m) <= MAX_PAREN;
    }

    /**
     * Whether the model is small enough for the exact path with this group term, in a solve with or without a time
     * limit ({@link #MAX_PAREN_GROEPEN_ZONDER_TIJD}).
     */
    public static boolean past(TransportModel m, Groepsterm groepen, boolean tijdslimiet) {
        long paren = paren(m);
        return m.huishoudens() > 0 && paren <= MAX_PAREN
                && (tijdslimiet || groepen.gewicht() == 0 || paren <= MAX_PAREN_GROEPEN_ZONDER_TIJD);
    }

    /** The household-gemeente pairs the program has a variable for (the gemeente has room for the household). */
    private static long paren(TransportModel m) {
        long paren = 0;
        for (int i = 0; i < m.huishoudens(); i++) {
            for (int g : m.toegestaan(i)) {
                if (m.ruimte(g) >= m.personen(i)) {
                    paren++;
                }
            }
        }
        return paren;
    }

    /** Ends a running {@link #los} as soon as the MIP solver notices (it returns its best plan so far). */
    public void stop() {
        gestopt = true;
        MPSolver s = actief;
        if (s != null) {
            s.interruptSolve();
        }
    }

    /**
     * Solves the model within {@code seconden} of wall time, or, when that is infinite, within {@link #MAX_KNOPEN}
     * nodes per stage; empty when no MIP solver is available, when stopped, or when no plan was found in time.
     */
    public Optional<ExactResult> los(double seconden) {
        if (!beschikbaar() || gestopt) {
            return Optional.empty();
        }
        long begin = System.nanoTime();
        int n = model.huishoudens(), nG = model.gemeenten();
        MPSolver s = MPSolver.createSolver(Natief.MIP);
        try {
            s.suppressOutput();
            s.setNumThreads(1);
            MPVariable[][] x = new MPVariable[n][];
            MPVariable[] last = new MPVariable[nG];
            MPConstraint[] capaciteit = new MPConstraint[nG];
            for (int g = 0; g < nG; g++) {
                last[g] = s.makeNumVar(0, model.ruimte(g), "L" + g);
                capaciteit[g] = s.makeConstraint(0, 0, "c" + g);
                capaciteit[g].setCoefficient(last[g], -1);
            }
            MPObjective doel = s.objective();
            long mediumAlles = 0;
            for (int i = 0; i < n; i++) {
                int[] t = model.toegestaan(i);
                x[i] = new MPVariable[t.length];
                MPConstraint een = s.makeConstraint(0, 1, "h" + i);
                mediumAlles += model.nietGeplaatst(i);
                for (int k = 0; k < t.length; k++) {
                    if (model.ruimte(t[k]) < model.personen(i)) {
                        continue; // can never fit: no variable
                    }
                    x[i][k] = s.makeBoolVar("x" + i + "_" + k);
                    een.setCoefficient(x[i][k], 1);
                    capaciteit[t[k]].setCoefficient(x[i][k], model.personen(i));
                    doel.setCoefficient(x[i][k], -model.nietGeplaatst(i));
                }
            }
            // stage 1: the fewest unplaced persons (by the niet-geplaatst weights)
            doel.setMaximization();
            MPSolver.ResultStatus s1 = draai(s, seconden, begin);
            if (s1 != MPSolver.ResultStatus.OPTIMAL && s1 != MPSolver.ResultStatus.FEASIBLE) {
                return Optional.empty();
            }
            double geplaatst = doel.value();
            boolean mediumBewezen = s1 == MPSolver.ResultStatus.OPTIMAL;
            int[] keuze1 = keuze(x);
            // stage 2: with that held, the best soft score
            MPConstraint vast = s.makeConstraint(Math.round(geplaatst) - 0.5,
                    mediumBewezen ? Math.round(geplaatst) + 0.5 : Double.POSITIVE_INFINITY, "medium");
            for (int i = 0; i < n; i++) {
                for (MPVariable v : x[i]) {
                    if (v != null) {
                        vast.setCoefficient(v, -model.nietGeplaatst(i));
                    }
                }
            }
            doel.clear();
            for (int i = 0; i < n; i++) {
                for (int k = 0; k < x[i].length; k++) {
                    if (x[i][k] != null) {
                        doel.setCoefficient(x[i][k], model.zacht(i, k));
                    }
                }
            }
            for (int g = 0; g < nG; g++) {
                MPVariable c = s.makeNumVar(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, "b" + g);
                doel.setCoefficient(c, 1);
                omhullende(s, g, last[g], c);
            }
            groepstekort(s, doel, x);
            doel.setMaximization();
            // no hint from stage 1: OR-Tools 9.15's HiGHS interface crashes the JVM on a partial one (measured)
            MPSolver.ResultStatus s2 = draai(s, seconden, begin);
            boolean tweede = s2 == MPSolver.ResultStatus.OPTIMAL || s2 == MPSolver.ResultStatus.FEASIBLE;
            int[] keuze = tweede ? keuze(x) : keuze1;
            long medium = mediumAlles, zacht = 0;
            long[] vrijeLast = new long[nG];
            for (int i = 0; i < n; i++) {
                if (keuze[i] >= 0) {
                    medium -= model.nietGeplaatst(i);
                    zacht += model.zacht(i, keuze[i]);
                    vrijeLast[model.toegestaan(i)[keuze[i]]] += model.personen(i);
                }
            }
            for (int g = 0; g < nG; g++) {
                zacht += model.balans(g, vrijeLast[g]);
            }
            zacht -= groepen.gewicht() * tekort(keuze);
            // only a finished search's bound is trusted: OR-Tools reports HiGHS's primal value as its bound
            long grens = s2 == MPSolver.ResultStatus.OPTIMAL
                    ? (long) Math.floor(doel.bestBound() + 1e-6 * Math.max(1, Math.abs(doel.bestBound())))
                    : Long.MAX_VALUE;
            grens = Math.max(grens, zacht);
            boolean optimaal = mediumBewezen && s2 == MPSolver.ResultStatus.OPTIMAL
                    && grens - zacht <= OPTIMAAL_GAT * Math.abs(grens);
            return Optional.of(new ExactResult(keuze, medium, zacht, mediumBewezen, grens, optimaal,
                    (System.nanoTime() - begin) / 1e9));
        } finally {
            s.delete();
        }
    }

    /**
     * The groepsgelijkheid rule in the program: per group G a variable {@code s_G ≥ 0} at −weight in the objective and
     * {@code s_G + Σ (z(h,g) − n(h)·r) x(h,g) ≥ N_G^vast·r − Z_G^vast}, a household counted by parts with each part's
     * {@code z_d(h,g) − n_d·r} in its group's row (with a fixed reference r this is the rule
     * exactly: at the optimum {@code s_G = max(0, N_G·r − Z_G)}).
     */
    private void groepstekort(MPSolver s, MPObjective doel, MPVariable[][] x) {
        if (groepen.gewicht() == 0) {
            return;
        }
        long r = groepen.referentie();
        Map<String, MPConstraint> per = new TreeMap<>();
        for (String g : groepen.vast().keySet()) {
            per.put(g, tekortRij(s, doel, g));
        }
        for (int i = 0; i < model.huishoudens(); i++) {
            for (Groepsdeel d : model.huishouden(i).getGroepsdelen()) {
                boolean heel = model.isHeel(i, d);
                MPConstraint c = per.computeIfAbsent(d.groep(), g -> tekortRij(s, doel, g));
                for (int k = 0; k < x[i].length; k++) {
                    if (x[i][k] != null) {
                        c.setCoefficient(x[i][k], heel ? model.zacht(i, k) - (double) model.personen(i) * r
                                : d.zacht(model.toegestaan(i)[k]) - (double) d.personen() * r);
                    }
                }
            }
        }
    }

    private MPConstraint tekortRij(MPSolver s, MPObjective doel, String groep) {
        MPVariable tekort = s.makeNumVar(0, Double.POSITIVE_INFINITY, "s_" + groep);
        doel.setCoefficient(tekort, -groepen.gewicht());
        long[] v = groepen.vast().getOrDefault(groep, new long[2]);
        MPConstraint c = s.makeConstraint(v[1] * groepen.referentie() - v[0], Double.POSITIVE_INFINITY, "g_" + groep);
        c.setCoefficient(tekort, 1);
        return c;
    }

    /** The rule's shortfall summed over groups, {@code Σ_G max(0, N_G·r − Z_G)}, for a plan of the free households. */
    private long tekort(int[] keuze) {
        if (groepen.gewicht() == 0) {
            return 0;
        }
        Map<String, long[]> som = new TreeMap<>();
        groepen.vast().forEach((g, v) -> som.put(g, v.clone()));
        for (int i = 0; i < model.huishoudens(); i++) {
            for (Groepsdeel d : keuze[i] < 0 ? List.<Groepsdeel>of() : model.huishouden(i).getGroepsdelen()) {
                long[] t = som.computeIfAbsent(d.groep(), g -> new long[2]);
                t[0] += d.zacht(model.toegestaan(i)[keuze[i]]);
                t[1] += d.personen();
            }
        }
        long uit = 0;
        for (long[] t : som.values()) {
            uit += Regels.groepsgelijkheid(groepen.referentie(), t[0], t[1]);
        }
        return uit;
    }

    /** Per household the position of its allowed gemeente in the solver's plan, or −1. */
    private static int[] keuze(MPVariable[][] x) {
        int[] keuze = new int[x.length];
        for (int i = 0; i < x.length; i++) {
            keuze[i] = -1;
            for (int k = 0; k < x[i].length; k++) {
                if (x[i][k] != null && x[i][k].solutionValue() > 0.5) {
                    keuze[i] = k;
                    break;
                }
            }
        }
        return keuze;
    }

    private MPSolver.ResultStatus draai(MPSolver s, double seconden, long begin) {
        double over = seconden - (System.nanoTime() - begin) / 1e9;
        if (gestopt || over <= 0) {
            return MPSolver.ResultStatus.NOT_SOLVED;
        }
        // HiGHS stops at a relative gap of 10⁻⁴ by default (and OR-Tools does not pass RELATIVE_MIP_GAP on): ask for 0
        String stil = Natief.MIP.equals("HIGHS") ? "output_flag=false\nlog_to_console=false\nmip_rel_gap=0\n" : "";
        if (Double.isInfinite(seconden)) {
            s.setSolverSpecificParametersAsString(stil + (Natief.MIP.equals("HIGHS")
                    ? "mip_max_nodes=" + MAX_KNOPEN : "limits/nodes = " + MAX_KNOPEN));
        } else {
            s.setSolverSpecificParametersAsString(stil);
            s.setTimeLimit((long) Math.ceil(over * 1000));
        }
        MPSolverParameters p = new MPSolverParameters();
        p.setDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, 1e-9);
        actief = s;
        try {
            return gestopt ? MPSolver.ResultStatus.NOT_SOLVED : s.solve(p);
        } catch (IllegalArgumentException e) {
            // OR-Tools has no Java constant for some HiGHS outcomes (a time or node limit reached): nothing usable
            return MPSolver.ResultStatus.NOT_SOLVED;
        } finally {
            actief = null;
        }
    }

    /**
     * {@code c ≤ line} for every segment of the upper concave envelope of the points (k, balans(g, k)): exact at
     * every integral load where the table is concave, and above it (so still a valid bound) where rounding is not.
     */
    private void omhullende(MPSolver s, int g, MPVariable l, MPVariable c) {
        int ruimte = model.ruimte(g);
        long[] f = new long[ruimte + 1];
        for (int k = 0; k <= ruimte; k++) {
            f[k] = model.balans(g, k);
        }
        int[] hull = new int[f.length];
        int h = 0;
        for (int k = 0; k < f.length; k++) {
            while (h >= 2 && !rechtsAf(hull[h - 2], f[hull[h - 2]], hull[h - 1], f[hull[h - 1]], k, f[k])) {
                h--;
            }
            hull[h++] = k;
        }
        if (h == 1) {
            MPConstraint q = s.makeConstraint(Double.NEGATIVE_INFINITY, f[0]);
            q.setCoefficient(c, 1);
        }
        for (int j = 0; j + 1 < h; j++) {
            int a = hull[j], b = hull[j + 1];
            double dx = b - a, dy = f[b] - f[a];
            // dx·c ≤ dx·f(a) + dy·(L − a)  ⇔  dx·c − dy·L ≤ dx·f(a) − dy·a
            MPConstraint q = s.makeConstraint(Double.NEGATIVE_INFINITY, dx * f[a] - dy * a);
            q.setCoefficient(c, dx);
            q.setCoefficient(l, -dy);
        }
    }

    /** Whether the turn a → b → c is clockwise (b stays on the upper envelope). */
    private static boolean rechtsAf(long ax, long ay, long bx, long by, long cx, long cy) {
        return (bx - ax) * (cy - ay) - (by - ay) * (cx - ax) < 0;
    }
}
