package nl.kansrijk.metrics;

/**
 * Quality of the koppelingen of a set of households (kwaliteit), all shares person-weighted and between 0 and 1;
 * NaN when the set has no household the measure applies to.
 *
 * @param huishoudens households in the set
 * @param personen persons in the set
 * @param geplaatstePersonen persons placed
 * @param aandeelGeplaatst placed persons / persons
 * @param aandeelEersteRegio persons placed in their first advised region / persons of households with a regioadvies
 * @param aandeelAdviesRegio persons placed in any advised region / persons of households with a regioadvies
 * @param kmGemiddeld mean km from azc to gemeente over placed persons whose azc is known
 * @param kmP90 90th percentile of that distance (nearest-rank)
 * @param aandeelVoorkeurOfNetwerk persons placed in a preferred gemeente or within the network radius / persons
 *        of households with a preference or a network gemeente
 * @param gemiddeldeSectorvraag mean over placed persons with sectors of the region's mean demand (0–100) for their sectors
 * @param zachtPerPersoon mean over placed persons of the soft score from the soft per-household rules (weighted,
 *        signed): the quantity whose group means the groepsgelijkheid rule compares
 */
public record Kwaliteit(long huishoudens, long personen, long geplaatstePersonen, double aandeelGeplaatst,
        double aandeelEersteRegio, double aandeelAdviesRegio, double kmGemiddeld, double kmP90,
        double aandeelVoorkeurOfNetwerk, double gemiddeldeSectorvraag, double zachtPerPersoon) {

    /** Persons not placed. */
    public long nietGeplaatstePersonen() {
        return personen - geplaatstePersonen;
    }
}
