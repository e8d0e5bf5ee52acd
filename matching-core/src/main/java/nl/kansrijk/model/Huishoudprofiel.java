package nl.kansrijk.model;

import java.util.BitSet;
import java.util.List;

/**
 * A household's facts precomputed against one solve's gemeenten and regions, so that every rule is a
 * table look-up: region ranks, sector demand per region, distances per gemeente, sets of preferred and
 * excluded gemeenten. Arrays are indexed by {@link Bestemming#index()} or {@link Bestemming#regioIndex()};
 * a {@code null} array means the household has no such field. Shared read-only; never mutated.
 *
 * @param personen persons in the household
 * @param regioRang per region: 1, 2 or 3 for the advised rank, 0 when not advised
 * @param sectorvraag per region: the summed demand (0–100 each) of the household's sectors
 * @param azcAfstand per gemeente: km from the current azc, or {@code null} when the azc is unknown
 * @param voorkeur the preferred gemeenten
 * @param netwerkAfstand per gemeente: km from the network gemeente, or {@code null}
 * @param familieAfstand per gemeente: km from the family gemeente, or {@code null}
 * @param familieIndex the family gemeente's index, or −1
 * @param zorgAfstand per gemeente: km from the required zorglocatie, or {@code null}
 * @param werkAfstand per gemeente: km from the job or school gemeente, or {@code null}
 * @param werkIndex the job or school gemeente's index, or −1
 * @param nareizigerIndex the gemeente a nareiziger must join, or −1
 * @param uitgesloten the excluded gemeenten
 * @param uitkomstkans per region: round(100 × predicted probability), −1 where none is given; or {@code null}
 * @param stralen the radii of the distance rules
 * @param groepsdelen how the household counts in the groups of the groepsgelijkheid rule ({@link Groepsindeling#delen}:
 *        the whole household in its group, or its adults by sex), or {@code null} when that rule is off
 * @param zachtePunten per gemeente: the household's soft score there from the soft per-household rules (weighted,
 *        signed), used by the groepsgelijkheid rule; {@code null} when that rule is off
 * @param groepReferentie the groepsgelijkheid rule's fixed reference in soft points per person (the same for every
 *        household of a solve; 0 when that rule is off)
 * @param woonkans per gemeente: the woning rule's points per person (the prospect of a fitting dwelling soon, see
 *        {@code nl.kansrijk.rules.Woonkans}); {@code null} when the input has no dwellings
 */
public record Huishoudprofiel(int personen, byte[] regioRang, int[] sectorvraag, int[] azcAfstand, BitSet voorkeur,
        int[] netwerkAfstand, int[] familieAfstand, int familieIndex, int[] zorgAfstand, int[] werkAfstand,
        int werkIndex, int nareizigerIndex, BitSet uitgesloten, int[] uitkomstkans, Stralen stralen, List<Groepsdeel> groepsdelen,
        long[] zachtePunten, long groepReferentie, int[] woonkans) {

    /** A profile without the dwellings' prospects. */
    public Huishoudprofiel(int personen, byte[] regioRang, int[] sectorvraag, int[] azcAfstand, BitSet voorkeur,
            int[] netwerkAfstand, int[] familieAfstand, int familieIndex, int[] zorgAfstand, int[] werkAfstand,
            int werkIndex, int nareizigerIndex, BitSet uitgesloten, int[] uitkomstkans, Stralen stralen, List<Groepsdeel> groepsdelen,
            long[] zachtePunten, long groepReferentie) {
        this(personen, regioRang, sectorvraag, azcAfstand, voorkeur, netwerkAfstand, familieAfstand, familieIndex,
                zorgAfstand, werkAfstand, werkIndex, nareizigerIndex, uitgesloten, uitkomstkans, stralen, groepsdelen,
                zachtePunten, groepReferentie, null);
    }

    /** A profile without the groepsgelijkheid facts (the rule off). */
    public Huishoudprofiel(int personen, byte[] regioRang, int[] sectorvraag, int[] azcAfstand, BitSet voorkeur,
            int[] netwerkAfstand, int[] familieAfstand, int familieIndex, int[] zorgAfstand, int[] werkAfstand,
            int werkIndex, int nareizigerIndex, BitSet uitgesloten, int[] uitkomstkans, Stralen stralen) {
        this(personen, regioRang, sectorvraag, azcAfstand, voorkeur, netwerkAfstand, familieAfstand, familieIndex,
                zorgAfstand, werkAfstand, werkIndex, nareizigerIndex, uitgesloten, uitkomstkans, stralen, null, null, 0);
    }

    /** This profile with the groepsgelijkheid facts. */
    public Huishoudprofiel metGroep(List<Groepsdeel> groepsdelen, long[] zachtePunten, long groepReferentie) {
        return new Huishoudprofiel(personen, regioRang, sectorvraag, azcAfstand, voorkeur, netwerkAfstand, familieAfstand,
                familieIndex, zorgAfstand, werkAfstand, werkIndex, nareizigerIndex, uitgesloten, uitkomstkans, stralen,
                groepsdelen, zachtePunten, groepReferentie, woonkans);
    }

    /** This profile with the woning rule's points per person per gemeente ({@code null}: no dwellings). */
    public Huishoudprofiel metWoonkans(int[] punten) {
        return new Huishoudprofiel(personen, regioRang, sectorvraag, azcAfstand, voorkeur, netwerkAfstand, familieAfstand,
                familieIndex, zorgAfstand, werkAfstand, werkIndex, nareizigerIndex, uitgesloten, uitkomstkans, stralen,
                groepsdelen, zachtePunten, groepReferentie, punten);
    }
}
