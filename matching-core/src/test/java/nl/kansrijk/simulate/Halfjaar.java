package nl.kansrijk.simulate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.kansrijk.model.Arbeidsmarktregio;
import nl.kansrijk.model.Azc;
import nl.kansrijk.model.Gemeente;
import nl.kansrijk.model.Huishouden;
import nl.kansrijk.model.MatchingProblem;
import nl.kansrijk.model.Taakstelling;
import nl.kansrijk.rules.Regel;
import nl.kansrijk.solve.MatchingConfig;

/**
 * A tiny half year built in code where greedy is known to go wrong. Two gemeenten: A in region Noord, where
 * bouw is in demand and where the azc is, B in Zuid, 56 km away. Every Monday of 2026-H1 two couples get their
 * permit: first one without sectors or advice (A is worth 80 to them: 2 × 40 housing; B −84: 2 × 70 housing −
 * 2 × 2 × 56 km), then one in bouw with regioadvies Noord (A 2,280: 600 advice + 1,600 sector + 80 housing;
 * B 116: 200 sector + 140 housing − 224 km). A and B each have room for half of all persons. Greedy, first come
 * first served, fills A in the first 13 weeks with both kinds; hindsight keeps A for the bouw couples.
 * Balans is switched off so the scores are linear.
 */
final class Halfjaar {

    static final Gemeente A = new Gemeente("GM0001", "Aadorp", "AM01", 52.0, 5.0, 10_000, 60);
    static final Gemeente B = new Gemeente("GM0002", "Beekdorp", "AM02", 52.5, 5.0, 10_000, 30);
    static final Azc AZC = new Azc("AZC1", "Azc Aadorp", "GM0001", 52.0, 5.0);
    static final Arbeidsmarktregio NOORD = new Arbeidsmarktregio("AM01", "Noord", Map.of("bouw", 80));
    static final Arbeidsmarktregio ZUID = new Arbeidsmarktregio("AM02", "Zuid", Map.of("bouw", 10));

    /** The first Monday of 2026-H1. */
    static final LocalDate EERSTE_MAANDAG = LocalDate.of(2026, 1, 5);

    static MatchingProblem probleem(int weken) {
        List<Huishouden> hs = new ArrayList<>();
        for (int w = 0; w < weken; w++) {
            LocalDate d = EERSTE_MAANDAG.plusWeeks(w);
            hs.add(Huishouden.builder("S" + w, 2, 0).azcCode("AZC1").vergunningdatum(d).build());
            hs.add(Huishouden.builder("F" + w, 2, 0).azcCode("AZC1").vergunningdatum(d).sectoren("bouw")
                    .regioadvies("AM01").build());
        }
        return new MatchingProblem("2026-H1", List.of(A, B), List.of(NOORD, ZUID),
                List.of(new Taakstelling("GM0001", "2026-H1", 2 * weken, 0, 0),
                        new Taakstelling("GM0002", "2026-H1", 2 * weken, 0, 0)),
                List.of(AZC), List.of(), hs);
    }

    static MatchingConfig config() {
        return MatchingConfig.STANDAARD.withGewicht(Regel.BALANS, 0).withSeed(7);
    }

    static SimulatieInstellingen instellingen(Batchritme ritme) {
        return new SimulatieInstellingen(config(), ritme, new Zoekbudget(2_000));
    }

    private Halfjaar() {
    }
}
