package nl.kansrijk.model;

import java.util.Objects;

/**
 * The part of a household that counts in one group of the groepsgelijkheid rule (groepsdeel): the group, how many
 * of the household's persons count in it, and their soft points per gemeente. Under a grouping of households the
 * part is the whole household; under {@code geslacht_volwassenen} a household has one part per sex among its adults.
 * The arrays are shared read-only; never mutated.
 *
 * @param groep the group value (for example {@code alleenstaand} or {@code v}; {@code ""} without a value)
 * @param personen the persons of the household that count in the group
 * @param zachtePunten per gemeente ({@link Bestemming#index()}): those persons' soft points there
 */
public record Groepsdeel(String groep, int personen, long[] zachtePunten) {

    public Groepsdeel {
        Objects.requireNonNull(groep, "groep");
        Objects.requireNonNull(zachtePunten, "zachtePunten");
    }

    /** The part's soft points in {@code b}. */
    public long zacht(Bestemming b) {
        return zachtePunten[b.index()];
    }

    /** The part's soft points in the gemeente with index {@code gemeente}. */
    public long zacht(int gemeente) {
        return zachtePunten[gemeente];
    }
}
