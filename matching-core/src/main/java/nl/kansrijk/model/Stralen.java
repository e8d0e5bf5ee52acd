package nl.kansrijk.model;

/**
 * The radii (stralen) in whole km that the distance rules use.
 *
 * @param familieKm eerstegraadsfamilie: at most this far from the family gemeente (default 25)
 * @param zorgKm medische zorg: at most this far from the required zorglocatie (default 30)
 * @param werkKm werk of opleiding: at most this far from the job or school gemeente (default 40)
 * @param netwerkKm netwerk: rewarded when at most this far from the network gemeente (default 25)
 */
public record Stralen(int familieKm, int zorgKm, int werkKm, int netwerkKm) {

    /** The documented defaults: 25, 30, 40 and 25 km. */
    public static final Stralen STANDAARD = new Stralen(25, 30, 40, 25);

    public Stralen {
        if (familieKm < 0 || zorgKm < 0 || werkKm < 0 || netwerkKm < 0) {
            throw new IllegalArgumentException("radii must be non-negative km");
        }
    }
}
