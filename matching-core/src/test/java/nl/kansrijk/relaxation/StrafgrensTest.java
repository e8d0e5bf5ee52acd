package nl.kansrijk.relaxation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import nl.kansrijk.exact.ExactResult;
import nl.kansrijk.exact.ExactSolver;
import org.junit.jupiter.api.Test;

/**
 * The bound over the penalty per unplaced person: valid for every U against brute force, and tight where the
 * lexicographic relaxation's own bound falls apart (some persons must stay unplaced).
 */
class StrafgrensTest {

    /** A region with its taakstellingen at {@code ruimte} × the persons (below 1: some must stay unplaced). */
    static TransportModel model(int gemeenten, int huishoudens, double ruimte, long seed) {
        return KrappeRegio.model(gemeenten, huishoudens, ruimte, seed);
    }

    @Test
    void geldigVoorElkAantalOngeplaatsten() {
        for (long seed = 1; seed <= 3; seed++) {
            TransportModel m = model(3, 7, 0.8, seed);
            Relaxation basis = Relaxation.of(m);
            Strafgrens grens = Strafgrens.van(m, () -> false, true).metBasis(basis);
            for (long u = 0; u <= m.totaalPersonen(); u++) {
                long waar = BruteForce.zachtOptimum(m, u);
                assertThat(grens.bovengrens(u)).as("seed %d, U %d", seed, u).isGreaterThanOrEqualTo(waar);
                assertThat(grens.verfijnd(u, () -> false).bovengrens(u)).isGreaterThanOrEqualTo(waar);
            }
        }
    }

    @Test
    void dichtBijHetOptimumAlsNietIedereenPast() {
        assumeTrue(ExactSolver.beschikbaar(), "OR-Tools cannot load here");
        int scherper = 0;
        for (long seed = 1; seed <= 3; seed++) {
            // 12 gemeenten at 90 % of the persons: about a tenth must stay unplaced
            TransportModel m = model(12, 150, 0.9, seed);
            ExactResult optimum = new ExactSolver(m).los(Double.POSITIVE_INFINITY).orElseThrow();
            assertThat(optimum.optimaal()).isTrue();
            long u = -optimum.medium(); // niet-geplaatst weight 1: medium is minus the unplaced persons
            assertThat(u).isPositive();
            Relaxation basis = Relaxation.of(m);
            long oud = basis.bovengrens(u);
            long nieuw = Strafgrens.van(m, () -> false, true).metBasis(basis).verfijnd(u, () -> false).bovengrens(u);
            System.out.printf("seed %d: optimum %d, U %d, lexicographic bound %d, penalty bound %d%n", seed,
                    optimum.zacht(), u, oud, nieuw);
            assertThat(nieuw).isGreaterThanOrEqualTo(optimum.zacht()).isLessThanOrEqualTo(oud);
            assertThat((double) nieuw).as("seed %d: optimum %d, lexicographic bound %d", seed, optimum.zacht(), oud)
                    .isLessThanOrEqualTo(optimum.zacht() + 0.01 * Math.abs(optimum.zacht()));
            // the knapsack relaxation at a finite penalty sees whole households: never looser than the prices alone
            long zonderKnapsack = Strafgrens.van(m, () -> false, 0, 0).bovengrens(u);
            long metKnapsack = Strafgrens.van(m, () -> false, true).bovengrens(u);
            System.out.printf("seed %d: prices' bound %d, with the knapsack %d%n", seed, zonderKnapsack, metKnapsack);
            assertThat(metKnapsack).isGreaterThanOrEqualTo(optimum.zacht()).isLessThanOrEqualTo(zonderKnapsack);
            if (metKnapsack < zonderKnapsack) {
                scherper++;
            }
        }
        assertThat(scherper).as("regions where the knapsack's point is tighter").isPositive();
    }

    @Test
    void metBasisAlleenIsGoedkoopEnGeldig() {
        TransportModel m = model(3, 7, 0.8, 2);
        Relaxation basis = Relaxation.of(m);
        Strafgrens alleenBasis = Strafgrens.van(basis);
        for (long u = 0; u <= m.totaalPersonen(); u++) {
            assertThat(alleenBasis.bovengrens(u)).isGreaterThanOrEqualTo(BruteForce.zachtOptimum(m, u));
        }
    }
}
