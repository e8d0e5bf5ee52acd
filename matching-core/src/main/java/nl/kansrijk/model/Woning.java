package nl.kansrijk.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A dwelling (woning) that comes free for vergunninghouders in a gemeente from a given day, for households of a
 * given size.
 *
 * @param id the dwelling's id, unique in the input
 * @param gemeenteCode the gemeente the dwelling is in
 * @param beschikbaarVanaf the first day a household can move in
 * @param minPersonen the smallest household it is meant for (at least 1)
 * @param maxPersonen the largest household it is meant for (at least {@code minPersonen})
 * @param toegankelijk whether it is accessible (for a household with a medical need), or {@code null} when not marked
 * @param soort its kind, or {@code null} when not given
 * @param slaapkamers number of bedrooms, or {@code null} when not given
 * @param huur monthly rent in euros, or {@code null} when not given
 */
public record Woning(String id, String gemeenteCode, LocalDate beschikbaarVanaf, int minPersonen, int maxPersonen,
        Boolean toegankelijk, Woningsoort soort, Integer slaapkamers, Double huur) {

    public Woning {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(gemeenteCode, "gemeenteCode");
        Objects.requireNonNull(beschikbaarVanaf, "beschikbaarVanaf");
        if (minPersonen < 1 || maxPersonen < minPersonen) {
            throw new IllegalArgumentException("woning " + id + ": personen " + minPersonen + "-" + maxPersonen);
        }
    }

    /** Whether a household of {@code personen} persons fits by size. */
    public boolean pastVoor(int personen) {
        return personen >= minPersonen && personen <= maxPersonen;
    }

    /** The days from {@code vanaf} until the dwelling comes free, at least 0 (the wachtdagen of a household counted from {@code vanaf}). */
    public long wachtdagenVanaf(LocalDate vanaf) {
        return Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(vanaf, beschikbaarVanaf));
    }

    /** Whether it is marked accessible. */
    public boolean isToegankelijk() {
        return Boolean.TRUE.equals(toegankelijk);
    }
}
