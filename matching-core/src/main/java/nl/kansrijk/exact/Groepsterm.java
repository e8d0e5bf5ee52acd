package nl.kansrijk.exact;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.kansrijk.model.Bestemming;
import nl.kansrijk.model.Groepsdeel;
import nl.kansrijk.model.Koppelplan;
import nl.kansrijk.model.Plaatsingseenheid;
import nl.kansrijk.relaxation.TransportModel;
import nl.kansrijk.rules.Gewichten;
import nl.kansrijk.rules.Regel;

/**
 * The groepsgelijkheid rule as the exact path needs it (groepsterm): its weight and, per group, the soft points and
 * persons of the households the program does not decide (pinned, nareizigers at their family's gemeente), each
 * household by its parts ({@code Groepsindeling#delen}). With the
 * reference r fixed, each group's shortfall {@code max(0, N_G·r − Z_G)} is a continuous variable above a linear
 * expression of the binaries, so the rule is linear in the program. Immutable.
 *
 * @param gewicht the rule's weight (0: the rule is off)
 * @param referentie the rule's fixed reference r in soft points per person
 * @param vast per group: {soft points, persons} of its fixed households
 */
public record Groepsterm(long gewicht, long referentie, Map<String, long[]> vast) {

    /** No group term (the rule off). */
    public static final Groepsterm GEEN = new Groepsterm(0, 0, Map.of());

    public Groepsterm {
        Map<String, long[]> kopie = new TreeMap<>();
        vast.forEach((g, v) -> kopie.put(g, v.clone()));
        vast = java.util.Collections.unmodifiableMap(kopie);
    }

    /** The group term of a plan under the weights: its fixed households per group, or {@link #GEEN} when the rule is off. */
    public static Groepsterm van(Koppelplan plan, Gewichten gewichten) {
        long w = gewichten.get(Regel.GROEPSGELIJKHEID);
        if (w == 0) {
            return GEEN;
        }
        Map<String, long[]> vast = new TreeMap<>();
        long r = 0;
        for (Plaatsingseenheid p : plan.getEenheden()) {
            r = p.heeftGroep() ? p.getGroepReferentie() : r;
            Bestemming b = TransportModel.vasteBestemming(p);
            for (Groepsdeel d : b == null ? List.<Groepsdeel>of() : p.getGroepsdelen()) {
                long[] t = vast.computeIfAbsent(d.groep(), g -> new long[2]);
                t[0] += d.zacht(b);
                t[1] += d.personen();
            }
        }
        return new Groepsterm(w, r, vast);
    }
}
