package nl.kansrijk.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A grouping (groepsindeling) by one column: of households by the derived {@code huishoudtype}, the
 * {@code opleidingsniveau} or any extra column of {@code huishoudens.csv} (for example
 * {@code geslacht_hoofdaanvrager}), or of persons by the sex of every adult ({@code geslacht_volwassenen}, from
 * {@code personen.csv}). The one definition of "the group of a household" and of how a household's soft points are
 * split over groups ({@link #delen}), used by the groepsgelijkheid rule, its bounds and exact path, advice and
 * explanations, and by the group metrics. A household without a value for an extra column is in group {@code ""}.
 *
 * @param kolom {@code huishoudtype}, {@code opleidingsniveau}, {@code geslacht_volwassenen} or the name of an extra
 *        column
 */
public record Groepsindeling(String kolom) {

    /** The derived household type. */
    public static final String HUISHOUDTYPE = "huishoudtype";
    /** The education level column. */
    public static final String OPLEIDINGSNIVEAU = "opleidingsniveau";
    /** Every adult in the group of their sex, as {@code personen.csv} gives it. */
    public static final String GESLACHT_VOLWASSENEN = "geslacht_volwassenen";
    /** The default grouping: household type. */
    public static final Groepsindeling STANDAARD = new Groepsindeling(HUISHOUDTYPE);

    public Groepsindeling {
        Objects.requireNonNull(kolom, "kolom");
        if (kolom.isBlank()) {
            throw new IllegalArgumentException("grouping column must not be empty");
        }
    }

    /** Whether the grouping is by an extra column of {@code huishoudens.csv} (a kenmerk). */
    public boolean isKenmerk() {
        return !kolom.equals(HUISHOUDTYPE) && !kolom.equals(OPLEIDINGSNIVEAU) && !isPerVolwassene();
    }

    /** Whether the grouping puts every adult in the group of their sex ({@code geslacht_volwassenen}), not households. */
    public boolean isPerVolwassene() {
        return kolom.equals(GESLACHT_VOLWASSENEN);
    }

    /**
     * The group of a household under a grouping of households; a grouping per adult has no one group per household
     * (use {@link #delen}).
     */
    public String groep(Huishouden h) {
        if (isPerVolwassene()) {
            throw new IllegalStateException(GESLACHT_VOLWASSENEN + " groups adults, not households");
        }
        return switch (kolom) {
            case HUISHOUDTYPE -> Huishoudtype.van(h).label();
            case OPLEIDINGSNIVEAU -> h.opleidingsniveau().code();
            default -> h.kenmerken().getOrDefault(kolom, "");
        };
    }

    /** The name of the grouping in the metrics: {@code huishoudtype}, {@code opleidingsniveau} or {@code kenmerk:<column>}. */
    public String naam() {
        return isKenmerk() ? "kenmerk:" + kolom : kolom;
    }

    /**
     * How household {@code h} counts in the groups: its parts, sorted by group. {@code zacht} is its soft points per
     * gemeente z(h, g) (a multiple of its persons n(h): every soft per-household rule is n(h) times points per person).
     * <ul>
     * <li>Under a grouping of households: one part, the whole household: its group, n(h) persons, {@code zacht}
     * itself.</li>
     * <li>Under {@code geslacht_volwassenen}: each adult counts once, in the group of their sex; children in none. An
     * adult's soft points are the household's per person, z(h, g) / n(h), plus {@code afwijking} of that adult (per
     * gemeente the change its own uitkomstkans makes against the household's, or {@code null}: none). The adults
     * {@code personen.csv} lists with a sex are in that sex's group, those it lists without one and the household's
     * other adults (up to {@link Huishouden#volwassenen()}, at z(h, g) / n(h) each) in group {@code ""}. A part sums
     * its adults: persons and points. A household without adults has no part.</li>
     * </ul>
     */
    public List<Groepsdeel> delen(Huishouden h, long[] zacht, Function<Persoon, long[]> afwijking) {
        if (!isPerVolwassene()) {
            return List.of(new Groepsdeel(groep(h), h.personen(), zacht));
        }
        int n = Math.max(1, h.personen());
        Map<String, long[]> punten = new TreeMap<>();
        Map<String, Integer> personen = new TreeMap<>();
        int genoemd = 0;
        for (Persoon a : h.leden()) {
            if (!a.volwassene() || genoemd == h.volwassenen()) {
                continue;
            }
            genoemd++;
            String groep = a.geslacht() == null ? "" : a.geslacht();
            long[] t = punten.computeIfAbsent(groep, g -> new long[zacht.length]);
            long[] af = afwijking.apply(a);
            for (int g = 0; g < zacht.length; g++) {
                t[g] += Math.floorDiv(zacht[g], n) + (af == null ? 0 : af[g]);
            }
            personen.merge(groep, 1, Integer::sum);
        }
        int overig = h.volwassenen() - genoemd;
        if (overig > 0) {
            long[] t = punten.computeIfAbsent("", g -> new long[zacht.length]);
            for (int g = 0; g < zacht.length; g++) {
                t[g] += overig * Math.floorDiv(zacht[g], n);
            }
            personen.merge("", overig, Integer::sum);
        }
        List<Groepsdeel> uit = new ArrayList<>(punten.size());
        punten.forEach((g, t) -> uit.add(new Groepsdeel(g, personen.get(g), t)));
        return List.copyOf(uit);
    }
}
