package nl.kansrijk.baseline;

import java.util.List;

import nl.kansrijk.model.Bestemming;
import nl.kansrijk.model.Plaatsingseenheid;
import nl.kansrijk.solve.Lasten;
import nl.kansrijk.solve.MatchingResult;
import nl.kansrijk.solve.PlanContext;

/**
 * Baseline "proportioneel" (proportional fill, ignoring every soft rule): households in order of permit date
 * (then id), each to the feasible gemeente whose fill ratio (gerealiseerd + load + its persons) /
 * (taakstelling + achterstand) is lowest after placing it, so all gemeenten fill up at the same pace. Gemeenten
 * without a positive opgave come last; ties go to the gemeente that comes first in the input. Deterministic.
 */
public final class ProportioneelBeleid implements Plaatsingsbeleid {

    @Override
    public String naam() {
        return "proportioneel";
    }

    @Override
    public MatchingResult plaats(PlanContext ctx) {
        return Opeenvolgend.opVergunningdatum(ctx, ProportioneelBeleid::laagsteVulgraad);
    }

    private static Bestemming laagsteVulgraad(Plaatsingseenheid p, List<Bestemming> haalbaar, Lasten lasten) {
        Bestemming beste = null;
        double laagste = Double.POSITIVE_INFINITY;
        for (Bestemming b : haalbaar) {
            double v = vulgraadNa(b, lasten.personen(b) + p.getPersonen());
            if (beste == null || v < laagste) {
                beste = b;
                laagste = v;
            }
        }
        return beste;
    }

    /** The fill ratio of {@code b} carrying {@code last} persons; infinite without a positive opgave. */
    static double vulgraadNa(Bestemming b, long last) {
        int opgave = b.taakstelling().opgave();
        return opgave <= 0 ? Double.POSITIVE_INFINITY : (b.taakstelling().gerealiseerd() + last) / (double) opgave;
    }
}
