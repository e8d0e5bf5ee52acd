package nl.kansrijk.solve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import nl.kansrijk.demo.DemoDataGenerator;
import nl.kansrijk.demo.DemoSettings;
import nl.kansrijk.model.Bestemming;
import nl.kansrijk.model.Koppelplan;
import nl.kansrijk.model.MatchingProblem;
import nl.kansrijk.model.Plaatsingseenheid;
import nl.kansrijk.rules.Groepstand;
import nl.kansrijk.rules.Regel;
import nl.kansrijk.rules.Regels;
import org.junit.jupiter.api.Test;

/**
 * Properties of the monotone groepsgelijkheid rule on random plans, scored by Timefold: a plan that only lowers a
 * better-off group never scores better (and never has a smaller penalty), and raising the worst group while it is
 * below the reference lowers the penalty.
 */
class GroepsgelijkheidEigenschapTest {

    private static final MatchingEngine ENGINE = new MatchingEngine();
    private static final MatchingProblem PROBLEEM = DemoDataGenerator.genereer(DemoSettings.of(80, 5));
    /** The rule on by household type; balans off, so the soft score is the soft points minus the rule's penalty. */
    private static final MatchingConfig CONFIG = MatchingConfig.STANDAARD.withGewicht(Regel.BALANS, 0)
            .withGewicht(Regel.GROEPSGELIJKHEID, 10);
    private static final PlanContext CTX = PlanContext.of(PROBLEEM, CONFIG);

    @Test
    void loweringABetterOffGroupNeverScoresBetterAndRaisingTheWorstBelowTheReferenceLowersThePenalty() {
        assertThat(CTX.groepReferentie()).isNotZero();
        Random random = new Random(42);
        int verlaagd = 0, verhoogd = 0;
        for (int ronde = 0; ronde < 40; ronde++) {
            Map<String, String> basis = willekeurig(random);
            Koppelplan plan = CTX.plan(basis);
            List<Groepstand> groepen = Groepstand.van(plan.getEenheden());
            Groepstand slechtste = groepen.stream().min(Comparator.comparingDouble(Groepstand::gemiddelde)).orElseThrow();
            HardMediumSoftScore s0 = ENGINE.score(plan);
            long straf0 = Regels.groepsgelijkheid(groepen);
            for (Plaatsingseenheid p : plan.getEenheden()) {
                if (p.getBestemming() == null || p.isVastgezet()) {
                    continue;
                }
                boolean slechtst = p.getGroep().equals(slechtste.groep());
                Bestemming naar = ander(p, !slechtst);
                if (naar == null) {
                    continue;
                }
                Map<String, String> ander = new HashMap<>(basis);
                ander.put(p.getId(), naar.code());
                Koppelplan nieuw = CTX.plan(ander);
                HardMediumSoftScore s1 = ENGINE.score(nieuw);
                long straf1 = Regels.groepsgelijkheid(Groepstand.van(nieuw.getEenheden()));
                assertThat(s1.softScore()).as("Timefold's soft score is the soft points minus the penalty")
                        .isEqualTo(s0.softScore() + zacht(p, naar) - zacht(p, p.getBestemming()) - 10 * (straf1 - straf0));
                if (!slechtst) {
                    // only a better-off group lost points
                    assertThat(straf1).isGreaterThanOrEqualTo(straf0);
                    assertThat(s1.softScore()).isLessThan(s0.softScore());
                    verlaagd++;
                } else if (slechtste.tekort() > 0) {
                    // the worst group gained points while below the reference
                    assertThat(straf1).isLessThan(straf0);
                    verhoogd++;
                }
                break;
            }
        }
        assertThat(verlaagd).isGreaterThan(10);
        assertThat(verhoogd).isGreaterThan(0);
    }

    /** Each free household with allowed gemeenten in a random one of them, or (one in five) unplaced. */
    private static Map<String, String> willekeurig(Random random) {
        Map<String, String> out = new HashMap<>();
        for (Plaatsingseenheid p : CTX.nieuwPlan().getEenheden()) {
            if (!p.isVastgezet() && !p.getToegestaan().isEmpty() && random.nextInt(5) > 0) {
                out.put(p.getId(), p.getToegestaan().get(random.nextInt(p.getToegestaan().size())).code());
            }
        }
        return out;
    }

    /** An allowed gemeente where the household has fewer ({@code lager}) or more soft points than where it is. */
    private static Bestemming ander(Plaatsingseenheid p, boolean lager) {
        List<Bestemming> kandidaten = new ArrayList<>();
        for (Bestemming b : p.getToegestaan()) {
            long verschil = zacht(p, b) - zacht(p, p.getBestemming());
            if (lager ? verschil < 0 : verschil > 0) {
                kandidaten.add(b);
            }
        }
        return kandidaten.isEmpty() ? null : kandidaten.get(0);
    }

    private static long zacht(Plaatsingseenheid p, Bestemming b) {
        return p.getProfiel().zachtePunten()[b.index()];
    }
}
