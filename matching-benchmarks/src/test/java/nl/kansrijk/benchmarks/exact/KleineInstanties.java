package nl.kansrijk.benchmarks.exact;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import nl.kansrijk.model.Arbeidsmarktregio;
import nl.kansrijk.model.Azc;
import nl.kansrijk.model.Gemeente;
import nl.kansrijk.model.Huishouden;
import nl.kansrijk.model.MatchingProblem;
import nl.kansrijk.model.Taakstelling;
import nl.kansrijk.model.Zorglocatie;

/**
 * Small seeded instances built in code for the agreement tests: a few gemeenten on a grid in two regions, two
 * azcs, one zorglocatie, households with every kind of field (hard criteria, pinned, nareiziger, network,
 * preferences, predicted outcomes), capacity a little short of the persons so that the medium level matters.
 */
final class KleineInstanties {

    private static final String[] SECTOREN = {"bouw", "zorg", "horeca", "ict"};

    private KleineInstanties() {
    }

    static MatchingProblem probleem(long seed, int gemeenten, int huishoudens) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<Arbeidsmarktregio> regios = List.of(
                new Arbeidsmarktregio("AM01", "Noord", Map.of("bouw", 80, "zorg", 20, "horeca", 40)),
                new Arbeidsmarktregio("AM02", "Zuid", Map.of("bouw", 10, "zorg", 90, "ict", 60)));
        List<Gemeente> gs = new ArrayList<>();
        for (int i = 0; i < gemeenten; i++) {
            String code = String.format("GM%04d", i + 1);
            Integer aandeel = rnd.nextInt(4) == 0 ? null : rnd.nextInt(101);
            gs.add(new Gemeente(code, "Gemeente " + (i + 1), i % 2 == 0 ? "AM01" : "AM02",
                    52.0 + 0.15 * (i / 3) + 0.01 * rnd.nextInt(5), 5.0 + 0.2 * (i % 3), 10_000, aandeel));
        }
        List<Azc> azcs = List.of(new Azc("AZC1", "Azc een", "GM0001", gs.get(0).lat(), gs.get(0).lon()),
                new Azc("AZC2", "Azc twee", gs.getLast().code(), gs.getLast().lat(), gs.getLast().lon()));
        Gemeente zorgBij = gs.get(gemeenten / 2);
        List<Zorglocatie> zorg = List.of(new Zorglocatie("ZL1", "Ziekenhuis", "umc", zorgBij.lat(), zorgBij.lon()));

        List<Huishouden> hs = new ArrayList<>();
        int personen = 0;
        for (int i = 0; i < huishoudens; i++) {
            int volwassenen = 1 + rnd.nextInt(2);
            int kinderen = rnd.nextInt(3) == 0 ? rnd.nextInt(4) : 0;
            personen += volwassenen + kinderen;
            Huishouden.Builder b = Huishouden.builder("H" + (i + 1), volwassenen, kinderen)
                    .azcCode(rnd.nextBoolean() ? "AZC1" : "AZC2")
                    .sectoren(SECTOREN[rnd.nextInt(SECTOREN.length)]);
            if (rnd.nextInt(4) != 0) {
                b.regioadvies(rnd.nextBoolean() ? List.of("AM01", "AM02") : List.of("AM02"));
            }
            String eenGemeente = gs.get(rnd.nextInt(gemeenten)).code();
            switch (rnd.nextInt(10)) {
                case 0 -> b.familieGemeente(eenGemeente);
                case 1 -> b.zorgCode("ZL1");
                case 2 -> b.werkOfOpleidingGemeente(eenGemeente);
                case 3 -> b.nareizigerVanGemeente(eenGemeente);
                case 4 -> b.gekoppeldGemeente(eenGemeente);
                case 5 -> b.uitgeslotenGemeenten(eenGemeente);
                default -> { }
            }
            if (rnd.nextInt(3) == 0) {
                b.voorkeurGemeenten(gs.get(rnd.nextInt(gemeenten)).code());
            }
            if (rnd.nextInt(3) == 0) {
                b.netwerkGemeente(gs.get(rnd.nextInt(gemeenten)).code());
            }
            if (rnd.nextInt(3) == 0) {
                b.uitkomstkans("AM01", rnd.nextInt(101) / 100.0).uitkomstkans("AM02", rnd.nextInt(101) / 100.0);
            }
            hs.add(b.build());
        }
        List<Taakstelling> taak = new ArrayList<>();
        int perGemeente = Math.max(1, personen * 9 / 10 / gemeenten);
        for (Gemeente g : gs) {
            int achterstand = rnd.nextInt(3) - 1;
            taak.add(new Taakstelling(g.code(), "2026-H1", perGemeente + rnd.nextInt(3), achterstand, rnd.nextInt(2)));
        }
        return new MatchingProblem("2026-H1", gs, regios, taak, azcs, zorg, hs);
    }
}
