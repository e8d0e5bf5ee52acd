package nl.kansrijk.baseline;

import java.util.List;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import nl.kansrijk.model.Bestemming;
import nl.kansrijk.model.Plaatsingseenheid;
import nl.kansrijk.rules.Bijdragen;
import nl.kansrijk.rules.Gewichten;
import nl.kansrijk.solve.Lasten;
import nl.kansrijk.solve.MatchingResult;
import nl.kansrijk.solve.PlanContext;

/**
 * Baseline "fcfs" (greedy first-come-first-served), the way a regievoerder works by hand: households in order of
 * permit date (then id), each linked at once to its best feasible gemeente at that moment and never moved again.
 * Best is the largest score gain: the household's own contributions in the gemeente
 * ({@link Bijdragen#vanHuishouden}) plus the change of the gemeente-level terms ({@link Bijdragen#vanGemeente})
 * from the load so far to the load with this household, under the configuration's weights. Ties go to the gemeente
 * that comes first in the input. Deterministic; the seed plays no part.
 */
public final class FcfsBeleid implements Plaatsingsbeleid {

    @Override
    public String naam() {
        return "fcfs";
    }

    @Override
    public MatchingResult plaats(PlanContext ctx) {
        Gewichten gewichten = ctx.config().gewichten();
        return Opeenvolgend.opVergunningdatum(ctx, (p, haalbaar, lasten) -> beste(p, haalbaar, lasten, gewichten));
    }

    /** The feasible gemeente with the largest score gain for this household given the loads so far (first on ties). */
    static Bestemming beste(Plaatsingseenheid p, List<Bestemming> haalbaar, Lasten lasten,
            Gewichten gewichten) {
        Bestemming beste = null;
        HardMediumSoftScore besteWinst = null;
        for (Bestemming b : haalbaar) {
            HardMediumSoftScore winst = Bijdragen.plaatsingswinst(p, b, lasten.personen(b), lasten.gebonden(b), gewichten);
            if (besteWinst == null || winst.compareTo(besteWinst) > 0) {
                beste = b;
                besteWinst = winst;
            }
        }
        return beste;
    }
}
