package nl.kansrijk.simulate;

/**
 * The parameters of the look-ahead policy (vooruitblik).
 *
 * @param steekproeven number of sampled futures per batch (at least 1); with more than one, each real household
 *        takes the gemeente most futures agree on
 * @param schaal factor on the expected number of future arrivals (1 = as many as the arrival rate so far predicts;
 *        below 1 reserves less room for the future, above 1 more)
 * @param maxToekomst at most this many sampled households per future; when more are expected, a fraction
 *        f = maxToekomst / expected is sampled and each gemeente's remaining room is scaled by f too
 * @param budget the search budget of each solve
 */
public record Vooruitblik(int steekproeven, double schaal, int maxToekomst, Zoekbudget budget) {

    /** One future at the expected size, at most 1,500 sampled households, 200 local-search moves per household. */
    public static final Vooruitblik STANDAARD = new Vooruitblik(1, 1.0, 1_500, new Zoekbudget(200));

    public Vooruitblik {
        if (steekproeven < 1) {
            throw new IllegalArgumentException("steekproeven moet minstens 1 zijn, is " + steekproeven);
        }
        if (!(schaal >= 0.0) || Double.isInfinite(schaal)) {
            throw new IllegalArgumentException("schaal moet 0 of groter zijn, is " + schaal);
        }
        if (maxToekomst < 1) {
            throw new IllegalArgumentException("max-toekomst moet minstens 1 zijn, is " + maxToekomst);
        }
        java.util.Objects.requireNonNull(budget, "budget");
    }

    public Vooruitblik withBudget(Zoekbudget b) {
        return new Vooruitblik(steekproeven, schaal, maxToekomst, b);
    }
}
