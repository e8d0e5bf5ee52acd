package nl.kansrijk.benchmarks.exact;

import java.util.ArrayList;
import java.util.List;

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
 * The LP relaxation of the engine's problem, built and solved independently of the engine's own relaxation
 * (OR-Tools GLOP): x[h,g] ∈ [0,1] for every allowed pair, u[h] ∈ [0,1] unplaced, Σ_g x + u = 1; per gemeente the
 * free persons within its capacity after pinned households and nareizigers (who always join their family when
 * their gemeente is allowed: the voorrang rule); {@code balans} at its weight as per-person increments
 * y[g,k] ∈ [0,1] with the k-th person's cost. Objective: soft score − 10⁷ per unplaced person. Every coefficient
 * comes from {@link Bijdragen} and {@link Regels}. Its optimum is a proven upper bound of every plan's soft score
 * that places as many persons as the LP (in practice: everybody).
 *
 * @param zacht the LP's soft optimum (the bound), with the constant of pinned households and nareizigers
 * @param ongeplaatstePersonen persons the LP leaves unplaced (fractional)
 * @param status GLOP's status
 * @param seconden solve time
 * @param perPersoonPerGroep soft points per placed person in the LP plan, per household-size group
 *                           ({@link #groep}: 1, 2–5, 6+ persons), balans left out
 */
public record LpGrens(double zacht, double ongeplaatstePersonen, String status, double seconden,
        double[] perPersoonPerGroep) {

    /** The size group of a household: 0 for one person, 1 for 2–5, 2 for 6 or more. */
    public static int groep(int personen) {
        return personen == 1 ? 0 : personen <= 5 ? 1 : 2;
    }

    private static final double STRAF = 1e7;

    /** Builds and solves the LP of the problem under its configuration (groepsgelijkheid must be off). */
    public static LpGrens van(PlanContext ctx) {
        Gewichten w = ctx.config().gewichten();
        if (w.get(Regel.GROEPSGELIJKHEID) != 0) {
            throw new IllegalArgumentException("the LP covers the per-household rules and balans only");
        }
        Loader.loadNativeLibraries();
        long t0 = System.nanoTime();
        Koppelplan plan = ctx.nieuwPlan();
        List<Bestemming> bs = ctx.bestemmingen();
        int nG = bs.size();
        long[] vast = new long[nG];
        double constant = 0;
        double[] groepZacht = new double[3], groepPersonen = new double[3];
        List<Plaatsingseenheid> vrij = new ArrayList<>();
        for (Plaatsingseenheid p : plan.getEenheden()) {
            Bestemming familie = p.getFamilieBestemming();
            if (p.isVastgezet() || familie != null) {
                Bestemming b = p.isVastgezet() ? p.getBestemming() : familie;
                vast[b.index()] += p.getPersonen();
                long z = Bijdragen.vanHuishouden(p, b, w).zacht();
                constant += z;
                groepZacht[groep(p.getPersonen())] += z;
                groepPersonen[groep(p.getPersonen())] += p.getPersonen();
            } else if (!p.getToegestaan().isEmpty()) {
                vrij.add(p);
            }
        }
        MPSolver solver = MPSolver.createSolver("GLOP");
        MPObjective obj = solver.objective();
        MPConstraint[] cap = new MPConstraint[nG];
        long[] ruimte = new long[nG];
        long totaal = vrij.stream().mapToLong(Plaatsingseenheid::getPersonen).sum();
        long wB = w.get(Regel.BALANS);
        for (Bestemming b : bs) {
            int g = b.index();
            ruimte[g] = Math.max(0, Math.min(totaal, b.capaciteit() - vast[g]));
            long balans0 = -wB * Regels.balans(b, vast[g]);
            constant += balans0;
            if (wB == 0) {
                cap[g] = solver.makeConstraint(-MPSolver.infinity(), ruimte[g]);
            } else {
                // Σ persons x − Σ_k y_k = 0, y_k ∈ [0,1] with the k-th person's balans cost
                cap[g] = solver.makeConstraint(0, 0);
                for (int k = 1; k <= ruimte[g]; k++) {
                    MPVariable y = solver.makeNumVar(0, 1, "");
                    cap[g].setCoefficient(y, -1);
                    long kosten = wB * (Regels.balans(b, vast[g] + k) - Regels.balans(b, vast[g] + k - 1));
                    obj.setCoefficient(y, -kosten);
                }
            }
        }
        MPVariable[] u = new MPVariable[vrij.size()];
        List<MPVariable[]> xs = new ArrayList<>();
        List<long[]> zs = new ArrayList<>();
        for (int i = 0; i < vrij.size(); i++) {
            Plaatsingseenheid p = vrij.get(i);
            MPConstraint een = solver.makeConstraint(1, 1);
            MPVariable[] xi = new MPVariable[p.getToegestaan().size()];
            long[] zi = new long[xi.length];
            for (int k = 0; k < xi.length; k++) {
                Bestemming b = p.getToegestaan().get(k);
                MPVariable x = solver.makeNumVar(0, 1, "");
                een.setCoefficient(x, 1);
                cap[b.index()].setCoefficient(x, p.getPersonen());
                zi[k] = Bijdragen.vanHuishouden(p, b, w).zacht();
                obj.setCoefficient(x, zi[k]);
                xi[k] = x;
            }
            xs.add(xi);
            zs.add(zi);
            u[i] = solver.makeNumVar(0, 1, "");
            een.setCoefficient(u[i], 1);
            obj.setCoefficient(u[i], -STRAF * p.getPersonen());
        }
        obj.setMaximization();
        MPSolver.ResultStatus status = solver.solve();
        double ongeplaatst = 0;
        for (int i = 0; i < u.length; i++) {
            int p = vrij.get(i).getPersonen();
            ongeplaatst += u[i].solutionValue() * p;
            for (int k = 0; k < xs.get(i).length; k++) {
                double x = xs.get(i)[k].solutionValue();
                groepZacht[groep(p)] += x * zs.get(i)[k];
                groepPersonen[groep(p)] += x * p;
            }
        }
        double[] perPersoon = new double[3];
        for (int q = 0; q < 3; q++) {
            perPersoon[q] = groepPersonen[q] == 0 ? Double.NaN : groepZacht[q] / groepPersonen[q];
        }
        double waarde = obj.value() + STRAF * ongeplaatst + constant;
        return new LpGrens(waarde, ongeplaatst, status.name(), (System.nanoTime() - t0) / 1e9, perPersoon);
    }
}
