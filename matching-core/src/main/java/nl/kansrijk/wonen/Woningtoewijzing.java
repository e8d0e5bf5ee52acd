package nl.kansrijk.wonen;

import java.util.List;

/**
 * The dwellings of all linked households (woningtoewijzing): per gemeente the most households housed, then the
 * fewest persons × wachtdagen, proven optimal.
 *
 * @param toewijzingen one per linked household, in the order of the koppelingen
 */
public record Woningtoewijzing(List<Toewijzing> toewijzingen) {

    public Woningtoewijzing {
        toewijzingen = List.copyOf(toewijzingen);
    }

    /** Households with a dwelling. */
    public long gehuisvest() {
        return toewijzingen.stream().filter(Toewijzing::isGehuisvest).count();
    }

    /** Households without a fitting dwelling. */
    public long zonderWoning() {
        return toewijzingen.size() - gehuisvest();
    }

    /** Persons housed. */
    public long gehuisvestePersonen() {
        return toewijzingen.stream().filter(Toewijzing::isGehuisvest).mapToLong(t -> t.huishouden().personen()).sum();
    }

    /** Σ persons × wachtdagen over the households housed: the second objective. */
    public long persoonsdagen() {
        return toewijzingen.stream().mapToLong(Toewijzing::persoonsdagen).sum();
    }

    /** Sum of wachtdagen over the households housed. */
    public long wachtdagen() {
        return toewijzingen.stream().filter(Toewijzing::isGehuisvest).mapToLong(Toewijzing::wachtdagen).sum();
    }
}
