package nl.kansrijk.demo;

import java.util.regex.Pattern;

/**
 * What to generate: how many households, from which seed, for which half year, and which share of them
 * already has a koppeling (pinned).
 *
 * @param huishoudens number of households to draw (at least 1)
 * @param seed random seed: the same settings always give the identical problem
 * @param periode half year, {@code YYYY-H1} or {@code YYYY-H2}; permit dates fall inside it
 * @param gekoppeldFractie share 0–1 of households, those with the earliest permit dates, that get an existing koppeling
 */
public record DemoSettings(int huishoudens, long seed, String periode, double gekoppeldFractie) {

    private static final Pattern PERIODE = Pattern.compile("\\d{4}-H[12]");

    /** The default period when none is given. */
    public static final String STANDAARD_PERIODE = "2026-H1";

    public DemoSettings {
        if (huishoudens < 1) {
            throw new IllegalArgumentException("huishoudens moet minstens 1 zijn, is " + huishoudens);
        }
        if (periode == null || !PERIODE.matcher(periode).matches()) {
            throw new IllegalArgumentException("periode '" + periode + "' heeft niet de vorm JJJJ-H1 of JJJJ-H2");
        }
        if (!(gekoppeldFractie >= 0.0 && gekoppeldFractie <= 1.0)) {
            throw new IllegalArgumentException("gekoppeld-fractie moet tussen 0 en 1 liggen, is " + gekoppeldFractie);
        }
    }

    /** {@code huishoudens} households for {@value #STANDAARD_PERIODE}, none pinned. */
    public static DemoSettings of(int huishoudens, long seed) {
        return new DemoSettings(huishoudens, seed, STANDAARD_PERIODE, 0.0);
    }
}
