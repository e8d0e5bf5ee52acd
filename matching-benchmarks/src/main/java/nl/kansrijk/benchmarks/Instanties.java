package nl.kansrijk.benchmarks;

import nl.kansrijk.demo.DemoDataGenerator;
import nl.kansrijk.demo.DemoSettings;
import nl.kansrijk.model.MatchingProblem;
import nl.kansrijk.rules.Regel;
import nl.kansrijk.solve.MatchingConfig;
import nl.kansrijk.solve.PlanContext;

/** The benchmark instances: seeded national demo problems (342 gemeenten) of a given number of households. */
public final class Instanties {

    /** Seed of every generated benchmark instance. */
    public static final long SEED = 1L;
    /** Households of the national-size instance (about 15,000 persons). */
    public static final int NATIONAAL = 6_500;

    private Instanties() {
    }

    /** A generated problem with {@code huishoudens} households on the 342 gemeenten, seed {@link #SEED}. */
    public static MatchingProblem gegenereerd(int huishoudens) {
        return DemoDataGenerator.genereer(DemoSettings.of(huishoudens, SEED));
    }

    /** The comparison configuration: default weights with {@code balans} off, so the exact model applies. */
    public static MatchingConfig lineaireConfig() {
        return MatchingConfig.STANDAARD.withGewicht(Regel.BALANS, 0);
    }

    /** The problem prepared under {@link #lineaireConfig()}. */
    public static PlanContext lineair(MatchingProblem problem) {
        return PlanContext.of(problem, lineaireConfig());
    }
}
