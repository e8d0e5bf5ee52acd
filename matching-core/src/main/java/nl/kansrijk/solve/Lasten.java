package nl.kansrijk.solve;

import java.util.HashMap;
import java.util.Map;

import nl.kansrijk.model.Bestemming;
import nl.kansrijk.model.Koppelplan;
import nl.kansrijk.model.Plaatsingseenheid;

/**
 * The load (lasten) of every gemeente in a plan: persons linked there, and how many of them belong to bound
 * (pinned or nareiziger) households — the only ones that may use room beyond the taakstelling.
 */
public final class Lasten {

    private final Map<Bestemming, long[]> perGemeente = new HashMap<>();

    /** The loads of the plan as it stands. */
    public static Lasten van(Koppelplan plan) {
        Lasten l = new Lasten();
        for (Plaatsingseenheid p : plan.getEenheden()) {
            if (p.getBestemming() != null) {
                long[] t = l.perGemeente.computeIfAbsent(p.getBestemming(), b -> new long[2]);
                t[0] += p.getPersonen();
                t[1] += p.getGebondenPersonen();
            }
        }
        return l;
    }

    /** Persons linked to the gemeente. */
    public long personen(Bestemming b) {
        long[] t = perGemeente.get(b);
        return t == null ? 0 : t[0];
    }

    /** Persons of bound households linked to the gemeente. */
    public long gebonden(Bestemming b) {
        long[] t = perGemeente.get(b);
        return t == null ? 0 : t[1];
    }

    /**
     * Places gemeente {@code b} lacks to take unplaced household {@code p} as well (≤ 0: it fits); {@code p}'s
     * persons count as bound there when it is a nareiziger of {@code b}.
     */
    public long tekort(Bestemming b, Plaatsingseenheid p) {
        long gebondenMet = gebonden(b) + p.gebondenPersonenIn(b);
        return personen(b) + p.getPersonen() - b.toegestaneLast(gebondenMet);
    }
}
