package nl.kansrijk.benchmarks.tuning;

import java.util.Comparator;

import nl.kansrijk.model.Plaatsingseenheid;

/**
 * Orders households by difficulty, easiest first: more allowed gemeenten is easier, then fewer persons, then id.
 * Sorted descending, the construction heuristic places the most constrained and largest households first.
 */
public final class PersonenVergelijker implements Comparator<Plaatsingseenheid> {

    @Override
    public int compare(Plaatsingseenheid a, Plaatsingseenheid b) {
        int c = Integer.compare(b.getToegestaan().size(), a.getToegestaan().size());
        if (c != 0) {
            return c;
        }
        c = Integer.compare(a.getPersonen(), b.getPersonen());
        return c != 0 ? c : b.getId().compareTo(a.getId());
    }
}
