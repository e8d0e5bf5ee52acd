package nl.kansrijk.rules;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.kansrijk.model.Groepsdeel;
import nl.kansrijk.model.Plaatsingseenheid;

/**
 * The standing (groepstand) of one group of placed households for the groepsgelijkheid rule: their soft points,
 * their persons, and the fixed reference (soft points per person) the group's mean is held against.
 *
 * @param groep the group value (for example {@code alleenstaand} or {@code v})
 * @param zachtePunten the summed soft points (weighted, from the soft per-household rules) of its placed households
 * @param personen the persons of its placed households
 * @param referentie the rule's fixed reference in soft points per person (the same for every group of a solve)
 */
public record Groepstand(String groep, long zachtePunten, long personen, long referentie) {

    /** The group's mean soft points per person (NaN without persons). */
    public double gemiddelde() {
        return personen == 0 ? Double.NaN : zachtePunten / (double) personen;
    }

    /** The group's shortfall in soft points: max(0, personen × referentie − zachtePunten). */
    public long tekort() {
        return Math.max(0L, personen * referentie - zachtePunten);
    }

    /** This standing with a household of {@code personen} persons and {@code punten} soft points added (negative: removed). */
    public Groepstand plus(long punten, long personen) {
        return new Groepstand(groep, zachtePunten + punten, this.personen + personen, referentie);
    }

    /** The standings of the groups of a plan's placed households (each household by its parts), sorted by group. */
    public static List<Groepstand> van(Collection<Plaatsingseenheid> eenheden) {
        Map<String, long[]> som = new TreeMap<>();
        for (Plaatsingseenheid p : eenheden) {
            if (p.getBestemming() != null) {
                for (Groepsdeel d : p.getGroepsdelen()) {
                    long[] t = som.computeIfAbsent(d.groep(), g -> new long[3]);
                    t[0] += d.zacht(p.getBestemming());
                    t[1] += d.personen();
                    t[2] = p.getGroepReferentie();
                }
            }
        }
        return som.entrySet().stream()
                .map(e -> new Groepstand(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2])).toList();
    }
}
