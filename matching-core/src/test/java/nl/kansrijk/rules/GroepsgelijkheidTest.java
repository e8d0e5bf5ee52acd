package nl.kansrijk.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The groepsgelijkheid term as a function of group standings: monotone, and lifting the worst group pays. */
class GroepsgelijkheidTest {

    @Test
    void randomStandingsLoweringAnyGroupNeverLowersThePenaltyAndRaisingTheWorstBelowTheReferenceDoes() {
        Random random = new Random(7);
        for (int ronde = 0; ronde < 10_000; ronde++) {
            long r = random.nextInt(2000) - 200;
            List<Groepstand> groepen = new ArrayList<>();
            int n = 1 + random.nextInt(5);
            for (int g = 0; g < n; g++) {
                long personen = 1 + random.nextInt(300);
                groepen.add(new Groepstand("g" + g, personen * (random.nextInt(2400) - 300), personen, r));
            }
            long straf = Regels.groepsgelijkheid(groepen);
            int i = random.nextInt(n);
            long d = 1 + random.nextInt(5000);
            assertThat(Regels.groepsgelijkheid(vervang(groepen, i, groepen.get(i).plus(-d, 0)))).isGreaterThanOrEqualTo(straf);
            int slechtste = groepen.indexOf(groepen.stream().min(Comparator.comparingDouble(Groepstand::gemiddelde))
                    .orElseThrow());
            Groepstand w = groepen.get(slechtste);
            long beter = Regels.groepsgelijkheid(vervang(groepen, slechtste, w.plus(d, 0)));
            if (w.gemiddelde() < r) {
                assertThat(beter).isEqualTo(straf - Math.min(d, w.tekort()));
            } else {
                assertThat(beter).isEqualTo(straf);
            }
        }
    }

    @Test
    void termIsTheShortfallInPointsBelowTheReference() {
        assertThat(Regels.groepsgelijkheid(new Groepstand("a", 900, 3, 400))).isEqualTo(300);
        assertThat(Regels.groepsgelijkheid(new Groepstand("a", 1300, 3, 400))).isZero();
        assertThat(Regels.groepsgelijkheid(List.of(new Groepstand("a", 900, 3, 400), new Groepstand("b", -100, 1, 400))))
                .isEqualTo(300 + 500);
    }

    private static List<Groepstand> vervang(List<Groepstand> groepen, int i, Groepstand g) {
        List<Groepstand> out = new ArrayList<>(groepen);
        out.set(i, g);
        return out;
    }
}
