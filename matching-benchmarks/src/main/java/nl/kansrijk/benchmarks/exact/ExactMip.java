package nl.kansrijk.benchmarks.exact;

import java.time.Duration;
import java.util.ArrayList;
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
import nl.kansrijk.model.Plaatsingseenheid;

/**
 * One solve of an {@link ExactModel} with an OR-Tools MIP solver: builds the solver's model (placement, capacity,
 * balans hull and voorrang-gebonden constraints), then solves it in two stages, medium then soft.
 */
final class ExactMip {

    private final ExactModel model;
    private final List<Bestemming> bestemmingen;
    private final List<Plaatsingseenheid> vrij;
    private final int[][] toegestaan;
    private final long[][] zacht;
    private final long[] nietGeplaatst;
    private final long[] vasteLast;
    private final long[][][] balansRomp;
    private final long balansGewicht;
    private final HardMediumSoftScore constant;

    ExactMip(ExactModel model) {
        this.model = model;
        this.bestemmingen = model.bestemmingen;
        this.vrij = model.vrij;
        this.toegestaan = model.toegestaan;
        this.zacht = model.zacht;
        this.nietGeplaatst = model.nietGeplaatst;
        this.vasteLast = model.vasteLast;
        this.balansRomp = model.balansRomp;
        this.balansGewicht = model.balansGewicht;
        this.constant = model.constant;
    }

    ExactSolution solve(String solverId, Duration limiet, int threads, Map<String, String> start, boolean fixeer) {
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
                (model.gebonden(i, g) ? maxGebonden : maxOverig)[g] += vrij.get(i).getPersonen();
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
            int gekozen = model.positie(i, start.get(vrij.get(i).getId()));
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
                    if (alleenGebonden[g] != null && !model.gebonden(i, g)) {
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
            int g = model.familie(i);
            if (g < 0) {
                continue;
            }
            List<MPVariable> vrijeInG = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                for (int k = 0; k < x[j].length; k++) {
                    if (toegestaan[j][k] == g && !model.gebonden(j, g)) {
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
                    Duration.ofNanos(System.nanoTime() - t0), n, model.variabelen(), "geen oplossing in de medium-fase");
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
        // groepsgelijkheid: per group a shortfall s_G ≥ N_G·r − Z_G (and ≥ 0), at −w; linear with r fixed
        long r = model.groepReferentie;
        for (int j = 0; j < model.groepen.size(); j++) {
            MPVariable tekort = solver.makeNumVar(0, MPSolver.infinity(), "");
            MPConstraint c = solver.makeConstraint(model.vastPersonen[j] * r - model.vastPunten[j], MPSolver.infinity());
            c.setCoefficient(tekort, 1);
            for (int i = 0; i < n; i++) {
                if (model.groepVan[i] != j) {
                    continue;
                }
                for (int k = 0; k < x[i].length; k++) {
                    c.setCoefficient(x[i][k], model.groepPunten[i][k] - (double) vrij.get(i).getPersonen() * r);
                }
            }
            objective.setCoefficient(tekort, -model.groepGewicht);
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
        HardMediumSoftScore score = balansGewicht == 0 && model.groepen.isEmpty() ? constant.add(HardMediumSoftScore.of(0, s1.objective, s2.objective))
                : model.score(koppelingen);
        boolean optimaal = s1.optimaal && s2.optimaal;
        return new ExactSolution(score, constant.mediumScore() + s1.bound, constant.softScore() + s2.bound, optimaal,
                koppelingen, Duration.ofNanos(System.nanoTime() - t0), n, model.variabelen(),
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
