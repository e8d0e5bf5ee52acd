package nl.kansrijk.model;

/**
 * What a solve proved about its plan: a bound on the soft score of every plan that leaves no more persons unplaced,
 * whether no plan leaves fewer unplaced (the medium level), and whether the plan is optimal (both levels).
 *
 * @param bovengrens a proven upper bound of the soft score of every plan that leaves no more persons unplaced (and
 *                   so of every plan with the fewest unplaced, when {@code mediumBewezen})
 * @param mediumBewezen whether no plan leaves fewer persons unplaced (by the niet-geplaatst weights)
 * @param optimaal whether the plan is proven optimal: medium proven, hard 0, and soft within 0.01 % of the bound
 * @param methode how it was proven: {@code exact} (the MIP), {@code relaxatie} (the dual of the relaxations), or
 *                {@code relaxatie-groepen} (the same with the groepsgelijkheid rule on, its term modelled by a price
 *                per group: the Lagrangian bound of {@code Groepgrens} joined the others)
 */
public record Bewijs(long bovengrens, boolean mediumBewezen, boolean optimaal, String methode) {

    public static final String EXACT = "exact";
    public static final String RELAXATIE = "relaxatie";
    public static final String RELAXATIE_GROEPEN = "relaxatie-groepen";
}
