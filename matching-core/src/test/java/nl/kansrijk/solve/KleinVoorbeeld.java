package nl.kansrijk.solve;

import java.util.List;
import java.util.Map;

import nl.kansrijk.model.Arbeidsmarktregio;
import nl.kansrijk.model.Azc;
import nl.kansrijk.model.Gemeente;
import nl.kansrijk.model.Huishouden;
import nl.kansrijk.model.MatchingProblem;
import nl.kansrijk.model.Taakstelling;
import nl.kansrijk.model.Zorglocatie;

/**
 * A small hand-built instance: three gemeenten in two regions, one azc, one hospital.
 * Distances (haversine, whole km): GM0001–GM0002 = 11 km, GM0001–GM0003 = 111 km, GM0002–GM0003 = 100 km;
 * azc in GM0001 (0 km), zorglocatie at GM0003.
 */
final class KleinVoorbeeld {

    static final Gemeente A = new Gemeente("GM0001", "Aadorp", "AM01", 52.0, 5.0, 10_000, 60);
    static final Gemeente B = new Gemeente("GM0002", "Beekdorp", "AM01", 52.1, 5.0, 20_000, 30);
    static final Gemeente C = new Gemeente("GM0003", "Cestad", "AM02", 53.0, 5.0, 50_000, null);

    static final Arbeidsmarktregio NOORD = new Arbeidsmarktregio("AM01", "Noord", Map.of("bouw", 80, "zorg", 20));
    static final Arbeidsmarktregio ZUID = new Arbeidsmarktregio("AM02", "Zuid", Map.of("bouw", 10, "zorg", 90));

    static final Azc AZC = new Azc("AZC1", "Azc Aadorp", "GM0001", 52.0, 5.0);
    static final Zorglocatie ZL = new Zorglocatie("ZL1", "Umc Cestad", "umc", 53.0, 5.0);

    static MatchingProblem probleem(List<Huishouden> huishoudens, int capA, int capB, int capC) {
        return new MatchingProblem("2026-H1", List.of(A, B, C), List.of(NOORD, ZUID),
                List.of(new Taakstelling("GM0001", "2026-H1", capA, 0, 0),
                        new Taakstelling("GM0002", "2026-H1", capB, 0, 0),
                        new Taakstelling("GM0003", "2026-H1", capC, 0, 0)),
                List.of(AZC), List.of(ZL), huishoudens);
    }

    static Huishouden.Builder huishouden(String id, int volwassenen, int kinderen) {
        return Huishouden.builder(id, volwassenen, kinderen).azcCode("AZC1");
    }

    static MatchingConfig reproduceerbaar() {
        return MatchingConfig.STANDAARD.withBeeindiging(new Beeindiging(null, 500, 20_000L));
    }

    private KleinVoorbeeld() {
    }
}
