package nl.kansrijk.rules;

import java.util.Collection;

import nl.kansrijk.model.Bestemming;
import nl.kansrijk.model.Huishoudprofiel;
import nl.kansrijk.model.Plaatsingseenheid;

/**
 * The placement rules as pure functions: each returns the rule's points (≥ 0, before weight and sign) for a
 * household in a gemeente, or for a gemeente's load; {@link Regel} carries each per-household function. The constraint provider, the per-household
 * contributions, the advice and the explanations all call these, so they can never disagree with the score.
 * Every per-household rule counts per person: its points are multiplied by the household's persons.
 */
public final class Regels {

    private Regels() {
    }

    // ---- hard, per gemeente ------------------------------------------------------------------------------

    /**
     * Taakstelling (hard): persons linked beyond what the gemeente may take. The allowed load is its capacity
     * (taakstelling + achterstand − gerealiseerd + tolerance), or the persons of the pinned and nareiziger
     * households placed there when those alone need more; only the excess beyond that counts.
     *
     * @param last persons of all households linked to the gemeente
     * @param gebonden persons of the bound (pinned or nareiziger) households among them
     */
    public static long taakstelling(Bestemming b, long last, long gebonden) {
        return Math.max(0L, last - b.toegestaneLast(gebonden));
    }

    // ---- hard, per household (rules 2–6 judge only households the solver places) ---------------------------

    /** Eerstegraadsfamilie (hard): persons, when more than R_familie km from the family gemeente (which itself is always fine). */
    public static long eerstegraadsfamilie(Plaatsingseenheid p, Bestemming b) {
        return p.isVastgezet() ? 0 : eerstegraadsfamilie(p.getProfiel(), b);
    }

    public static long eerstegraadsfamilie(Huishoudprofiel h, Bestemming b) {
        if (h.familieAfstand() == null || b.index() == h.familieIndex()) {
            return 0;
        }
        return h.familieAfstand()[b.index()] <= h.stralen().familieKm() ? 0 : h.personen();
    }

    /** Medische zorg (hard): persons, when more than R_zorg km from the required zorglocatie. */
    public static long medischeZorg(Plaatsingseenheid p, Bestemming b) {
        return p.isVastgezet() ? 0 : medischeZorg(p.getProfiel(), b);
    }

    public static long medischeZorg(Huishoudprofiel h, Bestemming b) {
        if (h.zorgAfstand() == null) {
            return 0;
        }
        return h.zorgAfstand()[b.index()] <= h.stralen().zorgKm() ? 0 : h.personen();
    }

    /** Werk of opleiding (hard): persons, when more than R_werk km from the job or school gemeente (itself always fine). */
    public static long werkOfOpleiding(Plaatsingseenheid p, Bestemming b) {
        return p.isVastgezet() ? 0 : werkOfOpleiding(p.getProfiel(), b);
    }

    public static long werkOfOpleiding(Huishoudprofiel h, Bestemming b) {
        if (h.werkAfstand() == null || b.index() == h.werkIndex()) {
            return 0;
        }
        return h.werkAfstand()[b.index()] <= h.stralen().werkKm() ? 0 : h.personen();
    }

    /** Nareiziger (hard): persons, when a nareiziger is not in exactly the gemeente where the family lives. */
    public static long nareiziger(Plaatsingseenheid p, Bestemming b) {
        return p.isVastgezet() ? 0 : nareiziger(p.getProfiel(), b);
    }

    public static long nareiziger(Huishoudprofiel h, Bestemming b) {
        return h.nareizigerIndex() < 0 || h.nareizigerIndex() == b.index() ? 0 : h.personen();
    }

    /** Uitgesloten (hard): persons, when the gemeente is excluded for the household (safety). */
    public static long uitgesloten(Plaatsingseenheid p, Bestemming b) {
        return p.isVastgezet() ? 0 : uitgesloten(p.getProfiel(), b);
    }

    public static long uitgesloten(Huishoudprofiel h, Bestemming b) {
        return h.uitgesloten().get(b.index()) ? h.personen() : 0;
    }

    /** Points of a hard per-household rule for a profile, ignoring pinning (used to build value ranges). */
    public static long hard(Regel regel, Huishoudprofiel h, Bestemming b) {
        return regel.punten(h, b);
    }

    /**
     * Voorrang gebonden (hard): the persons of a nareiziger left unplaced while a free household holds room in the
     * gemeente of its family (which the hard rules allow for it). A bound household comes first; a free one can go
     * elsewhere. Pinned households are never unplaced, so only nareizigers can break this rule.
     */
    public static long voorrangGebonden(Plaatsingseenheid nareiziger) {
        return nareiziger.getPersonen();
    }

    // ---- medium ---------------------------------------------------------------------------------------------

    /** Niet geplaatst (medium): every household left unplaced costs its persons. */
    public static long nietGeplaatst(Plaatsingseenheid p) {
        return p.getPersonen();
    }

    // ---- soft, per household -------------------------------------------------------------------------------

    /** Regioadvies (reward): persons × (4 − rank) when the gemeente's region is advised at rank 1, 2 or 3. */
    public static long regioadvies(Plaatsingseenheid p, Bestemming b) {
        int rang = p.getProfiel().regioRang()[b.regioIndex()];
        return rang == 0 ? 0 : (long) p.getPersonen() * (4 - rang);
    }

    /** Sectorvraag (reward): persons × the summed demand (0–100) of the region for the household's sectors. */
    public static long sectorvraag(Plaatsingseenheid p, Bestemming b) {
        return (long) p.getPersonen() * p.getProfiel().sectorvraag()[b.regioIndex()];
    }

    /** Azc-nabijheid (penalty): persons × km from the current azc to the gemeente; 0 when the azc is unknown. */
    public static long azcNabijheid(Plaatsingseenheid p, Bestemming b) {
        int[] km = p.getProfiel().azcAfstand();
        return km == null ? 0 : (long) p.getPersonen() * km[b.index()];
    }

    /** Voorkeur (reward): persons when the gemeente is one the household prefers. */
    public static long voorkeur(Plaatsingseenheid p, Bestemming b) {
        return p.getProfiel().voorkeur().get(b.index()) ? p.getPersonen() : 0;
    }

    /** Netwerk (reward): persons when the gemeente is within R_netwerk km of the network gemeente. */
    public static long netwerk(Plaatsingseenheid p, Bestemming b) {
        Huishoudprofiel h = p.getProfiel();
        return h.netwerkAfstand() != null && h.netwerkAfstand()[b.index()] <= h.stralen().netwerkKm() ? h.personen() : 0;
    }

    /**
     * Woningaanbod (reward): persons × the gemeente's one-person housing share for a one-person household, or
     * × (100 − share) for a larger one; 0 when the gemeente has no share given.
     */
    public static long woningaanbod(Plaatsingseenheid p, Bestemming b) {
        Integer aandeel = b.gemeente().aandeelEenpersoonswoningen();
        if (aandeel == null) {
            return 0;
        }
        int punten = p.getPersonen() == 1 ? aandeel : 100 - aandeel;
        return (long) p.getPersonen() * punten;
    }

    /**
     * Woning (reward): persons × the household's {@link Woonkans woonkans} in the gemeente, its prospect of a fitting
     * dwelling of {@code woningen.csv} soon; 0 when the input has no dwellings.
     */
    public static long woning(Plaatsingseenheid p, Bestemming b) {
        int[] kans = p.getProfiel().woonkans();
        return kans == null ? 0 : (long) p.getPersonen() * kans[b.index()];
    }

    /** Uitkomstkans (reward): persons × round(100 × predicted probability) for the gemeente's region, when given. */
    public static long uitkomstkans(Plaatsingseenheid p, Bestemming b) {
        int[] kans = p.getProfiel().uitkomstkans();
        if (kans == null || kans[b.regioIndex()] < 0) {
            return 0;
        }
        return (long) p.getPersonen() * kans[b.regioIndex()];
    }

    // ---- soft, per gemeente --------------------------------------------------------------------------------

    /** The scale of the balans term: 100 points per unit of squared fill ratio times opgave. */
    public static final long BALANS_SCHAAL = 100;

    /**
     * Balans (penalty): round(100 × (gerealiseerd + load)² / opgave), with opgave = max(1, taakstelling +
     * achterstand). Convex in the load; summed over gemeenten it is smallest when every gemeente reaches the
     * same fill ratio (gerealiseerd + load) / opgave, so gemeenten in arrears (larger opgave) receive more first.
     */
    public static long balans(Bestemming b, long last) {
        long gerealiseerd = b.taakstelling() == null ? 0 : b.taakstelling().gerealiseerd();
        long opgave = Math.max(1L, b.taakstelling() == null ? 0 : b.taakstelling().opgave());
        long s = gerealiseerd + last;
        return (BALANS_SCHAAL * s * s + opgave / 2) / opgave;
    }

    // ---- soft, over groups of households --------------------------------------------------------------------

    /**
     * Groepsgelijkheid (penalty): with Z_g the soft points (weighted, from the soft per-household rules) and N_g the
     * persons of the placed households of group g, and r the fixed reference in soft points per person (set before
     * the search, see {@code Groepreferentie}), the sum over groups of max(0, N_g × r − Z_g): the soft points group g
     * falls short of r per person. Monotone: lowering a group's points never lowers it, raising a group below r
     * lowers it point for point; linear in the plan wherever a group stays on one side of r.
     */
    public static long groepsgelijkheid(Collection<Groepstand> groepen) {
        long punten = 0;
        for (Groepstand g : groepen) {
            punten += groepsgelijkheid(g);
        }
        return punten;
    }

    /** One group's term of {@link #groepsgelijkheid(Collection)}: max(0, N_g × r − Z_g). */
    public static long groepsgelijkheid(Groepstand g) {
        return g.tekort();
    }

    /** One group's term from its sums: max(0, personen × referentie − zachtePunten). */
    public static long groepsgelijkheid(long referentie, long zachtePunten, long personen) {
        return Math.max(0L, personen * referentie - zachtePunten);
    }
}
