package nl.kansrijk.exact;

/**
 * What the exact path found for a plan's free households: the best plan CP-SAT found, and what it proved.
 *
 * @param keuze per free household of the {@link nl.kansrijk.relaxation.TransportModel} the position in its allowed
 *              list, or −1 (unplaced)
 * @param medium the plan's medium score over the free households (the niet-geplaatst terms, ≤ 0)
 * @param zacht the plan's soft score over the free households plus the balans terms, as the model counts it (with
 *              groepsgelijkheid on, plus the rule's whole term, its fixed households' groups included)
 * @param mediumBewezen whether no plan has a better medium score (fewer unplaced persons, by weight)
 * @param zachtGrens a proven upper bound of {@code zacht} over the plans with this medium score (valid only when
 *                   {@code mediumBewezen})
 * @param optimaal whether the plan is proven optimal: medium proven, then soft equal to its bound
 * @param seconden wall time of the exact path
 */
public record ExactResult(int[] keuze, long medium, long zacht, boolean mediumBewezen, long zachtGrens,
        boolean optimaal, double seconden) {

    public ExactResult {
        keuze = keuze.clone();
    }

    @Override
    public int[] keuze() {
        return keuze.clone();
    }
}
