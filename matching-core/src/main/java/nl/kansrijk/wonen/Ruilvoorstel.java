package nl.kansrijk.wonen;

import java.util.List;

import nl.kansrijk.model.Huishouden;

/**
 * A proposed exchange (ruilvoorstel) of already linked (pinned) households between two gemeenten of one regional
 * pool, and what it gains in the toewijzing of both: more households housed, or as many with fewer person-days.
 *
 * @param pool the pool's name
 * @param gemeenteA one gemeente
 * @param gemeenteB the other
 * @param vanAnaarB households that move from A to B
 * @param vanBnaarA households that move from B to A (empty for a one-way move)
 * @param extraGehuisvest households housed in A and B together after, minus before (≥ 0)
 * @param minderPersoonsdagen persons × wachtdagen in A and B before, minus after
 * @param personenAna A's persons after (gerealiseerd + linked), against {@code opgaveA}
 * @param opgaveA A's taakstelling + achterstand
 * @param personenBna B's persons after, against {@code opgaveB}
 * @param opgaveB B's taakstelling + achterstand
 */
public record Ruilvoorstel(String pool, String gemeenteA, String gemeenteB, List<Huishouden> vanAnaarB,
        List<Huishouden> vanBnaarA, long extraGehuisvest, long minderPersoonsdagen, long personenAna, long opgaveA,
        long personenBna, long opgaveB) {

    public Ruilvoorstel {
        vanAnaarB = List.copyOf(vanAnaarB);
        vanBnaarA = List.copyOf(vanBnaarA);
    }
}
