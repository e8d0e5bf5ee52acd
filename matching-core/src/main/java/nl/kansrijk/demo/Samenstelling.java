package nl.kansrijk.demo;

import java.util.SplittableRandom;

/**
 * The make-up (samenstelling) of a drawn household: its kind and its adults and children. The mix is synthetic
 * but shaped like permit holders' households: half singles, then families of 3–5, single parents, couples
 * and some households of 6 or more; on average about 2.3 persons.
 *
 * @param soort the kind of household
 * @param volwassenen adults
 * @param kinderen children
 */
record Samenstelling(Soort soort, int volwassenen, int kinderen) {

    /** Kinds of household. */
    enum Soort { ALLEENSTAAND, PAAR, EENOUDER, GEZIN, GROOT_GEZIN }

    private static final WeightedChoice SOORT = new WeightedChoice(new double[] {0.50, 0.10, 0.12, 0.22, 0.06});
    private static final WeightedChoice KINDEREN_1_3 = new WeightedChoice(new double[] {0.50, 0.30, 0.20});
    private static final WeightedChoice KINDEREN_GEZIN = new WeightedChoice(new double[] {0.35, 0.40, 0.25});
    private static final WeightedChoice GROOT = new WeightedChoice(new double[] {0.50, 0.30, 0.20});

    int personen() {
        return volwassenen + kinderen;
    }

    /** A household make-up drawn from the mix. */
    static Samenstelling draw(SplittableRandom rng) {
        Soort soort = Soort.values()[SOORT.pick(rng)];
        return switch (soort) {
            case ALLEENSTAAND -> new Samenstelling(soort, 1, 0);
            case PAAR -> new Samenstelling(soort, 2, 0);
            case EENOUDER -> new Samenstelling(soort, 1, 1 + KINDEREN_1_3.pick(rng));
            case GEZIN -> new Samenstelling(soort, 2, 1 + KINDEREN_GEZIN.pick(rng));
            case GROOT_GEZIN -> {
                int personen = 6 + GROOT.pick(rng);
                int volwassenen = WeightedChoice.chance(rng, 0.3) ? 3 : 2;
                yield new Samenstelling(soort, volwassenen, personen - volwassenen);
            }
        };
    }
}
