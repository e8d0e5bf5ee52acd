package nl.kansrijk.benchmarks.exact;

import java.util.List;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import nl.kansrijk.model.Bestemming;
import nl.kansrijk.model.Plaatsingseenheid;

/**
 * A proven upper bound on the soft score of every plan of an {@link ExactModel} that places all free households, by
 * Lagrangian relaxation of the capacity constraints ({@link ExactModel#lagrangeGrens}).
 */
final class LagrangeGrens {

    private LagrangeGrens() {
    }

    static long van(ExactModel model, int stappen, long ondergrens) {
        List<Bestemming> bestemmingen = model.bestemmingen;
        List<Plaatsingseenheid> vrij = model.vrij;
        int[][] toegestaan = model.toegestaan;
        long[][] zacht = model.zacht;
        long[] ruimte = model.ruimte;
        HardMediumSoftScore constant = model.constant;
        long balansGewicht = model.balansGewicht;
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
}
