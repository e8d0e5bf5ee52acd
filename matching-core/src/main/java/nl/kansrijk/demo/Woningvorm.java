package nl.kansrijk.demo;

import java.util.Locale;

/**
 * A shape of the synthetic dwelling supply (woningvorm) of a generated instance: how many dwellings come free per
 * household, which sizes, and when. Written {@code AANBOD-MIX-VRIJKOMEN}, for example {@code schaars-gezin-laat}.
 *
 * @param aanbod how many dwellings per household
 * @param mix which sizes
 * @param vrijkomen when they come free
 */
public record Woningvorm(Aanbod aanbod, Mix mix, Vrijkomen vrijkomen) {

    /** How many dwellings come free per household of the instance (pinned ones included). */
    public enum Aanbod {
        /** 0.6 dwellings per household: many stay without a dwelling. */
        SCHAARS(0.60),
        /** 0.85 dwellings per household. */
        KRAP(0.85),
        /** 1.15 dwellings per household: most could be housed, the question is where and when. */
        RUIM(1.15);

        private final double perHuishouden;

        Aanbod(double perHuishouden) {
            this.perHuishouden = perHuishouden;
        }

        /** Dwellings per household. */
        public double perHuishouden() {
            return perHuishouden;
        }
    }

    /**
     * Which sizes: the share of small dwellings (a room for one, a flat for one or two) of a gemeente is its share
     * of one-person housing ({@code aandeel_eenpersoonswoningen}) plus {@link #verschuiving}, kept within
     * [{@link #min}, {@link #max}]; the rest is middel (2–4), groot (3–6) and zeer groot (5–9) as 55 : 35 : 10.
     */
    public enum Mix {
        /** Mostly small flats. */
        KLEIN(0.40, 0.50, 0.85),
        /** The mix of {@code sample-data/scripts/u16-woningen.py}. */
        GEMENGD(0.20, 0.30, 0.70),
        /** Mostly family homes. */
        GEZIN(-0.05, 0.10, 0.40);

        private final double verschuiving;
        private final double min;
        private final double max;

        Mix(double verschuiving, double min, double max) {
            this.verschuiving = verschuiving;
            this.min = min;
            this.max = max;
        }

        /** The share of small dwellings in a gemeente with {@code aandeelEen} (0–100) one-person housing. */
        public double klein(int aandeelEen) {
            return Math.min(max, Math.max(min, aandeelEen / 100.0 + verschuiving));
        }
    }

    /** When the dwellings come free between 9 days after the period's start and 62 days after its end. */
    public enum Vrijkomen {
        /** Front-loaded: the density falls linearly to 0. */
        VROEG,
        /** Evenly. */
        EVEN,
        /** Back-loaded: the density rises linearly from 0. */
        LAAT;

        /** The fraction of the span for a uniform draw {@code u} in [0, 1). */
        double fractie(double u) {
            return switch (this) {
                case VROEG -> 1 - StrictMath.sqrt(1 - u);
                case EVEN -> u;
                case LAAT -> StrictMath.sqrt(u);
            };
        }
    }

    public Woningvorm {
        java.util.Objects.requireNonNull(aanbod, "aanbod");
        java.util.Objects.requireNonNull(mix, "mix");
        java.util.Objects.requireNonNull(vrijkomen, "vrijkomen");
    }

    /** The shape for {@code AANBOD-MIX-VRIJKOMEN} (case-insensitive), or an error in Dutch naming the allowed words. */
    public static Woningvorm parse(String tekst) {
        String[] d = tekst == null ? new String[0] : tekst.strip().toUpperCase(Locale.ROOT).split("-", -1);
        if (d.length != 3) {
            throw new IllegalArgumentException(fout(tekst));
        }
        try {
            return new Woningvorm(Aanbod.valueOf(d[0]), Mix.valueOf(d[1]), Vrijkomen.valueOf(d[2]));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(fout(tekst));
        }
    }

    private static String fout(String tekst) {
        return "woningen moet AANBOD-MIX-VRIJKOMEN zijn (schaars|krap|ruim - klein|gemengd|gezin - vroeg|even|laat, "
                + "bijvoorbeeld schaars-gezin-laat), is '" + tekst + "'";
    }

    /** The written form, {@code aanbod-mix-vrijkomen} in lower case. */
    @Override
    public String toString() {
        return (aanbod + "-" + mix + "-" + vrijkomen).toLowerCase(Locale.ROOT);
    }
}
