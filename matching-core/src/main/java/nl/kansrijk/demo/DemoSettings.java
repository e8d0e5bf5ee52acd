package nl.kansrijk.demo;

import java.util.Objects;

import nl.kansrijk.model.Periode;

/**
 * What to generate: how many households, from which seed, for which half year, which share of them already has a
 * koppeling (pinned), and the shape of the period: the area, the spare room, the share of announced nareizigers, the
 * share of households no gemeente can take, how permits arrive, and the share with preferred gemeenten. The
 * defaults ({@link #of}, or the four-argument constructor) give exactly the generator's original instances.
 *
 * @param huishoudens number of households to draw (at least 1)
 * @param seed random seed: the same settings always give the identical problem
 * @param periode half year, {@code YYYY-H1} or {@code YYYY-H2}; permit dates fall inside it
 * @param gekoppeldFractie share 0–1 of households, those with the earliest permit dates, that get an existing koppeling
 * @param gebied the gemeenten of the instance (default: the whole country)
 * @param ruimte spare room 0–0.12: total capacity = persons × (1 + ruimte); {@code null}: the generator's own
 *        (taakstelling 3–5 % above the persons, plus net arrears)
 * @param aangekondigd share 0–1 of nareizigers (without koppeling) announced before their permit (default 0.85)
 * @param onplaatsbaar share 0–0.2 of households (not pinned) that no gemeente can take under the hard rules (default 0)
 * @param aankomst how permit dates spread over the half year (default {@link Aankomst#EVEN})
 * @param voorkeur share 0–1 of households with preferred gemeenten (default 0.20)
 */
public record DemoSettings(int huishoudens, long seed, String periode, double gekoppeldFractie, Gebied gebied,
        Double ruimte, double aangekondigd, double onplaatsbaar, Aankomst aankomst, double voorkeur) {


    /** The default period when none is given. */
    public static final String STANDAARD_PERIODE = "2026-H1";
    /** Default share of nareizigers (without koppeling) whose coming is known before their permit. */
    public static final double STANDAARD_AANGEKONDIGD = 0.85;
    /** Default share of households with preferred gemeenten. */
    public static final double STANDAARD_VOORKEUR = 0.20;
    /** Largest spare room accepted. */
    public static final double MAX_RUIMTE = 0.12;
    /** Largest share of unplaceable households accepted. */
    public static final double MAX_ONPLAATSBAAR = 0.20;

    public DemoSettings {
        if (huishoudens < 1) {
            throw new IllegalArgumentException("huishoudens moet minstens 1 zijn, is " + huishoudens);
        }
        if (!Periode.isGeldig(periode)) {
            throw new IllegalArgumentException(Periode.fout(periode));
        }
        if (!(gekoppeldFractie >= 0.0 && gekoppeldFractie <= 1.0)) {
            throw new IllegalArgumentException("gekoppeld-fractie moet tussen 0 en 1 liggen, is " + gekoppeldFractie);
        }
        Objects.requireNonNull(gebied, "gebied");
        Objects.requireNonNull(aankomst, "aankomst");
        if (ruimte != null && !(ruimte >= 0.0 && ruimte <= MAX_RUIMTE)) {
            throw new IllegalArgumentException("ruimte moet tussen 0 en " + MAX_RUIMTE + " liggen, is " + ruimte);
        }
        if (!(aangekondigd >= 0.0 && aangekondigd <= 1.0)) {
            throw new IllegalArgumentException("aangekondigd moet tussen 0 en 1 liggen, is " + aangekondigd);
        }
        if (!(onplaatsbaar >= 0.0 && onplaatsbaar <= MAX_ONPLAATSBAAR)) {
            throw new IllegalArgumentException("onplaatsbaar moet tussen 0 en " + MAX_ONPLAATSBAAR + " liggen, is " + onplaatsbaar);
        }
        if (!(voorkeur >= 0.0 && voorkeur <= 1.0)) {
            throw new IllegalArgumentException("voorkeur moet tussen 0 en 1 liggen, is " + voorkeur);
        }
    }

    /** The original four settings, every shape setting at its default. */
    public DemoSettings(int huishoudens, long seed, String periode, double gekoppeldFractie) {
        this(huishoudens, seed, periode, gekoppeldFractie, Gebied.LAND, null, STANDAARD_AANGEKONDIGD, 0.0,
                Aankomst.EVEN, STANDAARD_VOORKEUR);
    }

    /** {@code huishoudens} households for {@value #STANDAARD_PERIODE}, none pinned. */
    public static DemoSettings of(int huishoudens, long seed) {
        return new DemoSettings(huishoudens, seed, STANDAARD_PERIODE, 0.0);
    }

    /** These settings with another seed. */
    public DemoSettings withSeed(long s) {
        return new DemoSettings(huishoudens, s, periode, gekoppeldFractie, gebied, ruimte, aangekondigd, onplaatsbaar, aankomst, voorkeur);
    }

    /** These settings with another share of pinned households. */
    public DemoSettings withGekoppeldFractie(double f) {
        return new DemoSettings(huishoudens, seed, periode, f, gebied, ruimte, aangekondigd, onplaatsbaar, aankomst, voorkeur);
    }

    /** These settings with another area. */
    public DemoSettings withGebied(Gebied g) {
        return new DemoSettings(huishoudens, seed, periode, gekoppeldFractie, g, ruimte, aangekondigd, onplaatsbaar, aankomst, voorkeur);
    }

    /** These settings with another spare room ({@code null}: the generator's own). */
    public DemoSettings withRuimte(Double r) {
        return new DemoSettings(huishoudens, seed, periode, gekoppeldFractie, gebied, r, aangekondigd, onplaatsbaar, aankomst, voorkeur);
    }

    /** These settings with another share of announced nareizigers. */
    public DemoSettings withAangekondigd(double a) {
        return new DemoSettings(huishoudens, seed, periode, gekoppeldFractie, gebied, ruimte, a, onplaatsbaar, aankomst, voorkeur);
    }

    /** These settings with another share of unplaceable households. */
    public DemoSettings withOnplaatsbaar(double o) {
        return new DemoSettings(huishoudens, seed, periode, gekoppeldFractie, gebied, ruimte, aangekondigd, o, aankomst, voorkeur);
    }

    /** These settings with another arrival pattern. */
    public DemoSettings withAankomst(Aankomst a) {
        return new DemoSettings(huishoudens, seed, periode, gekoppeldFractie, gebied, ruimte, aangekondigd, onplaatsbaar, a, voorkeur);
    }

    /** These settings with another share of households with preferred gemeenten. */
    public DemoSettings withVoorkeur(double v) {
        return new DemoSettings(huishoudens, seed, periode, gekoppeldFractie, gebied, ruimte, aangekondigd, onplaatsbaar, aankomst, v);
    }
}
