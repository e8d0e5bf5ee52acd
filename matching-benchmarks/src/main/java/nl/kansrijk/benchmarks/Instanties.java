package nl.kansrijk.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;

import nl.kansrijk.demo.DemoDataGenerator;
import nl.kansrijk.demo.DemoSettings;
import nl.kansrijk.io.input.ProblemReader;
import nl.kansrijk.io.input.ReadOptions;
import nl.kansrijk.model.MatchingProblem;
import nl.kansrijk.rules.Regel;
import nl.kansrijk.solve.MatchingConfig;
import nl.kansrijk.solve.PlanContext;

/**
 * The benchmark instances: the bundled samples ({@code sample-data/mini}, {@code sample-data/nl-2026-h1}, read with
 * the CLI's reader) and seeded national demo problems (342 gemeenten) of any number of households.
 */
public final class Instanties {

    /** Seed of every generated benchmark instance. */
    public static final long SEED = 1L;
    /** Households of the national-size instance (about 15,000 persons). */
    public static final int NATIONAAL = 6_500;

    private Instanties() {
    }

    /** The folder of the bundled samples: system property {@code kansrijk.sampleData}, default {@code sample-data}. */
    public static Path sampleData() {
        return Path.of(System.getProperty("kansrijk.sampleData", "sample-data"));
    }

    /** A bundled sample by folder name ({@code mini}, {@code nl-2026-h1}). */
    public static MatchingProblem sample(String naam) {
        Path dir = sampleData().resolve(naam);
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("sample folder " + dir.toAbsolutePath()
                    + " not found: run from the repository root or set -Dkansrijk.sampleData");
        }
        return ProblemReader.read(dir, ReadOptions.DEFAULT).problem();
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
