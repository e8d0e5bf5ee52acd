package nl.kansrijk.wonen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import nl.kansrijk.model.Huishouden;
import nl.kansrijk.model.Woning;
import nl.kansrijk.model.Woningaanbod;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** The toewijzing against an independent exact solve: every matching enumerated on small random instances. */
class ToewijzerTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final String[] GEMEENTEN = {"GM0001", "GM0002"};

    /** The lexicographic optimum (most housed, then fewest person-days) found by trying every matching. */
    private record Optimum(long gehuisvest, long persoonsdagen) {
    }

    @Test
    void aSmallCaseByHand() {
        Huishouden groot = huishouden("H1", 5, LocalDate.of(2026, 1, 10), false);
        Huishouden klein = huishouden("H2", 1, LocalDate.of(2026, 1, 1), false);
        // W1 fits both but H2 alone fits W2: most housed means H1 in W1 though it waits longer than in none
        Woning w1 = new Woning("W1", "GM0001", LocalDate.of(2026, 3, 1), 1, 6, null, null, null, null);
        Woning w2 = new Woning("W2", "GM0001", LocalDate.of(2026, 1, 5), 1, 1, null, null, null, null);
        Woningtoewijzing t = Toewijzer.wijsToe(List.of(new Woningvraag(groot, "GM0001"), new Woningvraag(klein, "GM0001")),
                new Woningaanbod(List.of(w1, w2), List.of()), START);
        assertThat(t.toewijzingen()).extracting(Toewijzing::woning).containsExactly(w1, w2);
        assertThat(t.toewijzingen()).extracting(Toewijzing::wachtdagen).containsExactly(50L, 4L);
        assertThat(t.persoonsdagen()).isEqualTo(5 * 50 + 4);
    }

    @Test
    void aMedicalNeedTakesOnlyAnAccessibleDwellingWhereTheInputMarksIt() {
        Huishouden zorg = huishouden("H1", 2, START, true);
        Woning niet = new Woning("W1", "GM0001", START, 1, 4, false, null, null, null);
        Woning wel = new Woning("W2", "GM0001", START.plusDays(30), 1, 4, true, null, null, null);
        List<Woningvraag> vraag = List.of(new Woningvraag(zorg, "GM0001"));
        assertThat(Toewijzer.wijsToe(vraag, new Woningaanbod(List.of(niet, wel), List.of()), START).toewijzingen())
                .extracting(Toewijzing::woning).containsExactly(wel);
        Woning onbekend = new Woning("W1", "GM0001", START, 1, 4, null, null, null, null);
        assertThat(Toewijzer.wijsToe(vraag, new Woningaanbod(List.of(onbekend), List.of()), START).toewijzingen())
                .extracting(Toewijzing::woning).containsExactly(onbekend);
        assertThat(Toewijzer.wijsToe(vraag, new Woningaanbod(List.of(niet), List.of()), START).gehuisvest()).isZero();
    }

    @RepeatedTest(300)
    void equalsTheExactOptimumOfEveryMatching(org.junit.jupiter.api.RepetitionInfo info) {
        Random rnd = new Random(info.getCurrentRepetition());
        int n = 1 + rnd.nextInt(7);
        int m = rnd.nextInt(8);
        List<Woningvraag> vraag = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            LocalDate datum = rnd.nextInt(8) == 0 ? null : START.plusDays(rnd.nextInt(90));
            vraag.add(new Woningvraag(huishouden("H" + i, 1 + rnd.nextInt(6), datum, rnd.nextInt(4) == 0),
                    GEMEENTEN[rnd.nextInt(GEMEENTEN.length)]));
        }
        List<Woning> woningen = new ArrayList<>();
        boolean markeer = rnd.nextBoolean();
        for (int j = 0; j < m; j++) {
            int min = 1 + rnd.nextInt(4);
            woningen.add(new Woning("W" + j, GEMEENTEN[rnd.nextInt(GEMEENTEN.length)], START.plusDays(rnd.nextInt(180)),
                    min, min + rnd.nextInt(4), markeer ? rnd.nextBoolean() : null, null, null, null));
        }
        Woningaanbod aanbod = new Woningaanbod(woningen, List.of());
        Woningtoewijzing t = Toewijzer.wijsToe(vraag, aanbod, START);

        assertThat(t.toewijzingen()).hasSize(n);
        Set<String> gebruikt = new HashSet<>();
        for (int i = 0; i < n; i++) {
            Toewijzing x = t.toewijzingen().get(i);
            assertThat(x.huishouden()).isSameAs(vraag.get(i).huishouden());
            assertThat(x.gemeenteCode()).isEqualTo(vraag.get(i).gemeenteCode());
            if (x.isGehuisvest()) {
                assertThat(gebruikt.add(x.woning().id())).as("woning twee keer toegewezen").isTrue();
                assertThat(x.woning().gemeenteCode()).isEqualTo(x.gemeenteCode());
                assertThat(Woningaanbod.past(x.huishouden(), x.woning(), aanbod.toegankelijkheidGemarkeerd())).isTrue();
                LocalDate van = x.huishouden().vergunningdatum() == null ? START : x.huishouden().vergunningdatum();
                assertThat(x.wachtdagen()).isEqualTo(Math.max(0, x.woning().beschikbaarVanaf().toEpochDay() - van.toEpochDay()));
            }
        }
        Optimum best = bruteForce(vraag, woningen, aanbod.toegankelijkheidGemarkeerd(), 0, new boolean[m], 0, 0);
        assertThat(new Optimum(t.gehuisvest(), t.persoonsdagen())).isEqualTo(best);
        assertThat(Toewijzer.wijsToe(vraag, aanbod, START)).as("deterministisch").isEqualTo(t);
    }

    private static Optimum bruteForce(List<Woningvraag> vraag, List<Woning> woningen, boolean markeer, int i,
            boolean[] bezet, long gehuisvest, long dagen) {
        if (i == vraag.size()) {
            return new Optimum(gehuisvest, dagen);
        }
        Optimum best = bruteForce(vraag, woningen, markeer, i + 1, bezet, gehuisvest, dagen);
        Huishouden h = vraag.get(i).huishouden();
        for (int j = 0; j < woningen.size(); j++) {
            Woning w = woningen.get(j);
            boolean past = !bezet[j] && w.gemeenteCode().equals(vraag.get(i).gemeenteCode())
                    && h.personen() >= w.minPersonen() && h.personen() <= w.maxPersonen()
                    && (!markeer || h.zorgCode() == null || Boolean.TRUE.equals(w.toegankelijk()));
            if (past) {
                LocalDate van = h.vergunningdatum() == null ? START : h.vergunningdatum();
                long wacht = Math.max(0, w.beschikbaarVanaf().toEpochDay() - van.toEpochDay());
                bezet[j] = true;
                Optimum o = bruteForce(vraag, woningen, markeer, i + 1, bezet, gehuisvest + 1, dagen + h.personen() * wacht);
                bezet[j] = false;
                if (o.gehuisvest() > best.gehuisvest()
                        || (o.gehuisvest() == best.gehuisvest() && o.persoonsdagen() < best.persoonsdagen())) {
                    best = o;
                }
            }
        }
        return best;
    }

    private static Huishouden huishouden(String id, int personen, LocalDate vergunningdatum, boolean zorg) {
        int volwassenen = Math.min(2, personen);
        return Huishouden.builder(id, volwassenen, personen - volwassenen).personen(personen)
                .vergunningdatum(vergunningdatum).zorgCode(zorg ? "Z1" : null).build();
    }
}
