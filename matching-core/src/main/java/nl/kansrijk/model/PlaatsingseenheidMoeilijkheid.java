package nl.kansrijk.model;

import java.util.Comparator;

/**
 * How hard a household is to place (moeilijkheid), ascending: the construction heuristic places the hardest first.
 * Harder means fewer gemeenten that pass its hard rules (nareizigers, care and family needs first), then more
 * persons; ties by id, so that the order — and with it the plan — never depends on input order.
 */
public final class PlaatsingseenheidMoeilijkheid implements Comparator<Plaatsingseenheid> {

    private static final Comparator<Plaatsingseenheid> ORDE = Comparator
            .comparingInt((Plaatsingseenheid p) -> -p.getToegestaan().size())
            .thenComparingInt(Plaatsingseenheid::getPersonen)
            .thenComparing(Plaatsingseenheid::getId, Comparator.reverseOrder());

    @Override
    public int compare(Plaatsingseenheid a, Plaatsingseenheid b) {
        return ORDE.compare(a, b);
    }
}
