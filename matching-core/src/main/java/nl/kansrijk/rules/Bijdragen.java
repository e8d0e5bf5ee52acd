package nl.kansrijk.rules;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import nl.kansrijk.model.Bestemming;
import nl.kansrijk.model.Plaatsingseenheid;

/**
 * Score contributions (bijdragen) of one household in one gemeente, or of one gemeente's load: per rule,
 * the signed and weighted score the rule adds. Computed with {@link Regels}, exactly as the solver scores.
 *
 * @param perRegel signed weighted score per rule; rules that contribute 0 are left out
 */
public record Bijdragen(Map<Regel, Long> perRegel) {

    public Bijdragen {
        perRegel = Collections.unmodifiableMap(new EnumMap<>(perRegel.isEmpty() ? new EnumMap<>(Regel.class) : perRegel));
    }

    /** The contributions of household {@code p} placed in {@code b} ({@code null}: unplaced). */
    public static Bijdragen vanHuishouden(Plaatsingseenheid p, Bestemming b, Gewichten gewichten) {
        EnumMap<Regel, Long> map = new EnumMap<>(Regel.class);
        if (b == null) {
            put(map, Regel.NIET_GEPLAATST, gewichten, Regels.nietGeplaatst(p));
        } else {
            for (Regel r : Regel.HARD_PER_HUISHOUDEN) {
                put(map, r, gewichten, r.punten(p, b));
            }
            for (Regel r : Regel.ZACHT_PER_HUISHOUDEN) {
                put(map, r, gewichten, r.punten(p, b));
            }
        }
        return new Bijdragen(map);
    }

    /**
     * The contributions of household {@code p} in {@code b} in a plan whose free (not bound) persons per gemeente
     * {@code vrijePersonen} gives: as {@link #vanHuishouden(Plaatsingseenheid, Bestemming, Gewichten)}, plus
     * {@link Regel#VOORRANG_GEBONDEN} when {@code p} is a nareiziger left unplaced while free households hold room
     * in its family's gemeente.
     */
    public static Bijdragen vanHuishouden(Plaatsingseenheid p, Bestemming b, Gewichten gewichten,
            java.util.function.ToLongFunction<Bestemming> vrijePersonen) {
        Bijdragen eigen = vanHuishouden(p, b, gewichten);
        Bestemming familie = p.getFamilieBestemming();
        if (b != null || familie == null || vrijePersonen.applyAsLong(familie) == 0) {
            return eigen;
        }
        EnumMap<Regel, Long> map = new EnumMap<>(Regel.class);
        map.putAll(eigen.perRegel());
        put(map, Regel.VOORRANG_GEBONDEN, gewichten, Regels.voorrangGebonden(p));
        return new Bijdragen(map);
    }

    /**
     * The soft score of household {@code p} placed in {@code b}: the sum of {@link #vanHuishouden}'s soft
     * contributions, without building the map (the relaxation evaluates every allowed pair). Also the quantity whose
     * group means the groepsgelijkheid rule compares.
     */
    public static long zacht(Plaatsingseenheid p, Bestemming b, Gewichten gewichten) {
        long som = 0;
        for (Regel r : Regel.ZACHT_PER_HUISHOUDEN) {
            long w = gewichten.get(r);
            if (w != 0) {
                som += r.teken() * w * r.punten(p, b);
            }
        }
        return som;
    }

    /**
     * The gemeente-level contributions (taakstelling, balans) of gemeente {@code b} carrying {@code last} persons,
     * {@code gebonden} of them of pinned or nareiziger households placed there.
     */
    public static Bijdragen vanGemeente(Bestemming b, long last, long gebonden, Gewichten gewichten) {
        EnumMap<Regel, Long> map = new EnumMap<>(Regel.class);
        put(map, Regel.TAAKSTELLING, gewichten, Regels.taakstelling(b, last, gebonden));
        put(map, Regel.BALANS, gewichten, Regels.balans(b, last));
        return new Bijdragen(map);
    }

    /** The plan-level contribution of the groepsgelijkheid rule for the given group standings. */
    public static Bijdragen vanGroepen(Collection<Groepstand> groepen, Gewichten gewichten) {
        EnumMap<Regel, Long> map = new EnumMap<>(Regel.class);
        if (gewichten.get(Regel.GROEPSGELIJKHEID) != 0) {
            put(map, Regel.GROEPSGELIJKHEID, gewichten, Regels.groepsgelijkheid(groepen));
        }
        return new Bijdragen(map);
    }

    /**
     * The score change of placing unplaced household {@code p} in {@code b}, which carries {@code last} persons
     * ({@code gebonden} of bound households) so far: its own contributions, minus its niet-geplaatst penalty, plus the
     * change of the gemeente's taakstelling and balans terms. The gain a greedy, one-at-a-time placement maximises.
     */
    public static HardMediumSoftScore plaatsingswinst(Plaatsingseenheid p, Bestemming b, long last, long gebonden,
            Gewichten gewichten) {
        long gebondenMet = gebonden + p.gebondenPersonenIn(b);
        return vanHuishouden(p, b, gewichten).score()
                .subtract(vanHuishouden(p, null, gewichten).score())
                .add(vanGemeente(b, last + p.getPersonen(), gebondenMet, gewichten).score())
                .subtract(vanGemeente(b, last, gebonden, gewichten).score());
    }

    private static void put(EnumMap<Regel, Long> map, Regel r, Gewichten gewichten, long punten) {
        long w = gewichten.get(r);
        if (punten != 0 && w != 0) {
            map.put(r, r.teken() * w * punten);
        }
    }

    /** The contribution of one rule, 0 when it contributes nothing. */
    public long get(Regel regel) {
        return perRegel.getOrDefault(regel, 0L);
    }

    /** The sum as a score. */
    public HardMediumSoftScore score() {
        long hard = 0, medium = 0, soft = 0;
        for (Map.Entry<Regel, Long> e : perRegel.entrySet()) {
            switch (e.getKey().niveau()) {
                case HARD -> hard += e.getValue();
                case MEDIUM -> medium += e.getValue();
                case SOFT -> soft += e.getValue();
            }
        }
        return HardMediumSoftScore.of(hard, medium, soft);
    }

    /** Sum of the soft contributions. */
    public long zacht() {
        return score().softScore();
    }

    /** Whether any hard rule is broken. */
    public boolean schendtHardeRegel() {
        return score().hardScore() != 0;
    }
}
