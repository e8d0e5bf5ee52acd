package nl.kansrijk.rules;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import nl.kansrijk.model.Bestemming;
import nl.kansrijk.model.Huishoudprofiel;
import nl.kansrijk.model.Plaatsingseenheid;

/**
 * Every placement rule of the engine, in one place: its constraint id, score level, direction, default weight,
 * Dutch label, scope ({@link Bereik}), point function ({@link Regels}), its place in the explanations and the
 * sentence a letter uses when the rule kept a household from a gemeente. The id is the constraint name in the solver
 * and the key for weight overrides. Adding a rule: its entry here, its constraint method in
 * {@code KoppelingConstraints} and their tests; the compiler points at the explanation switches that must tell it.
 * See {@code docs/model.md} for each rule's formula.
 */
public enum Regel {
    TAAKSTELLING("taakstelling", Niveau.HARD, false, 1, "taakstelling", Bereik.GEMEENTE, 13, null, null,
            new Waarom("Die gemeente had dit half jaar geen plaats meer voor een huishouden van uw grootte.",
                    "That municipality had no more room this half year for a household of your size.")),
    EERSTEGRAADSFAMILIE("eerstegraadsfamilie", Niveau.HARD, false, 1, "eerstegraadsfamilie", Bereik.HUISHOUDEN, 4,
            Regels::eerstegraadsfamilie, Regels::eerstegraadsfamilie,
            new Waarom("Die gemeente ligt te ver van uw familie.", "That municipality is too far from your family.")),
    MEDISCHE_ZORG("medische-zorg", Niveau.HARD, false, 1, "medische zorg", Bereik.HUISHOUDEN, 5,
            Regels::medischeZorg, Regels::medischeZorg,
            new Waarom("Die gemeente ligt te ver van de medische zorg die u nodig heeft.",
                    "That municipality is too far from the medical care you need.")),
    WERK_OF_OPLEIDING("werk-of-opleiding", Niveau.HARD, false, 1, "werk of opleiding", Bereik.HUISHOUDEN, 6,
            Regels::werkOfOpleiding, Regels::werkOfOpleiding,
            new Waarom("Die gemeente ligt te ver van uw werk of school.",
                    "That municipality is too far from your job or school.")),
    NAREIZIGER("nareiziger", Niveau.HARD, false, 1, "nareiziger", Bereik.HUISHOUDEN, 7,
            Regels::nareiziger, Regels::nareiziger,
            new Waarom("U gaat naar de gemeente waar uw gezin al woont.",
                    "You are going to the municipality where your family already lives.")),
    UITGESLOTEN("uitgesloten", Niveau.HARD, false, 1, "uitgesloten gemeente", Bereik.HUISHOUDEN, 8,
            Regels::uitgesloten, Regels::uitgesloten,
            new Waarom("U kunt daar niet wonen, bijvoorbeeld voor uw veiligheid.",
                    "You cannot live there, for example for your safety.")),
    VOORRANG_GEBONDEN("voorrang-gebonden", Niveau.HARD, false, 1, "voorrang voor nareizigers", Bereik.ONGEPLAATST, 0,
            null, null, Waarom.NIET_MOGELIJK),
    NIET_GEPLAATST("niet-geplaatst", Niveau.MEDIUM, false, 1, "niet geplaatst", Bereik.ONGEPLAATST, 0, null, null,
            Waarom.NIET_MOGELIJK),
    REGIOADVIES("regioadvies", Niveau.SOFT, true, 100, "regioadvies", Bereik.HUISHOUDEN, 1, Regels::regioadvies, null,
            Teksten.KANSEN),
    SECTORVRAAG("sectorvraag", Niveau.SOFT, true, 10, "sectorvraag", Bereik.HUISHOUDEN, 2, Regels::sectorvraag, null,
            Teksten.KANSEN),
    AZC_NABIJHEID("azc-nabijheid", Niveau.SOFT, false, 2, "afstand tot azc", Bereik.HUISHOUDEN, 3,
            Regels::azcNabijheid, null,
            new Waarom(Waarom.GEMEENTE + " ligt dichter bij de plek waar u nu woont.",
                    Waarom.GEMEENTE + " is closer to where you live now.")),
    VOORKEUR("voorkeur", Niveau.SOFT, true, 50, "voorkeur", Bereik.HUISHOUDEN, 9, Regels::voorkeur, null,
            Teksten.WENSEN),
    NETWERK("netwerk", Niveau.SOFT, true, 50, "netwerk", Bereik.HUISHOUDEN, 10, Regels::netwerk, null, Teksten.WENSEN),
    WONINGAANBOD("woningaanbod", Niveau.SOFT, true, 1, "woningaanbod", Bereik.HUISHOUDEN, 12, Regels::woningaanbod, null,
            Teksten.WENSEN),
    WONING("woning", Niveau.SOFT, true, 1, "woning", Bereik.HUISHOUDEN, 16, Regels::woning, null,
            new Waarom("In " + Waarom.GEMEENTE + " komt sneller een woning vrij die bij uw huishouden past.",
                    "In " + Waarom.GEMEENTE + " a home that fits your household comes free sooner.")),
    UITKOMSTKANS("uitkomstkans", Niveau.SOFT, true, 10, "uitkomstkans", Bereik.HUISHOUDEN, 11, Regels::uitkomstkans,
            null, Teksten.KANSEN),
    BALANS("balans", Niveau.SOFT, false, 1, "balans tussen gemeenten", Bereik.GEMEENTE, 14, null, null,
            new Waarom("Alle gemeenten moeten een eerlijk deel van de mensen opvangen. Die gemeente had al relatief veel "
                    + "mensen gekregen.", "All municipalities must take in a fair share of people. That municipality had "
                    + "already received relatively many people.")),
    GROEPSGELIJKHEID("groepsgelijkheid", Niveau.SOFT, false, 0, "groepsgelijkheid", Bereik.GROEP, 15, null, null,
            new Waarom("Het programma let erop dat geen groep mensen slechter af is dan andere. Daarom is een andere plek "
                    + "gekozen.", "The program makes sure that no group of people is worse off than others. That is why "
                    + "another place was chosen."));

    /** A rule's points for a household in a gemeente (≥ 0, before weight and sign; hard rules respect pinning). */
    @FunctionalInterface
    public interface Punten {
        long van(Plaatsingseenheid p, Bestemming b);
    }

    /** A hard rule's points for a household's profile in a gemeente, ignoring pinning (to build value ranges). */
    @FunctionalInterface
    public interface ProfielPunten {
        long van(Huishoudprofiel h, Bestemming b);
    }

    /** Sentences several rules share. */
    private static final class Teksten {
        static final Waarom KANSEN = new Waarom("In " + Waarom.GEMEENTE + " zijn uw kansen op werk of een opleiding beter.",
                "In " + Waarom.GEMEENTE + " your chances of work or education are better.");
        static final Waarom WENSEN = new Waarom(Waarom.GEMEENTE + " paste beter bij uw andere wensen of bij de woningen "
                + "die er zijn.", Waarom.GEMEENTE + " fitted better with your other wishes or with the homes that are available.");
    }

    private final String id;
    private final Niveau niveau;
    private final boolean beloning;
    private final long standaardGewicht;
    private final String label;
    private final Bereik bereik;
    private final int toelichtingRang;
    private final Punten punten;
    private final ProfielPunten profielPunten;
    private final Waarom waarom;

    Regel(String id, Niveau niveau, boolean beloning, long standaardGewicht, String label, Bereik bereik,
            int toelichtingRang, Punten punten, ProfielPunten profielPunten, Waarom waarom) {
        this.id = id;
        this.niveau = niveau;
        this.beloning = beloning;
        this.standaardGewicht = standaardGewicht;
        this.label = label;
        this.bereik = bereik;
        this.toelichtingRang = toelichtingRang;
        this.punten = punten;
        this.profielPunten = profielPunten;
        this.waarom = waarom;
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

    /** What the rule judges. */
    public Bereik bereik() { return bereik; }

    /** True for rules judged per gemeente (taakstelling, balans); false for rules judged per household or per group. */
    public boolean isPerGemeente() { return bereik == Bereik.GEMEENTE; }

    /** True for the rule judged over groups of households (groepsgelijkheid). */
    public boolean isPerGroep() { return bereik == Bereik.GROEP; }

    /** Why a gemeente was not chosen when this rule stood most in the way, for a household's letter. */
    public Waarom waarom() { return waarom; }

    /**
     * The rule's points for household {@code p} in gemeente {@code b}.
     *
     * @throws IllegalArgumentException when the rule does not judge a household in a gemeente
     */
    public long punten(Plaatsingseenheid p, Bestemming b) {
        if (punten == null) {
            throw new IllegalArgumentException(this + " is not judged per household in a gemeente");
        }
        return punten.van(p, b);
    }

    /**
     * A hard per-household rule's points for a profile, ignoring pinning.
     *
     * @throws IllegalArgumentException when the rule is not a hard per-household rule
     */
    public long punten(Huishoudprofiel h, Bestemming b) {
        if (profielPunten == null) {
            throw new IllegalArgumentException(this + " is not a hard per-household rule");
        }
        return profielPunten.van(h, b);
    }

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

    /** Rules judged per household on the hard level (2–6 of the model), in rule order. */
    public static final List<Regel> HARD_PER_HUISHOUDEN = Arrays.stream(values())
            .filter(r -> r.bereik == Bereik.HUISHOUDEN && r.niveau == Niveau.HARD).toList();

    /** Soft rules judged per household (all soft rules but balans and groepsgelijkheid), in rule order. */
    public static final List<Regel> ZACHT_PER_HUISHOUDEN = Arrays.stream(values())
            .filter(r -> r.bereik == Bereik.HUISHOUDEN && r.niveau == Niveau.SOFT).toList();

    /**
     * The order in which explanations tell the rules: the household's prospects first, then the hard criteria, then
     * the gemeente (rules without a rank, niet-geplaatst and voorrang-gebonden, are not told).
     */
    public static final List<Regel> TOELICHTING_VOLGORDE = Arrays.stream(values()).filter(r -> r.toelichtingRang > 0)
            .sorted(Comparator.comparingInt(r -> r.toelichtingRang)).toList();
}
