package nl.kansrijk.relaxation;

import nl.kansrijk.model.Bestemming;
import nl.kansrijk.model.Koppelplan;
import nl.kansrijk.model.Plaatsingseenheid;
import nl.kansrijk.rules.Bijdragen;
import nl.kansrijk.rules.Gewichten;

/**
 * The groepsgelijkheid rule's fixed reference (groepreferentie): the mean soft points per person of the plan the
 * relaxation gives without that rule, rounded to a whole point. It is set once per problem and configuration,
 * before any search, so the rule's penalty {@code Σ_g max(0, N_g × r − Z_g)} is monotone in every group's points
 * (a group that loses never lowers it) and linear wherever a group stays on one side of it.
 */
public final class Groepreferentie {

    private Groepreferentie() {
    }

    /**
     * The reference for a plan's problem: over the households the relaxation of {@code plan} places (bound households
     * at their gemeente, free persons where its fractional assignment puts them), their soft points (the soft
     * per-household rules under {@code gewichten}) divided by their persons, rounded half up; 0 when it places no one.
     * Deterministic: the same plan and weights give the same reference.
     */
    public static long van(Koppelplan plan, Gewichten gewichten) {
        double punten = 0;
        long personen = 0;
        for (Plaatsingseenheid p : plan.getEenheden()) {
            Bestemming vast = TransportModel.vasteBestemming(p);
            if (vast != null) {
                punten += Bijdragen.zacht(p, vast, gewichten);
                personen += p.getPersonen();
            }
        }
        TransportModel m = new TransportModel(plan, gewichten);
        Relaxation r = Relaxation.of(m);
        for (int i = 0; i < m.huishoudens(); i++) {
            int[] t = m.toegestaan(i);
            for (int k = 0; k < t.length; k++) {
                int aantal = r.aantal(i, k);
                if (aantal > 0) {
                    punten += aantal * (double) m.zacht(i, k) / m.personen(i);
                    personen += aantal;
                }
            }
        }
        return personen == 0 ? 0 : Math.round(punten / personen);
    }
}
