package nl.kansrijk.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import nl.kansrijk.model.Periode;
import nl.kansrijk.model.Huishouden;
import nl.kansrijk.model.MatchingProblem;
import nl.kansrijk.model.Plaatsingseenheid;
import nl.kansrijk.model.Taakstelling;
import nl.kansrijk.solve.PlanContext;
import org.junit.jupiter.api.Test;

/**
 * The later arrivals the price policy samples: on day 10 of the half year 20 households have arrived, two of them
 * nareizigers whose family lives in Aadorp, and one more nareiziger to Aadorp is announced. Aadorp has a quarter
 * of the capacity, Beekdorp three quarters.
 */
class LaterTrekkingTest {

    private static final LocalDate DAG_10 = LocalDate.of(2026, 1, 10);

    private static SimulatieStand stand() {
        List<Huishouden> aangekomen = new ArrayList<>();
        for (int i = 0; i < 18; i++) {
            aangekomen.add(Huishouden.builder("S" + i, 2, 0).azcCode("AZC1").vergunningdatum(DAG_10).build());
        }
        for (int i = 0; i < 2; i++) {
            aangekomen.add(Huishouden.builder("N" + i, 1, 0).azcCode("AZC1").vergunningdatum(DAG_10)
                    .nareizigerVanGemeente(Halfjaar.A.code()).build());
        }
        Huishouden aangekondigd = Huishouden.builder("NA", 3, 0).azcCode("AZC1").vergunningdatum(DAG_10.plusMonths(2))
                .nareizigerVanGemeente(Halfjaar.A.code()).nareizigerAangekondigd(DAG_10).build();
        MatchingProblem leeg = Halfjaar.probleem(0);
        MatchingProblem p = new MatchingProblem("2026-H1", leeg.gemeenten(), leeg.arbeidsmarktregios(),
                List.of(new Taakstelling(Halfjaar.A.code(), "2026-H1", 100, 0, 0),
                        new Taakstelling(Halfjaar.B.code(), "2026-H1", 300, 0, 0)),
                leeg.azcs(), leeg.zorglocaties(), List.of());
        return new SimulatieStand(p, Halfjaar.config(), DAG_10, Periode.van("2026-H1"), 1, aangekomen, Map.of(),
                Map.of(), List.of(aangekondigd));
    }

    private static LaterTrekking trekking(SimulatieStand stand) {
        return new LaterTrekking(stand, Verwachting.PROFIELMIX, PlanContext.of(stand.probleem(), stand.config()));
    }

    @Test
    void drawsAsManyAsExpectedWithTheNareizigersShareLessThoseAnnounced() {
        SimulatieStand stand = stand();
        long verwacht = Math.round(stand.verwachtNogTeKomen()); // 20 in 10 days, 171 days after today: 342
        LaterTrekking t = trekking(stand);

        assertThat(verwacht).isEqualTo(342);
        assertThat(t.bekend()).extracting(p -> p.getHuishouden().id()).containsExactly("NA");
        // a tenth of the later arrivals are nareizigers (34), one of them is announced already
        assertThat(t.getrokkenNareizigers()).isEqualTo(34 - 1);
        assertThat(t.getrokken()).isEqualTo(342 - 1);
        List<Plaatsingseenheid> steekproef = t.trek(new SplittableRandom(5));
        assertThat(steekproef).hasSize(342);
        assertThat(steekproef.get(0).getHuishouden().id()).isEqualTo("NA");
        assertThat(steekproef.stream().filter(p -> p.getHuishouden().isNareiziger())).hasSize(34);
        assertThat(steekproef).noneMatch(Plaatsingseenheid::isVastgezet);
    }

    @Test
    void householdsWaitingForALaterBatchAreInEverySampleAsTheyAreAndDoNotCountAgainstTheDraws() {
        SimulatieStand stand = stand();
        List<Huishouden> wachtend = List.of(stand.aangekomen().get(3), stand.aangekomen().get(7));
        LaterTrekking t = trekking(stand.metWachtend(wachtend));

        assertThat(t.bekend()).extracting(p -> p.getHuishouden().id()).containsExactly("NA", "S3", "S7");
        // they arrived already: the draws are still the 342 expected after today less the one announced
        assertThat(t.getrokkenNareizigers()).isEqualTo(34 - 1);
        assertThat(t.getrokken()).isEqualTo(342 - 1);
        for (int s = 0; s < 3; s++) {
            List<Plaatsingseenheid> steekproef = t.trek(new SplittableRandom(s));
            assertThat(steekproef).hasSize(344);
            assertThat(steekproef.subList(0, 3)).extracting(p -> p.getHuishouden().id()).containsExactly("NA", "S3", "S7");
            assertThat(steekproef.get(1).getHuishouden().azcCode()).isEqualTo("AZC1");
            assertThat(steekproef.get(1).isVastgezet()).isFalse();
        }
    }

    @Test
    void onTheLastDayOfThePeriodNobodyIsExpectedLater() {
        MatchingProblem p = Halfjaar.probleem(0);
        List<Huishouden> aangekomen = stand().aangekomen();
        LocalDate laatste = LocalDate.of(2026, 6, 30);
        SimulatieStand opLaatsteDag = new SimulatieStand(p, Halfjaar.config(), laatste, Periode.van("2026-H1"), 1,
                aangekomen, Map.of(), Map.of(), List.of());
        SimulatieStand dagErvoor = new SimulatieStand(p, Halfjaar.config(), laatste.minusDays(1), Periode.van("2026-H1"),
                1, aangekomen, Map.of(), Map.of(), List.of());

        // the period ends (exclusive) on 1 July: after 30 June no day of it is left, after 29 June one
        assertThat(opLaatsteDag.verwachtNogTeKomen()).isZero();
        assertThat(trekking(opLaatsteDag).getrokken()).isZero();
        assertThat(dagErvoor.verwachtNogTeKomen()).isEqualTo(20.0 / 180);
    }

    @Test
    void drawnNareizigersJoinFamiliesSpreadByCapacityNotWhereTheSeenOnesLive() {
        LaterTrekking t = trekking(stand());
        int aadorp = 0;
        int getrokken = 0;
        for (int s = 0; s < 30; s++) {
            for (Plaatsingseenheid p : t.trek(new SplittableRandom(s)).subList(1, t.getrokken() + 1)) {
                if (p.getHuishouden().isNareiziger()) {
                    getrokken++;
                    aadorp += Halfjaar.A.code().equals(p.getHuishouden().nareizigerVanGemeente()) ? 1 : 0;
                    // bound to its family's gemeente: allowed there only
                    assertThat(p.getToegestaan()).extracting(b -> b.code())
                            .containsExactly(p.getHuishouden().nareizigerVanGemeente());
                }
            }
        }
        assertThat(getrokken).isEqualTo(30 * 33);
        // both seen nareizigers have family in Aadorp; Aadorp holds a quarter of the capacity
        assertThat(aadorp / (double) getrokken).isBetween(0.20, 0.30);
    }

    @Test
    void laterHouseholdsTakeTheirMakeUpFromOneSeenHouseholdAndTheirRegionFromAnother() {
        // seen so far: ten families of six advised Noord, living in the azc; ten singles advised Zuid, azc unknown
        List<Huishouden> aangekomen = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            aangekomen.add(Huishouden.builder("F" + i, 2, 4).azcCode("AZC1").regioadvies(Halfjaar.NOORD.code())
                    .sectoren("bouw").vergunningdatum(DAG_10).build());
            aangekomen.add(Huishouden.builder("E" + i, 1, 0).regioadvies(Halfjaar.ZUID.code())
                    .uitgeslotenGemeenten(Halfjaar.B.code()).vergunningdatum(DAG_10).build());
        }
        MatchingProblem p = Halfjaar.probleem(0);
        SimulatieStand stand = new SimulatieStand(p, Halfjaar.config(), DAG_10, Periode.van("2026-H1"), 1, aangekomen,
                Map.of(), Map.of(), List.of());
        PlanContext ctx = PlanContext.of(stand.probleem(), stand.config());
        LaterTrekking t = new LaterTrekking(stand, Verwachting.PROFIELMIX, ctx);
        int gezinnen = 0;
        int gezinnenInZuid = 0;
        for (int s = 0; s < 10; s++) {
            for (Plaatsingseenheid e : t.trek(new SplittableRandom(s))) {
                Huishouden h = e.getHuishouden();
                // the make-up and the hard ties come as a whole: a single keeps its exclusion of Beekdorp
                boolean gezin = h.personen() == 6;
                assertThat(h.uitgeslotenGemeenten()).isEqualTo(gezin ? List.of() : List.of(Halfjaar.B.code()));
                assertThat(e.getToegestaan()).extracting(b -> b.code())
                        .containsExactlyElementsOf(gezin ? List.of(Halfjaar.A.code(), Halfjaar.B.code()) : List.of(Halfjaar.A.code()));
                // the azc, regioadvies and sectors come as a whole from one seen household, and the profile is theirs
                boolean noord = h.regioadvies().equals(List.of(Halfjaar.NOORD.code()));
                assertThat(h.azcCode()).isEqualTo(noord ? "AZC1" : null);
                assertThat(h.sectoren()).isEqualTo(noord ? List.of("bouw") : List.of());
                assertThat(e.getProfiel().regioRang()).isEqualTo(ctx.profiel(h).regioRang());
                assertThat(e.getProfiel().azcAfstand()).isEqualTo(ctx.profiel(h).azcAfstand());
                if (gezin) {
                    gezinnen++;
                    gezinnenInZuid += noord ? 0 : 1;
                }
            }
        }
        // whole copies would give every later family of six the Noord advice; in halves about half get Zuid
        assertThat(gezinnen).isGreaterThan(500);
        assertThat(gezinnenInZuid / (double) gezinnen).isBetween(0.4, 0.6);
    }

    @Test
    void theSameRandomStreamGivesTheSameSample() {
        LaterTrekking t = trekking(stand());
        List<String> een = t.trek(new SplittableRandom(9)).stream()
                .map(p -> p.getHuishouden().id() + "@" + p.getHuishouden().nareizigerVanGemeente()).toList();
        List<String> twee = t.trek(new SplittableRandom(9)).stream()
                .map(p -> p.getHuishouden().id() + "@" + p.getHuishouden().nareizigerVanGemeente()).toList();
        assertThat(een).isEqualTo(twee);
    }
}
