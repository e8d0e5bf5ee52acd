package nl.kansrijk.model;

/**
 * What a solve proved about its plan: a bound on the soft score of every plan that leaves no more persons unplaced,
 * whether no plan leaves fewer unplaced (the medium level), and whether the plan is optimal (both levels).
 *
 * @param bovengrens a proven upper bound of the soft score of every plan that leaves no more persons unplaced (and
 *                   so of every plan with the fewest unplaced, when {@code mediumBewezen})
 * @param mediumBewezen whether no plan leaves fewer persons unplaced (by the niet-geplaatst weights)
 * @param optimaal whether the plan is proven optimal: medium proven, hard 0, and soft within 0.01 % of the bound
 * @param methode how it was proven: {@code exact} (CP-SAT), or {@code relaxatie} (the dual of the relaxations)
 */
public record Bewijs(long bovengrens, boolean mediumBewezen, boolean optimaal, String methode) {

    public static final String EXACT = "exact";
    public static final String RELAXATIE = "relaxatie";
}
