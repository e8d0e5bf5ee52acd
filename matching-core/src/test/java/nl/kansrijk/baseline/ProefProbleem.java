package nl.kansrijk.baseline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import nl.kansrijk.model.Arbeidsmarktregio;
import nl.kansrijk.model.Azc;
import nl.kansrijk.model.Gemeente;
import nl.kansrijk.model.Huishouden;
import nl.kansrijk.model.MatchingProblem;
import nl.kansrijk.model.Opleidingsniveau;
import nl.kansrijk.model.Taakstelling;
import nl.kansrijk.model.Zorglocatie;
import nl.kansrijk.solve.Beeindiging;
import nl.kansrijk.solve.MatchingConfig;

/**
 * Tiny instances for the baseline tests. Gemeenten A (GM0001) and B (GM0002) in AM01, 11 km apart; C (GM0003)
 * in AM02, 111 km from A and 100 km from B; D (GM0004) in AM02, 40 km north of C. The azc is at A, the hospital at C.
 */
final class ProefProbleem {

    static final List<Gemeente> GEMEENTEN = List.of(
            new Gemeente("GM0001", "Aadorp", "AM01", 52.0, 5.0, 10_000, 60),
            new Gemeente("GM0002", "Beekdorp", "AM01", 52.1, 5.0, 20_000, 30),
            new Gemeente("GM0003", "Cestad", "AM02", 53.0, 5.0, 50_000, null),
            new Gemeente("GM0004", "Dijkum", "AM02", 53.36, 5.0, 8_000, 40));

    static final List<Arbeidsmarktregio> REGIOS = List.of(
            new Arbeidsmarktregio("AM01", "Noord", Map.of("bouw", 80, "zorg", 20)),
            new Arbeidsmarktregio("AM02", "Zuid", Map.of("bouw", 10, "zorg", 90)));

    static MatchingProblem probleem(List<Huishouden> huishoudens, int... capaciteit) {
        List<Taakstelling> taak = new ArrayList<>();
        for (int i = 0; i < GEMEENTEN.size(); i++) {
            taak.add(new Taakstelling(GEMEENTEN.get(i).code(), "2026-H1", capaciteit[i], 0, 0));
        }
        return new MatchingProblem("2026-H1", GEMEENTEN, REGIOS, taak,
                List.of(new Azc("AZC1", "Azc Aadorp", "GM0001", 52.0, 5.0)),
                List.of(new Zorglocatie("ZL1", "Umc Cestad", "umc", 53.0, 5.0)), huishoudens);
    }

    /**
     * {@code n} households drawn with a seed, with every kind of hard criterion among them (family, care, work,
     * nareiziger, excluded gemeente, a pinned one) and less capacity than persons, so that some stay unplaced.
     */
    static MatchingProblem gemengd(int n, long seed) {
        Random r = new Random(seed);
        List<Huishouden> hs = new ArrayList<>();
        String[] codes = GEMEENTEN.stream().map(Gemeente::code).toArray(String[]::new);
        String[] niveaus = {"LAAG", "MIDDEN", "HOOG"};
        for (int i = 0; i < n; i++) {
            int volwassenen = 1 + r.nextInt(2);
            Huishouden.Builder b = Huishouden.builder(String.format("HH-%03d", i), volwassenen, r.nextInt(4))
                    .azcCode("AZC1").vergunningdatum(LocalDate.of(2026, 1, 1).plusDays(r.nextInt(60)))
                    .regioadvies(r.nextBoolean() ? List.of("AM01") : List.of("AM02", "AM01"))
                    .sectoren(r.nextBoolean() ? "bouw" : "zorg")
                    .opleidingsniveau(Opleidingsniveau.valueOf(niveaus[r.nextInt(3)]))
                    .kenmerk("geslacht", r.nextBoolean() ? "v" : "m");
            switch (i % 8) {
                case 1 -> b.familieGemeente(codes[r.nextInt(4)]);
                case 2 -> b.zorgCode("ZL1");
                case 3 -> b.werkOfOpleidingGemeente(codes[r.nextInt(4)]);
                case 4 -> b.uitgeslotenGemeenten(codes[r.nextInt(4)]);
                case 5 -> b.voorkeurGemeenten(codes[r.nextInt(4)]);
                case 6 -> b.netwerkGemeente(codes[r.nextInt(4)]);
                default -> { }
            }
            if (i == 7) {
                b.gekoppeldGemeente("GM0004");
            }
            if (i == 15) {
                b.nareizigerVanGemeente("GM0004");
            }
            hs.add(b.build());
        }
        return probleem(hs, 20, 25, 15, 10);
    }

    static MatchingConfig reproduceerbaar(long seed) {
        return MatchingConfig.STANDAARD.withBeeindiging(new Beeindiging(null, 300, 20_000L)).withSeed(seed);
    }

    private ProefProbleem() {
    }
}
