package nl.kansrijk.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import nl.kansrijk.model.Huishouden;
import nl.kansrijk.model.MatchingProblem;
import nl.kansrijk.relaxation.PlanSearch;
import nl.kansrijk.relaxation.Relaxation;
import nl.kansrijk.relaxation.TransportModel;
import nl.kansrijk.solve.PlanContext;
import org.junit.jupiter.api.Test;

/**
 * The value of moving one household in a whole-household plan ({@link PlanSearch#waarde}), by hand on
 * {@link Halfjaar} with two weeks: A and B have room for two couples each; a bouw couple is worth 2,280 in A and
 * 116 in B, a couple without sector 80 in A and −84 in B (balans off). The best plan puts both bouw couples in A.
 */
class PlanwaardeTest {

    private static final int A = 0;
    private static final int B = 1;

    @Test
    void movingIntoAFullGemeenteSwapsOrEjectsTheBestHouseholdThere() {
        Zoek z = zoek(Halfjaar.probleem(2));
        int s0 = z.index("S0");
        int f0 = z.index("F0");
        assertThat(z.gemeente(f0)).isEqualTo(A);
        assertThat(z.gemeente(s0)).isEqualTo(B);
        assertThat(z.zoek.waarde(s0, z.positie(s0, B), 1_000)).isZero();
        // S0 into A: a bouw couple leaves A for S0's place in B: (80 + 84) + (116 − 2,280)
        assertThat(z.zoek.waarde(s0, z.positie(s0, A), 1_000)).isEqualTo(164 - 2_164);
        // F0 into B: a couple without sector swaps into A: (116 − 2,280) + (80 + 84)
        assertThat(z.zoek.waarde(f0, z.positie(f0, B), 1_000)).isEqualTo(-2_164 + 164);
        // leaving S0 unplaced: its −84 goes, and two persons unplaced at 1,000 each
        assertThat(z.zoek.waarde(s0, -1, 1_000)).isEqualTo(84 - 2 * 1_000);
    }

    @Test
    void anUnplacedPersonCostsThePenaltyAndNoRoomForAWholeFamilyIsSaidSo() {
        MatchingProblem p = Halfjaar.probleem(2);
        List<Huishouden> hs = new ArrayList<>(p.huishoudens());
        // a family of five without sector: more than A or B can take, and no single couple leaving makes room
        hs.add(Huishouden.builder("G0", 3, 2).azcCode("AZC1").vergunningdatum(Halfjaar.EERSTE_MAANDAG).build());
        Zoek z = zoek(p.withHuishoudens(hs));
        int g0 = z.index("G0");
        assertThat(z.gemeente(g0)).isEqualTo(-1);
        assertThat(z.zoek.waarde(g0, z.positie(g0, A), 1_000)).isEqualTo(Long.MIN_VALUE);
        assertThat(z.zoek.waarde(g0, z.positie(g0, B), 1_000)).isEqualTo(Long.MIN_VALUE);
        // a placed couple without sector leaving B for good loses its −84 and costs two unplaced persons
        int s0 = z.index("S0");
        assertThat(z.zoek.waarde(s0, -1, 7)).isEqualTo(84 - 2 * 7);
    }

    private static Zoek zoek(MatchingProblem p) {
        PlanContext ctx = PlanContext.of(p, Halfjaar.config());
        TransportModel m = new TransportModel(ctx.nieuwPlan(), Halfjaar.config().gewichten());
        PlanSearch zoek = new PlanSearch(Relaxation.of(m));
        zoek.run(7, 10, () -> false);
        return new Zoek(ctx, m, zoek);
    }

    private record Zoek(PlanContext ctx, TransportModel m, PlanSearch zoek) {

        int index(String id) {
            for (int i = 0; i < m.huishoudens(); i++) {
                if (m.huishouden(i).getId().equals(id)) {
                    return i;
                }
            }
            throw new AssertionError(id);
        }

        /** Position of gemeente g (A or B) in household i's allowed list. */
        int positie(int i, int g) {
            int[] t = m.toegestaan(i);
            for (int k = 0; k < t.length; k++) {
                if (t[k] == g) {
                    return k;
                }
            }
            throw new AssertionError(g);
        }

        /** Household i's gemeente in the plan (A, B), or −1. */
        int gemeente(int i) {
            int k = zoek.keuze(i);
            return k < 0 ? -1 : m.toegestaan(i)[k];
        }
    }
}
