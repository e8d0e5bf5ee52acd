package nl.kansrijk.solve;

import nl.kansrijk.model.Bewijs;
import nl.kansrijk.model.Koppelplan;

/**
 * What one solve returns beside its plan: what it proved about it.
 *
 * @param plan the best plan found (pinned households at their koppeling; the given plan itself when it was proven
 *             optimal before the search and only scored)
 * @param bewijs the bound and what is proven optimal, or {@code null} when the solve had nothing to decide
 */
public record Oplossing(Koppelplan plan, Bewijs bewijs) {

    /** The proven upper bound of the soft score of every plan that leaves no more persons unplaced, or {@code null}. */
    public Long bovengrens() {
        return bewijs == null ? null : bewijs.bovengrens();
    }
}
