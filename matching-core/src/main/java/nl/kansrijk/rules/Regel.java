package nl.kansrijk.rules;

import java.util.Arrays;
import java.util.Optional;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;

/**
 * Every placement rule of the engine, with its constraint id, score level, direction, default weight and
 * Dutch label. The id is the constraint name in the solver and the key for weight overrides.
 * See {@code docs/model.md} for each rule's formula.
 */
public enum Regel {
    TAAKSTELLING("taakstelling", Niveau.HARD, false, 1, "taakstelling", true),
    EERSTEGRAADSFAMILIE("eerstegraadsfamilie", Niveau.HARD, false, 1, "eerstegraadsfamilie", false),
    MEDISCHE_ZORG("medische-zorg", Niveau.HARD, false, 1, "medische zorg", false),
    WERK_OF_OPLEIDING("werk-of-opleiding", Niveau.HARD, false, 1, "werk of opleiding", false),
    NAREIZIGER("nareiziger", Niveau.HARD, false, 1, "nareiziger", false),
    UITGESLOTEN("uitgesloten", Niveau.HARD, false, 1, "uitgesloten gemeente", false),
    VOORRANG_GEBONDEN("voorrang-gebonden", Niveau.HARD, false, 1, "voorrang voor nareizigers", false),
    NIET_GEPLAATST("niet-geplaatst", Niveau.MEDIUM, false, 1, "niet geplaatst", false),
    REGIOADVIES("regioadvies", Niveau.SOFT, true, 100, "regioadvies", false),
    SECTORVRAAG("sectorvraag", Niveau.SOFT, true, 10, "sectorvraag", false),
    AZC_NABIJHEID("azc-nabijheid", Niveau.SOFT, false, 2, "afstand tot azc", false),
    VOORKEUR("voorkeur", Niveau.SOFT, true, 50, "voorkeur", false),
    NETWERK("netwerk", Niveau.SOFT, true, 50, "netwerk", false),
    WONINGAANBOD("woningaanbod", Niveau.SOFT, true, 1, "woningaanbod", false),
    UITKOMSTKANS("uitkomstkans", Niveau.SOFT, true, 10, "uitkomstkans", false),
    BALANS("balans", Niveau.SOFT, false, 1, "balans tussen gemeenten", true),
    GROEPSGELIJKHEID("groepsgelijkheid", Niveau.SOFT, false, 0, "groepsgelijkheid", false);

    private final String id;
    private final Niveau niveau;
    private final boolean beloning;
    private final long standaardGewicht;
    private final String label;
    private final boolean perGemeente;

    Regel(String id, Niveau niveau, boolean beloning, long standaardGewicht, String label, boolean perGemeente) {
        this.id = id;
        this.niveau = niveau;
        this.beloning = beloning;
        this.standaardGewicht = standaardGewicht;
        this.label = label;
        this.perGemeente = perGemeente;
    }

    /** Constraint id, also the key in configuration files ({@code regioadvies}, {@code azc-nabijheid}, …). */
    public String id() { return id; }

    public Niveau niveau() { return niveau; }

    /** True for a reward (adds to the score), false for a penalty (subtracts). */
    public boolean isBeloning() { return beloning; }

    /** +1 for a reward, −1 for a penalty. */
    public int teken() { return beloning ? 1 : -1; }

    public long standaardGewicht() { return standaardGewicht; }

    /** Dutch label for texts. */
    public String label() { return label; }

    /** True for rules judged per gemeente (taakstelling, balans); false for rules judged per household or per group. */
    public boolean isPerGemeente() { return perGemeente; }

    /** True for the rule judged over groups of households (groepsgelijkheid). */
    public boolean isPerGroep() { return this == GROEPSGELIJKHEID; }

    /** The rule's weight as a score on its level. */
    public HardMediumSoftScore gewichtScore(long gewicht) {
        return switch (niveau) {
            case HARD -> HardMediumSoftScore.ofHard(gewicht);
            case MEDIUM -> HardMediumSoftScore.ofMedium(gewicht);
            case SOFT -> HardMediumSoftScore.ofSoft(gewicht);
        };
    }

    /** The signed score of {@code punten} points of this rule under weight {@code gewicht}. */
    public HardMediumSoftScore score(long gewicht, long punten) {
        long v = teken() * gewicht * punten;
        return switch (niveau) {
            case HARD -> HardMediumSoftScore.ofHard(v);
            case MEDIUM -> HardMediumSoftScore.ofMedium(v);
            case SOFT -> HardMediumSoftScore.ofSoft(v);
        };
    }

    /** The rule with this id, if any. */
    public static Optional<Regel> vanId(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }

    /** Rules judged per household on the hard level (2–6 of the model). */
    public static final Regel[] HARD_PER_HUISHOUDEN = {EERSTEGRAADSFAMILIE, MEDISCHE_ZORG, WERK_OF_OPLEIDING, NAREIZIGER, UITGESLOTEN};

    /** Soft rules judged per household (all soft rules but balans). */
    public static final Regel[] ZACHT_PER_HUISHOUDEN = {REGIOADVIES, SECTORVRAAG, AZC_NABIJHEID, VOORKEUR, NETWERK, WONINGAANBOD, UITKOMSTKANS};
}
