package nl.kansrijk.simulate;

import java.util.List;

import nl.kansrijk.model.Periode;

/**
 * The outcome of a simulation (simulatieresultaat): the hindsight plan and every policy's plan, comparable
 * because all are scored with the same rules and weights on the same households.
 *
 * @param periode the half year simulated
 * @param ritme the batch rhythm
 * @param batches number of batches
 * @param huishoudens households that arrived during the period
 * @param achteraf the hindsight plan: the engine solving all households at once, knowing every arrival
 * @param beleid one outcome per policy, in the order given
 * @param bovengrens the proven upper bound of the soft score of every plan that leaves no more persons unplaced
 *        than hindsight (from the optimal core's relaxation of the hindsight solve), or {@code null} when the
 *        hindsight solve had nothing to decide
 */
public record SimulatieResultaat(Periode periode, Batchritme ritme, int batches, int huishoudens, Beleidsuitkomst achteraf,
        List<Beleidsuitkomst> beleid, Long bovengrens) {

    public SimulatieResultaat {
        beleid = List.copyOf(beleid);
    }

    /**
     * The policy's soft score as a percentage of hindsight's: 100 × (1 − (S_achteraf − S_beleid) / |S_achteraf|).
     * For a positive hindsight score this is simply 100 × S_beleid / S_achteraf; 100 means as good as hindsight,
     * and above 100 is possible because the hindsight solve is a heuristic too. NaN when hindsight scores 0.
     * Compare it together with the unplaced persons: the soft score ranks below placing everyone.
     */
    public double procentVanAchteraf(Beleidsuitkomst u) {
        return procent(u.zacht(), achteraf.zacht());
    }

    /**
     * The plan's soft score as a percentage of the proven bound ({@link #bovengrens()}): 100 would be proven
     * optimal among plans placing as many persons as hindsight; NaN without a bound.
     */
    public double procentVanBovengrens(Beleidsuitkomst u) {
        return bovengrens == null ? Double.NaN : procent(u.zacht(), bovengrens);
    }

    static double procent(long beleid, long achteraf) {
        if (achteraf == 0) {
            return Double.NaN;
        }
        return 100.0 * (1.0 - (achteraf - beleid) / (double) Math.abs(achteraf));
    }
}
