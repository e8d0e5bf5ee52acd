package nl.kansrijk.relaxation;

/**
 * What the {@link KnapsackRelaxatie} says at its best multipliers, to guide ruin and recreate: per gemeente the value
 * of its knapsack and the households it takes. A plan's value is the bound minus the sum over gemeenten of each one's
 * <em>loss</em>: its knapsack value minus what its households in the plan are worth at those multipliers (≥ 0, see
 * {@link #verlies}); the gemeenten that lose most are where the plan differs from what the bound allows.
 * Immutable; safe to share.
 *
 * @param mu       per free household its multiplier
 * @param waarde   per gemeente the value of its knapsack under {@code mu}
 * @param gewenst  per gemeente the free households its knapsack takes
 * @param posities per gemeente and taken household: the gemeente's position in the household's allowed list
 * @param gewildDoor per free household the gemeenten whose knapsack takes it (derived from {@code gewenst})
 */
public record KnapsackGids(double[] mu, double[] waarde, int[][] gewenst, int[][] posities, int[][] gewildDoor) {

    /** The guide with {@code gewildDoor} derived from {@code gewenst}. */
    public KnapsackGids(double[] mu, double[] waarde, int[][] gewenst, int[][] posities) {
        this(mu, waarde, gewenst, posities, gewildDoor(mu.length, gewenst));
    }

    private static int[][] gewildDoor(int n, int[][] gewenst) {
        int[] tel = new int[n];
        for (int[] hs : gewenst) {
            for (int i : hs) {
                tel[i]++;
            }
        }
        int[][] uit = new int[n][];
        for (int i = 0; i < n; i++) {
            uit[i] = new int[tel[i]];
        }
        java.util.Arrays.fill(tel, 0);
        for (int g = 0; g < gewenst.length; g++) {
            for (int i : gewenst[g]) {
                uit[i][tel[i]++] = g;
            }
        }
        return uit;
    }

    /**
     * The loss of gemeente g when it holds free households whose value at the multipliers is {@code som} (Σ soft − μ)
     * and whose load is {@code last}: its knapsack value minus that, minus the balans cost of the load.
     */
    double verlies(TransportModel m, int g, double som, long last) {
        return waarde[g] - (som - (m.balans(g, 0) - m.balans(g, last)));
    }
}
