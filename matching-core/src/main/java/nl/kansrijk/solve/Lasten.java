package nl.kansrijk.solve;

import nl.kansrijk.model.Bestemming;
import nl.kansrijk.model.Koppelplan;
import nl.kansrijk.model.Plaatsingseenheid;

/**
 * The load (lasten) of every gemeente in a plan: persons linked there, and how many of them belong to bound
 * (pinned or nareiziger) households — the only ones that may use room beyond the taakstelling. The one per-gemeente
 * load counter of the scorer, the baselines and the advisor; indexed by {@link Bestemming#index()}. Mutable while a
 * plan is built ({@link #plaats}); not thread-safe while it changes.
 */
public final class Lasten {

    private final long[] personen;
    private final long[] gebonden;

    /** No load anywhere, for {@code gemeenten} gemeenten. */
    public Lasten(int gemeenten) {
        this.personen = new long[gemeenten];
        this.gebonden = new long[gemeenten];
    }

    /** The loads of the plan as it stands. */
    public static Lasten van(Koppelplan plan) {
        Lasten l = new Lasten(plan.getBestemmingen().size());
        for (Plaatsingseenheid p : plan.getEenheden()) {
            if (p.getBestemming() != null) {
                l.plaats(p.getBestemming(), p.getPersonen(), p.getGebondenPersonen());
            }
        }
        return l;
    }

    /** Adds {@code personen} persons to gemeente {@code b}, {@code gebondenPersonen} of them bound. */
    public void plaats(Bestemming b, long personen, long gebondenPersonen) {
        this.personen[b.index()] += personen;
        this.gebonden[b.index()] += gebondenPersonen;
    }

    /** Adds unit {@code p} to gemeente {@code b} (its persons, bound as it is bound). */
    public void plaats(Plaatsingseenheid p, Bestemming b) {
        plaats(b, p.getPersonen(), p.getGebondenPersonen());
    }

    /** Persons linked to the gemeente. */
    public long personen(Bestemming b) {
        return personen[b.index()];
    }

    /** Persons of bound households linked to the gemeente. */
    public long gebonden(Bestemming b) {
        return gebonden[b.index()];
    }

    /** Persons of free (not bound) households linked to the gemeente. */
    public long vrij(Bestemming b) {
        return personen[b.index()] - gebonden[b.index()];
    }

    /**
     * Places gemeente {@code b} lacks to take unplaced household {@code p} as well (≤ 0: it fits); {@code p}'s
     * persons count as bound there when it is a nareiziger of {@code b}.
     */
    public long tekort(Bestemming b, Plaatsingseenheid p) {
        long gebondenMet = gebonden(b) + p.gebondenPersonenIn(b);
        return personen(b) + p.getPersonen() - b.toegestaneLast(gebondenMet);
    }

    /** Whether gemeente {@code b} can take unplaced household {@code p} as well. */
    public boolean past(Bestemming b, Plaatsingseenheid p) {
        return tekort(b, p) <= 0;
    }
}
