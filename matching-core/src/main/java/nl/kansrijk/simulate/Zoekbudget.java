package nl.kansrijk.simulate;

import nl.kansrijk.model.Koppelplan;
import nl.kansrijk.model.Plaatsingseenheid;
import nl.kansrijk.solve.Beeindiging;

/**
 * How much search one solve in a simulation may spend (zoekbudget), as a move count so that every run is
 * reproducible: enough moves for the construction heuristic to place every free household (one move per allowed
 * gemeente, plus one for leaving it unplaced), plus {@code zettenPerHuishouden} local-search moves per free household,
 * rounded up to two significant digits.
 *
 * @param zettenPerHuishouden local-search moves per free household (at least 1)
 */
public record Zoekbudget(long zettenPerHuishouden) {

    public Zoekbudget {
        if (zettenPerHuishouden < 1) {
            throw new IllegalArgumentException("zetten per huishouden moet minstens 1 zijn, is " + zettenPerHuishouden);
        }
    }

    /** The move-count termination for a solve of this plan. */
    public Beeindiging beeindiging(Koppelplan plan) {
        long constructie = 0;
        long vrij = 0;
        for (Plaatsingseenheid p : plan.getEenheden()) {
            if (!p.isVastgezet()) {
                constructie += p.getToegestaan().size() + 1L;
                vrij++;
            }
        }
        return Beeindiging.zetten(afgerond(Math.max(1L, constructie + zettenPerHuishouden * vrij)));
    }

    /**
     * Rounded up to two significant digits, so that solves of similar size share one termination (and the
     * engine's cached solver factory for it).
     */
    static long afgerond(long n) {
        long stap = 1;
        while (n / stap >= 100) {
            stap *= 10;
        }
        return (n + stap - 1) / stap * stap;
    }
}
