package nl.kansrijk.wonen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.BiPredicate;

import nl.kansrijk.model.Arbeidsmarktregio;
import nl.kansrijk.model.Gemeente;
import nl.kansrijk.model.Huishouden;
import nl.kansrijk.model.MatchingProblem;
import nl.kansrijk.model.Regiopool;
import nl.kansrijk.model.Taakstelling;
import nl.kansrijk.model.Woning;
import nl.kansrijk.model.Woningaanbod;
import nl.kansrijk.solve.MatchingConfig;
import nl.kansrijk.solve.MatchingEngine;
import nl.kansrijk.solve.MatchingResult;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/**
 * Exchange proposals checked independently: each proposal's gain recomputed by a whole toewijzing of the changed
 * plan, and the best proposal equal to the best of every move and swap tried by brute force.
 */
class RuilvoorstellerTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final String[] CODES = {"GM0001", "GM0002", "GM0003"};

    private record Gain(long extra, long minder) {
        boolean beter(Gain o) {
            return extra > o.extra || (extra == o.extra && minder > o.minder);
        }
    }

    @Test
    void aFamilyInATownOfFlatsMovesToTheTownWithAFamilyHome() {
        Huishouden gezin = huishouden("H1", 5, "GM0001", START);
        Huishouden alleen = huishouden("H2", 1, "GM0002", START);
        List<Woning> woningen = List.of(new Woning("W1", "GM0001", START.plusDays(10), 1, 2, null, null, null, null),
                new Woning("W2", "GM0002", START.plusDays(20), 4, 6, null, null, null, null));
        // both have a taakstelling of 3: after the swap each is as far from it as before, so even 10 % allows it
        MatchingResult r = resultaat(List.of(gezin, alleen), new int[] {3, 3, 0});
        Woningaanbod aanbod = new Woningaanbod(woningen, List.of(new Regiopool("P", List.of("GM0001", "GM0002"), 0.1)));
        List<Ruilvoorstel> v = Ruilvoorsteller.voorstellen(r, aanbod, (h, g) -> true, 10);
        assertThat(v).first().satisfies(x -> {
            assertThat(x.gemeenteA()).isEqualTo("GM0001");
            assertThat(x.vanAnaarB()).containsExactly(gezin);
            assertThat(x.vanBnaarA()).containsExactly(alleen);
            assertThat(x.extraGehuisvest()).isEqualTo(2);
            assertThat(x.personenAna()).isEqualTo(1);
            assertThat(x.personenBna()).isEqualTo(5);
        });
        // with taakstellingen 5 and 1 the swap would take both far from their own: 10 % allows no exchange, 100 % one move
        MatchingResult eigen = resultaat(List.of(gezin, alleen), new int[] {5, 1, 0});
        assertThat(Ruilvoorsteller.voorstellen(eigen, aanbod, (h, g) -> true, 10)).isEmpty();
        Woningaanbod ruim = new Woningaanbod(woningen, List.of(new Regiopool("P", List.of("GM0001", "GM0002"), 1.0)));
        assertThat(Ruilvoorsteller.voorstellen(eigen, ruim, (h, g) -> true, 10)).singleElement().satisfies(x -> {
            assertThat(x.vanAnaarB()).containsExactly(alleen);
            assertThat(x.gemeenteB()).isEqualTo("GM0001");
            assertThat(x.extraGehuisvest()).isEqualTo(1);
        });
        // nor when the hard rules keep the family out of GM0002
        assertThat(Ruilvoorsteller.voorstellen(r, aanbod, (h, g) -> !(h == gezin && g.equals("GM0002")), 10)).isEmpty();
    }

    @RepeatedTest(40)
    void proposalsAreRightAndTheBestIsFound(RepetitionInfo info) {
        Random rnd = new Random(1000 + info.getCurrentRepetition());
        int n = 2 + rnd.nextInt(6);
        List<Huishouden> hs = new ArrayList<>();
        int[] taak = new int[3];
        for (int i = 0; i < n; i++) {
            int g = rnd.nextInt(3);
            Huishouden h = huishouden("H" + i, 1 + rnd.nextInt(5), CODES[g], START.plusDays(rnd.nextInt(60)));
            hs.add(h);
            taak[g] += h.personen();
        }
        for (int g = 0; g < 3; g++) {
            taak[g] = Math.max(1, taak[g] + rnd.nextInt(5) - 2);
        }
        List<Woning> woningen = new ArrayList<>();
        for (int j = 0, m = rnd.nextInt(7); j < m; j++) {
            int min = 1 + rnd.nextInt(4);
            woningen.add(new Woning("W" + j, CODES[rnd.nextInt(3)], START.plusDays(rnd.nextInt(120)), min,
                    min + rnd.nextInt(3), null, null, null, null));
        }
        double tol = new double[] {0.1, 0.3, 1.0}[rnd.nextInt(3)];
        Woningaanbod aanbod = new Woningaanbod(woningen, List.of(new Regiopool("P", List.of(CODES), tol)));
        long salt = rnd.nextLong();
        BiPredicate<Huishouden, String> toegestaan = (h, g) -> ((h.id() + g).hashCode() ^ salt) % 5 != 0;
        MatchingResult r = resultaat(hs, taak);

        List<Ruilvoorstel> voorstellen = Ruilvoorsteller.voorstellen(r, aanbod, toegestaan, 100);

        Set<String> gezien = new HashSet<>();
        for (Ruilvoorstel v : voorstellen) {
            List<Huishouden> naarB = v.vanAnaarB();
            List<Huishouden> naarA = v.vanBnaarA();
            naarB.forEach(h -> assertThat(gezien.add(h.id())).isTrue());
            naarA.forEach(h -> assertThat(gezien.add(h.id())).isTrue());
            assertThat(new Gain(v.extraGehuisvest(), v.minderPersoonsdagen()))
                    .isEqualTo(gain(hs, aanbod, v.gemeenteA(), v.gemeenteB(), naarB, naarA));
        }
        Gain best = new Gain(0, 0);
        for (Huishouden h : hs) {
            for (String b : CODES) {
                if (!b.equals(h.gekoppeldGemeente()) && toegestaan.test(h, b)
                        && tolerantieOk(hs, taak, tol, h.gekoppeldGemeente(), b, List.of(h), List.of())) {
                    Gain g = gain(hs, aanbod, h.gekoppeldGemeente(), b, List.of(h), List.of());
                    best = g.beter(best) ? g : best;
                }
            }
            for (Huishouden k : hs) {
                String a = h.gekoppeldGemeente();
                String b = k.gekoppeldGemeente();
                if (!a.equals(b) && toegestaan.test(h, b) && toegestaan.test(k, a)
                        && tolerantieOk(hs, taak, tol, a, b, List.of(h), List.of(k))) {
                    Gain g = gain(hs, aanbod, a, b, List.of(h), List.of(k));
                    best = g.beter(best) ? g : best;
                }
            }
        }
        if (best.equals(new Gain(0, 0))) {
            assertThat(voorstellen).isEmpty();
        } else {
            assertThat(new Gain(voorstellen.get(0).extraGehuisvest(), voorstellen.get(0).minderPersoonsdagen()))
                    .isEqualTo(best);
        }
    }

    /** The gain by two whole toewijzingen (before and after), independent of the proposer's own bookkeeping. */
    private static Gain gain(List<Huishouden> hs, Woningaanbod aanbod, String a, String b, List<Huishouden> naarB,
            List<Huishouden> naarA) {
        List<Woningvraag> voor = new ArrayList<>();
        List<Woningvraag> na = new ArrayList<>();
        for (Huishouden h : hs) {
            voor.add(new Woningvraag(h, h.gekoppeldGemeente()));
            na.add(new Woningvraag(h, naarB.contains(h) ? b : naarA.contains(h) ? a : h.gekoppeldGemeente()));
        }
        Woningtoewijzing v = Toewijzer.wijsToe(voor, aanbod, START);
        Woningtoewijzing n = Toewijzer.wijsToe(na, aanbod, START);
        return new Gain(n.gehuisvest() - v.gehuisvest(), v.persoonsdagen() - n.persoonsdagen());
    }

    private static boolean tolerantieOk(List<Huishouden> hs, int[] taak, double tol, String a, String b,
            List<Huishouden> naarB, List<Huishouden> naarA) {
        long verschuiving = naarA.stream().mapToLong(Huishouden::personen).sum()
                - naarB.stream().mapToLong(Huishouden::personen).sum();
        return ok(hs, taak, tol, a, verschuiving) && ok(hs, taak, tol, b, -verschuiving);
    }

    private static boolean ok(List<Huishouden> hs, int[] taak, double tol, String g, long erbij) {
        int o = taak[List.of(CODES).indexOf(g)];
        long nu = hs.stream().filter(h -> h.gekoppeldGemeente().equals(g)).mapToLong(Huishouden::personen).sum();
        return Math.abs(nu + erbij - o) <= tol * o + 1e-9 || Math.abs(nu + erbij - o) <= Math.abs(nu - o);
    }

    private static MatchingResult resultaat(List<Huishouden> hs, int[] taak) {
        List<Gemeente> gemeenten = List.of(new Gemeente("GM0001", "A", "AM01", 52.0, 5.0, 10_000, 50),
                new Gemeente("GM0002", "B", "AM01", 52.1, 5.0, 10_000, 50),
                new Gemeente("GM0003", "C", "AM01", 52.2, 5.0, 10_000, 50));
        List<Taakstelling> t = new ArrayList<>();
        for (int g = 0; g < 3; g++) {
            t.add(new Taakstelling(CODES[g], "2026-H1", taak[g], 0, 0));
        }
        MatchingProblem p = new MatchingProblem("2026-H1", gemeenten,
                List.of(new Arbeidsmarktregio("AM01", "Noord", Map.of())), t, List.of(), List.of(), hs);
        return new MatchingEngine().evaluate(p, MatchingConfig.STANDAARD, Map.of());
    }

    private static Huishouden huishouden(String id, int personen, String gemeente, LocalDate datum) {
        int volwassenen = Math.min(2, personen);
        return Huishouden.builder(id, volwassenen, personen - volwassenen).personen(personen).vergunningdatum(datum)
                .gekoppeldGemeente(gemeente).build();
    }
}
