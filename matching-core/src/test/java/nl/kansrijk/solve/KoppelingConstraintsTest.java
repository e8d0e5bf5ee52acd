package nl.kansrijk.solve;

import static nl.kansrijk.solve.KleinVoorbeeld.huishouden;
import static nl.kansrijk.solve.KleinVoorbeeld.probleem;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.stream.test.ConstraintVerifier;
import nl.kansrijk.model.Bestemming;
import nl.kansrijk.model.Huishouden;
import nl.kansrijk.model.Koppelplan;
import nl.kansrijk.model.Plaatsingseenheid;
import nl.kansrijk.model.Groepsindeling;
import nl.kansrijk.model.InvalidProblemException;
import nl.kansrijk.model.Taakstelling;
import nl.kansrijk.rules.Gewichten;
import nl.kansrijk.rules.Regel;
import org.junit.jupiter.api.Test;

/**
 * One case that matches (with its exact points) and one that doesn't, for every constraint.
 * Geography of {@link KleinVoorbeeld}: A–B 11 km, A–C 111 km, B–C 100 km; azc at A; zorglocatie at C.
 */
class KoppelingConstraintsTest {

    private final ConstraintVerifier<KoppelingConstraints, Koppelplan> verifier =
            ConstraintVerifier.build(new KoppelingConstraints(), Koppelplan.class, Plaatsingseenheid.class);

    private final List<Huishouden> huishoudens = new ArrayList<>();

    /** A context holding the households made so far; capacities A 4, B 4, C 3. */
    private PlanContext ctx() {
        return PlanContext.of(probleem(List.copyOf(huishoudens), 4, 4, 3), KleinVoorbeeld.reproduceerbaar());
    }

    private Plaatsingseenheid in(Huishouden h, String gemeente) {
        huishoudens.add(h);
        PlanContext ctx = ctx();
        Plaatsingseenheid p = ctx.eenheid(h);
        p.setBestemming(gemeente == null ? null : ctx.bestemming(gemeente));
        return p;
    }

    @Test
    void taakstelling() {
        huishoudens.add(huishouden("H1", 2, 1).build());
        huishoudens.add(huishouden("H2", 1, 0).build());
        PlanContext c = ctx(); // one context: the same Bestemming objects for both households
        Plaatsingseenheid a = c.eenheid(huishoudens.get(0));
        Plaatsingseenheid b = c.eenheid(huishoudens.get(1));
        a.setBestemming(c.bestemming("GM0003"));
        b.setBestemming(c.bestemming("GM0003"));
        verifier.verifyThat(KoppelingConstraints::taakstelling).given(a, b).penalizesBy(1); // 4 persons in capacity 3
        verifier.verifyThat(KoppelingConstraints::taakstelling).given(a).penalizesBy(0);
    }

    @Test
    void taakstellingOnlyPenalisesExcessBeyondPinnedPersons() {
        huishoudens.clear();
        Huishouden vast = huishouden("V1", 2, 3).gekoppeldGemeente("GM0003").build(); // 5 pinned in capacity 3
        huishoudens.add(vast);
        Huishouden nieuw = huishouden("N1", 1, 0).build();
        huishoudens.add(nieuw);
        PlanContext c = ctx();
        Plaatsingseenheid pv = c.eenheid(vast);
        Plaatsingseenheid pn = c.eenheid(nieuw);
        verifier.verifyThat(KoppelingConstraints::taakstelling).given(pv).penalizesBy(0);
        pn.setBestemming(c.bestemming("GM0003"));
        verifier.verifyThat(KoppelingConstraints::taakstelling).given(pv, pn).penalizesBy(1);
    }

    @Test
    void roomBeyondCapacityIsOnlyForBoundHouseholds() {
        huishoudens.clear();
        Huishouden nareiziger = huishouden("N1", 1, 4).nareizigerVanGemeente("GM0003").build(); // 5 in capacity 3
        Huishouden vrij = huishouden("V1", 2, 0).build();
        huishoudens.add(nareiziger);
        huishoudens.add(vrij);
        PlanContext c = ctx();
        Plaatsingseenheid pn = c.eenheid(nareiziger);
        Plaatsingseenheid pv = c.eenheid(vrij);
        pn.setBestemming(c.bestemming("GM0003"));
        verifier.verifyThat(KoppelingConstraints::taakstelling).given(pn).penalizesBy(0); // 5 bound persons allowed
        pv.setBestemming(c.bestemming("GM0003"));
        verifier.verifyThat(KoppelingConstraints::taakstelling).given(pn, pv).penalizesBy(2);
        pn.setBestemming(null); // the free household may not take the room kept for the unplaced nareiziger
        verifier.verifyThat(KoppelingConstraints::taakstelling).given(pn, pv).penalizesBy(0);
        pv.setBestemming(c.bestemming("GM0003"));
        Plaatsingseenheid groot = c.eenheid(huishouden("V2", 2, 0).build());
        groot.setBestemming(c.bestemming("GM0003"));
        verifier.verifyThat(KoppelingConstraints::taakstelling).given(pn, pv, groot).penalizesBy(1); // 4 in capacity 3
    }

    @Test
    void voorrangGebonden() {
        huishoudens.clear();
        Huishouden nareiziger = huishouden("N1", 1, 2).nareizigerVanGemeente("GM0003").build();
        Huishouden vrij = huishouden("V1", 1, 0).build();
        Huishouden elders = huishouden("V2", 1, 0).build();
        huishoudens.add(nareiziger);
        huishoudens.add(vrij);
        huishoudens.add(elders);
        PlanContext c = ctx();
        Plaatsingseenheid pn = c.eenheid(nareiziger);
        Plaatsingseenheid pv = c.eenheid(vrij);
        Plaatsingseenheid pe = c.eenheid(elders);
        pv.setBestemming(c.bestemming("GM0003"));
        pe.setBestemming(c.bestemming("GM0001"));
        // the nareiziger is left out while a free household holds room in its family's gemeente: its 3 persons
        verifier.verifyThat(KoppelingConstraints::voorrangGebonden).given(pn, pv, pe).penalizesBy(3);
        // free households elsewhere only: no breach
        verifier.verifyThat(KoppelingConstraints::voorrangGebonden).given(pn, pe).penalizesBy(0);
        // the nareiziger placed with its family: no breach
        pn.setBestemming(c.bestemming("GM0003"));
        verifier.verifyThat(KoppelingConstraints::voorrangGebonden).given(pn, pv, pe).penalizesBy(0);
    }

    @Test
    void voorrangGebondenIgnoresANareizigerItsHardRulesKeepOut() {
        huishoudens.clear();
        Huishouden nareiziger = huishouden("N1", 1, 0).nareizigerVanGemeente("GM0003")
                .uitgeslotenGemeenten("GM0003").build(); // its family's gemeente is excluded for it: never placeable
        Huishouden vrij = huishouden("V1", 1, 0).build();
        huishoudens.add(nareiziger);
        huishoudens.add(vrij);
        PlanContext c = ctx();
        Plaatsingseenheid pn = c.eenheid(nareiziger);
        Plaatsingseenheid pv = c.eenheid(vrij);
        pv.setBestemming(c.bestemming("GM0003"));
        verifier.verifyThat(KoppelingConstraints::voorrangGebonden).given(pn, pv).penalizesBy(0);
    }

    @Test
    void eerstegraadsfamilie() {
        verifier.verifyThat(KoppelingConstraints::eerstegraadsfamilie)
                .given(in(huishouden("H1", 2, 0).familieGemeente("GM0001").build(), "GM0003")).penalizesBy(2);
        verifier.verifyThat(KoppelingConstraints::eerstegraadsfamilie)
                .given(in(huishouden("H2", 2, 0).familieGemeente("GM0001").build(), "GM0002")).penalizesBy(0);
    }

    @Test
    void medischeZorg() {
        verifier.verifyThat(KoppelingConstraints::medischeZorg)
                .given(in(huishouden("H1", 1, 2).zorgCode("ZL1").build(), "GM0002")).penalizesBy(3);
        verifier.verifyThat(KoppelingConstraints::medischeZorg)
                .given(in(huishouden("H2", 1, 2).zorgCode("ZL1").build(), "GM0003")).penalizesBy(0);
    }

    @Test
    void werkOfOpleiding() {
        verifier.verifyThat(KoppelingConstraints::werkOfOpleiding)
                .given(in(huishouden("H1", 1, 0).werkOfOpleidingGemeente("GM0003").build(), "GM0001")).penalizesBy(1);
        verifier.verifyThat(KoppelingConstraints::werkOfOpleiding)
                .given(in(huishouden("H2", 1, 0).werkOfOpleidingGemeente("GM0002").build(), "GM0001")).penalizesBy(0);
    }

    @Test
    void nareiziger() {
        verifier.verifyThat(KoppelingConstraints::nareiziger)
                .given(in(huishouden("H1", 0, 2).nareizigerVanGemeente("GM0001").build(), "GM0002")).penalizesBy(2);
        verifier.verifyThat(KoppelingConstraints::nareiziger)
                .given(in(huishouden("H2", 0, 2).nareizigerVanGemeente("GM0001").build(), "GM0001")).penalizesBy(0);
    }

    @Test
    void uitgesloten() {
        verifier.verifyThat(KoppelingConstraints::uitgesloten)
                .given(in(huishouden("H1", 2, 0).uitgeslotenGemeenten("GM0002").build(), "GM0002")).penalizesBy(2);
        verifier.verifyThat(KoppelingConstraints::uitgesloten)
                .given(in(huishouden("H2", 2, 0).uitgeslotenGemeenten("GM0002").build(), "GM0001")).penalizesBy(0);
    }

    @Test
    void hardRulesDoNotJudgePinnedHouseholds() {
        verifier.verifyThat(KoppelingConstraints::uitgesloten)
                .given(in(huishouden("H1", 2, 0).uitgeslotenGemeenten("GM0002").gekoppeldGemeente("GM0002").build(),
                        "GM0002")).penalizesBy(0);
    }

    @Test
    void nietGeplaatst() {
        verifier.verifyThat(KoppelingConstraints::nietGeplaatst).given(in(huishouden("H1", 2, 3).build(), null)).penalizesBy(5);
        verifier.verifyThat(KoppelingConstraints::nietGeplaatst).given(in(huishouden("H2", 2, 3).build(), "GM0001")).penalizesBy(0);
    }

    @Test
    void regioadvies() {
        // rank 2 in AM02 for a household of 3: 3 × (4 − 2) = 6
        verifier.verifyThat(KoppelingConstraints::regioadvies)
                .given(in(huishouden("H1", 1, 2).regioadvies("AM01", "AM02").build(), "GM0003")).rewardsWith(6);
        verifier.verifyThat(KoppelingConstraints::regioadvies)
                .given(in(huishouden("H2", 1, 2).regioadvies("AM02").build(), "GM0001")).rewardsWith(0);
    }

    @Test
    void sectorvraag() {
        // bouw 80 + zorg 20 in AM01, 2 persons: 2 × 100 = 200
        verifier.verifyThat(KoppelingConstraints::sectorvraag)
                .given(in(huishouden("H1", 2, 0).sectoren("bouw", "zorg").build(), "GM0001")).rewardsWith(200);
        verifier.verifyThat(KoppelingConstraints::sectorvraag)
                .given(in(huishouden("H2", 2, 0).sectoren("ict").build(), "GM0001")).rewardsWith(0);
    }

    @Test
    void azcNabijheid() {
        verifier.verifyThat(KoppelingConstraints::azcNabijheid)
                .given(in(huishouden("H1", 2, 0).build(), "GM0002")).penalizesBy(22); // 2 × 11 km
        verifier.verifyThat(KoppelingConstraints::azcNabijheid)
                .given(in(huishouden("H2", 2, 0).build(), "GM0001")).penalizesBy(0);
    }

    @Test
    void voorkeur() {
        verifier.verifyThat(KoppelingConstraints::voorkeur)
                .given(in(huishouden("H1", 1, 1).voorkeurGemeenten("GM0002").build(), "GM0002")).rewardsWith(2);
        verifier.verifyThat(KoppelingConstraints::voorkeur)
                .given(in(huishouden("H2", 1, 1).voorkeurGemeenten("GM0002").build(), "GM0001")).rewardsWith(0);
    }

    @Test
    void netwerk() {
        verifier.verifyThat(KoppelingConstraints::netwerk)
                .given(in(huishouden("H1", 1, 0).netwerkGemeente("GM0002").build(), "GM0001")).rewardsWith(1); // 11 km
        verifier.verifyThat(KoppelingConstraints::netwerk)
                .given(in(huishouden("H2", 1, 0).netwerkGemeente("GM0002").build(), "GM0003")).rewardsWith(0); // 100 km
    }

    @Test
    void woningaanbod() {
        // single in A (share 60): 60; couple in A: 2 × (100 − 60) = 80; C has no share given
        verifier.verifyThat(KoppelingConstraints::woningaanbod).given(in(huishouden("H1", 1, 0).build(), "GM0001")).rewardsWith(60);
        verifier.verifyThat(KoppelingConstraints::woningaanbod).given(in(huishouden("H2", 2, 0).build(), "GM0001")).rewardsWith(80);
        verifier.verifyThat(KoppelingConstraints::woningaanbod).given(in(huishouden("H3", 2, 0).build(), "GM0003")).rewardsWith(0);
    }

    @Test
    void uitkomstkans() {
        // 2 persons × round(100 × 0.427) = 86
        verifier.verifyThat(KoppelingConstraints::uitkomstkans)
                .given(in(huishouden("H1", 2, 0).uitkomstkans("AM02", 0.427).build(), "GM0003")).rewardsWith(86);
        verifier.verifyThat(KoppelingConstraints::uitkomstkans)
                .given(in(huishouden("H2", 2, 0).uitkomstkans("AM02", 0.427).build(), "GM0001")).rewardsWith(0);
    }

    @Test
    void balans() {
        // opgave A = B = C... here capacities 4,4,3 and gerealiseerd 0: term = round(100 × s² / opgave)
        // 3 persons in A: 100 × 9 / 4 = 225; B and C empty: 0.
        huishoudens.add(huishouden("H1", 1, 2).build());
        PlanContext c = ctx();
        Plaatsingseenheid p = c.eenheid(huishoudens.get(0));
        p.setBestemming(c.bestemming("GM0001"));
        Object[] feiten = {p, c.bestemming("GM0001"), c.bestemming("GM0002"), c.bestemming("GM0003")};
        verifier.verifyThat(KoppelingConstraints::balans).given(feiten).penalizesBy(225);
        p.setBestemming(null);
        verifier.verifyThat(KoppelingConstraints::balans).given(feiten).penalizesBy(0);
    }

    @Test
    void balansCountsGerealiseerdAndArrears() {
        // A has taakstelling 4, achterstand 6 (opgave 10), gerealiseerd 2: 2 persons more -> 100 × 16 / 10 = 160
        Taakstelling t = new Taakstelling("GM0001", "2026-H1", 4, 6, 2);
        Bestemming a = new Bestemming(KleinVoorbeeld.A, 0, KleinVoorbeeld.NOORD, 0, t, t.capaciteit(), 0);
        org.assertj.core.api.Assertions.assertThat(nl.kansrijk.rules.Regels.balans(a, 2)).isEqualTo(160);
        org.assertj.core.api.Assertions.assertThat(nl.kansrijk.rules.Regels.balans(a, 0)).isEqualTo(40);
    }

    // ---- groepsgelijkheid ----

    /** Only voorkeur counts (6,000 a person), grouped by the extra column geslacht, the rule at weight 1. */
    private static MatchingConfig gelijkheid() {
        Gewichten g = Gewichten.STANDAARD;
        for (Regel r : Regel.ZACHT_PER_HUISHOUDEN) {
            g = g.met(r, 0);
        }
        return KleinVoorbeeld.reproduceerbaar().withGewichten(g.met(Regel.VOORKEUR, 6000).met(Regel.BALANS, 0)
                .met(Regel.GROEPSGELIJKHEID, 1)).withGroepsindeling(new Groepsindeling("geslacht"));
    }

    /**
     * The plan of these households with the configuration's weights: the rule's default weight is 0, so it is verified
     * on a whole solution carrying the weight overrides, as the solver sees it.
     */
    private static Koppelplan plan(List<Plaatsingseenheid> ps, MatchingConfig config) {
        return new Koppelplan(ps.stream().map(Plaatsingseenheid::getToegestaan).flatMap(List::stream).distinct().toList(),
                ps, ConstraintWeightOverrides.of(java.util.Map.of(Regel.GROEPSGELIJKHEID.id(),
                        Regel.GROEPSGELIJKHEID.gewichtScore(config.gewichten().get(Regel.GROEPSGELIJKHEID)))));
    }

    private List<Plaatsingseenheid> geplaatst(MatchingConfig config, String... idGeslachtGemeente) {
        List<Huishouden> hs = new ArrayList<>();
        for (int i = 0; i < idGeslachtGemeente.length; i += 3) {
            int volwassenen = idGeslachtGemeente[i].startsWith("S") ? 2 : 1; // S…: a couple
            hs.add(huishouden(idGeslachtGemeente[i], volwassenen, 0).voorkeurGemeenten("GM0001")
                    .kenmerk("geslacht", idGeslachtGemeente[i + 1]).build());
        }
        PlanContext c = PlanContext.of(probleem(hs, 4, 4, 3), config);
        List<Plaatsingseenheid> out = new ArrayList<>();
        for (int i = 0; i < hs.size(); i++) {
            Plaatsingseenheid p = c.eenheid(hs.get(i));
            p.setBestemming(c.bestemming(idGeslachtGemeente[3 * i + 2]));
            out.add(p);
        }
        return out;
    }

    @Test
    void groepsgelijkheidPenalisesEachGroupsShortfallBelowTheFixedReferenceTimesItsPersons() {
        // A holds 4 persons: the relaxation without the rule puts all four there, 6,000 a person, so r = 6,000.
        // v: H1 in its preferred A, 6,000 for 1 person: no shortfall; m: H2 in B (0), couple S3 in A (12,000):
        // 3 × 6,000 − 12,000 = 6,000 short.
        List<Plaatsingseenheid> ps = geplaatst(gelijkheid(), "H1", "v", "GM0001", "H2", "m", "GM0002", "S3", "m", "GM0001");
        assertThat(ps).allSatisfy(p -> assertThat(p.getGroepReferentie()).isEqualTo(6000));
        verifier.verifyThat(KoppelingConstraints::groepsgelijkheid).givenSolution(plan(ps, gelijkheid())).penalizesBy(6000);
        // H2 moved to A: every person has 6,000, no group below the reference
        ps.get(1).setBestemming(ps.get(0).getBestemming());
        verifier.verifyThat(KoppelingConstraints::groepsgelijkheid).givenSolution(plan(ps, gelijkheid())).penalizesBy(0);
    }

    @Test
    void groepsgelijkheidNeverFallsWhenABetterOffGroupLoses() {
        // v is better off (6,000 a person against m's 4,000); moving H1 (v) to B lowers v and raises nobody: v's new
        // shortfall is added to m's, which stays.
        List<Plaatsingseenheid> ps = geplaatst(gelijkheid(), "H1", "v", "GM0001", "H2", "m", "GM0002", "S3", "m", "GM0001");
        verifier.verifyThat(KoppelingConstraints::groepsgelijkheid).givenSolution(plan(ps, gelijkheid())).penalizesBy(6000);
        ps.get(0).setBestemming(ps.get(1).getBestemming());
        verifier.verifyThat(KoppelingConstraints::groepsgelijkheid).givenSolution(plan(ps, gelijkheid()))
                .penalizesBy(6000 + 6000);
    }

    @Test
    void groepsgelijkheidIgnoresUnplacedHouseholdsAndIsOffAtWeightZero() {
        // H2 unplaced: v 6,000, m 12,000 / 2 = 6,000; both at the reference
        List<Plaatsingseenheid> ps = geplaatst(gelijkheid(), "H1", "v", "GM0001", "H2", "m", "GM0002", "S3", "m", "GM0001");
        ps.get(1).setBestemming(null);
        verifier.verifyThat(KoppelingConstraints::groepsgelijkheid).givenSolution(plan(ps, gelijkheid())).penalizesBy(0);
        // weight 0: the households carry no group and the rule matches nothing, whatever the plan
        List<Plaatsingseenheid> uit = geplaatst(gelijkheid().withGewicht(Regel.GROEPSGELIJKHEID, 0),
                "H1", "v", "GM0001", "H2", "m", "GM0002", "S3", "m", "GM0001");
        assertThat(uit.get(0).getGroep()).isNull();
        assertThat(uit.get(0).getGroepReferentie()).isZero();
        verifier.verifyThat(KoppelingConstraints::groepsgelijkheid)
                .givenSolution(plan(uit, gelijkheid().withGewicht(Regel.GROEPSGELIJKHEID, 0))).penalizesBy(0);
    }

    @Test
    void groepsgelijkheidByHouseholdTypeCountsTheShortfallPerPerson() {
        // by huishoudtype: alleenstaand H1, H2 against stel S3
        MatchingConfig c = gelijkheid().withGroepsindeling(Groepsindeling.STANDAARD);
        // 4 persons fit A: r = 6,000; alleenstaand 2 × 6,000 − 6,000 = 6,000; stel at the reference
        verifier.verifyThat(KoppelingConstraints::groepsgelijkheid)
                .givenSolution(plan(geplaatst(c, "H1", "v", "GM0001", "H2", "m", "GM0002", "S3", "m", "GM0001"), c))
                .penalizesBy(6000);
        // with H5, 5 persons for A's 4 places: r = 4 × 6,000 / 5 = 4,800; alleenstaand H1 in A, H2 and H5 in B:
        // 3 × 4,800 − 6,000 = 8,400; stel 12,000 for 2 persons lies above the reference: 0
        List<Plaatsingseenheid> ps = geplaatst(c, "H1", "v", "GM0001", "H2", "m", "GM0002", "H5", "m", "GM0002", "S3", "m",
                "GM0001");
        assertThat(ps.get(0).getGroepReferentie()).isEqualTo(4800);
        verifier.verifyThat(KoppelingConstraints::groepsgelijkheid).givenSolution(plan(ps, c)).penalizesBy(8400);
        // the couple (better off) moved to B: its own shortfall 2 × 4,800 is added, alleenstaand's stays. (The former
        // rule, squared shortfall against the plan's own mean, fell here from 7,680 to 2,880: it rewarded levelling down.)
        ps.get(3).setBestemming(ps.get(1).getBestemming());
        verifier.verifyThat(KoppelingConstraints::groepsgelijkheid).givenSolution(plan(ps, c)).penalizesBy(8400 + 9600);
    }

    @Test
    void groepsgelijkheidColumnMustExist() {
        MatchingConfig c = gelijkheid().withGroepsindeling(new Groepsindeling("nationaliteit"));
        assertThatThrownBy(() -> geplaatst(c, "H1", "v", "GM0001"))
                .isInstanceOf(InvalidProblemException.class)
                .hasMessageContaining("groepsgelijkheid.kolom: 'nationaliteit'").hasMessageContaining("geslacht");
    }

    // ---- groepsgelijkheid by the sex of every adult ----

    private static nl.kansrijk.model.Persoon volwassene(String label, String geslacht) {
        return new nl.kansrijk.model.Persoon(label, true, geslacht, null);
    }

    /**
     * A family S1 (man P1 and woman P2, one child; geslacht_hoofdaanvrager m) in B, a single woman H2 and a single man
     * H3 in A; only voorkeur for A counts, 6,000 a person. Five persons for A's four places: r = 4 × 6,000 / 5 = 4,800.
     */
    private List<Plaatsingseenheid> gezinEnAlleenstaanden(MatchingConfig c) {
        List<Huishouden> hs = List.of(
                huishouden("S1", 2, 1).voorkeurGemeenten("GM0001").kenmerk("geslacht", "m")
                        .leden(List.of(volwassene("P1", "m"), volwassene("P2", "v"),
                                new nl.kansrijk.model.Persoon("K1", false, "v", null))).build(),
                huishouden("H2", 1, 0).voorkeurGemeenten("GM0001").kenmerk("geslacht", "v")
                        .leden(List.of(volwassene("P1", "v"))).build(),
                huishouden("H3", 1, 0).voorkeurGemeenten("GM0001").kenmerk("geslacht", "m")
                        .leden(List.of(volwassene("P1", "m"))).build());
        PlanContext ctx = PlanContext.of(probleem(hs, 4, 4, 3), c);
        List<Plaatsingseenheid> out = new ArrayList<>();
        String[] waar = {"GM0002", "GM0001", "GM0001"};
        for (int i = 0; i < hs.size(); i++) {
            Plaatsingseenheid p = ctx.eenheid(hs.get(i));
            p.setBestemming(ctx.bestemming(waar[i]));
            out.add(p);
        }
        return out;
    }

    @Test
    void groepsgelijkheidBySexOfEveryAdultCountsEachAdultInTheGroupOfTheirSex() {
        MatchingConfig c = gelijkheid().withGroepsindeling(new Groepsindeling(Groepsindeling.GESLACHT_VOLWASSENEN));
        List<Plaatsingseenheid> ps = gezinEnAlleenstaanden(c);
        assertThat(ps.get(0).getGroepReferentie()).isEqualTo(4800);
        // the family counts in both groups, one adult each, its child in none: m = {P1 of S1: 0, H3: 6,000},
        // v = {P2 of S1: 0, H2: 6,000}; each 2 × 4,800 − 6,000 = 3,600 short
        assertThat(ps.get(0).getGroepsdelen()).extracting(d -> d.groep() + ":" + d.personen()).containsExactly("m:1", "v:1");
        verifier.verifyThat(KoppelingConstraints::groepsgelijkheid).givenSolution(plan(ps, c)).penalizesBy(3600 + 3600);
        // by the main applicant's sex the family (3 persons) counts as m only: m 4 × 4,800 − 6,000 = 13,200, v none
        MatchingConfig hoofd = gelijkheid();
        verifier.verifyThat(KoppelingConstraints::groepsgelijkheid).givenSolution(plan(gezinEnAlleenstaanden(hoofd), hoofd))
                .penalizesBy(13_200);
        // the family moved to A as well (over capacity, which this rule does not judge): every adult has 6,000
        nl.kansrijk.model.Bestemming b = ps.get(0).getBestemming();
        ps.get(0).setBestemming(ps.get(1).getBestemming());
        verifier.verifyThat(KoppelingConstraints::groepsgelijkheid).givenSolution(plan(ps, c)).penalizesBy(0);
        // the single man moved to B: m = {P1: 6,000, H3: 0} short 3,600, v at 6,000 a person
        ps.get(2).setBestemming(b);
        verifier.verifyThat(KoppelingConstraints::groepsgelijkheid).givenSolution(plan(ps, c)).penalizesBy(3600);
    }

    @Test
    void geslachtVolwassenenGivesEachAdultTheirOwnUitkomstkans() {
        // only uitkomstkans counts (weight 1); P1 0.8, P2 0.4 and child K1 0.6 in AM01: the household's mean 0.6 gives
        // 60 a person (180 for three); the man's own points 60 + (80 − 60) = 80, the woman's 60 + (40 − 60) = 40
        Gewichten g = Gewichten.STANDAARD;
        for (Regel r : Regel.ZACHT_PER_HUISHOUDEN) {
            g = g.met(r, 0);
        }
        MatchingConfig c = KleinVoorbeeld.reproduceerbaar().withGewichten(g.met(Regel.UITKOMSTKANS, 1).met(Regel.BALANS, 0)
                .met(Regel.GROEPSGELIJKHEID, 1)).withGroepsindeling(new Groepsindeling(Groepsindeling.GESLACHT_VOLWASSENEN));
        Huishouden h = huishouden("S1", 2, 1).uitkomstkans("AM01", 0.6)
                .leden(List.of(new nl.kansrijk.model.Persoon("P1", true, "m", java.util.Map.of("AM01", 0.8)),
                        new nl.kansrijk.model.Persoon("P2", true, "v", java.util.Map.of("AM01", 0.4)),
                        new nl.kansrijk.model.Persoon("K1", false, null, java.util.Map.of("AM01", 0.6)))).build();
        PlanContext ctx = PlanContext.of(probleem(List.of(h), 4, 4, 3), c);
        Plaatsingseenheid p = ctx.eenheid(h);
        assertThat(p.getProfiel().zachtePunten()[ctx.bestemming("GM0001").index()]).isEqualTo(180);
        assertThat(p.getGroepsdelen()).extracting(d -> d.groep() + ":" + d.personen() + ":" + d.zacht(ctx.bestemming("GM0001")))
                .containsExactly("m:1:80", "v:1:40");
        // AM02 (C) has no probability: 0 points for everyone
        assertThat(p.getGroepsdelen()).allSatisfy(d -> assertThat(d.zacht(ctx.bestemming("GM0003"))).isZero());
    }

    @Test
    void geslachtVolwassenenCountsAdultsWithoutAGivenSexInTheGroupWithoutValue() {
        MatchingConfig c = gelijkheid().withGroepsindeling(new Groepsindeling(Groepsindeling.GESLACHT_VOLWASSENEN));
        // three adults, one listed as a woman, one listed without sex, one not listed: v 1, "" 2
        Huishouden h = huishouden("D1", 3, 0).voorkeurGemeenten("GM0001")
                .leden(List.of(volwassene("P1", "v"), volwassene("P2", null))).build();
        PlanContext ctx = PlanContext.of(probleem(List.of(h), 4, 4, 3), c);
        assertThat(ctx.eenheid(h).getGroepsdelen()).extracting(d -> d.groep() + ":" + d.personen() + ":"
                + d.zacht(ctx.bestemming("GM0001"))).containsExactly(":2:12000", "v:1:6000");
        // a problem where no adult has a sex is refused for this grouping
        MatchingConfig zonder = c;
        assertThatThrownBy(() -> PlanContext.of(probleem(List.of(huishouden("H9", 1, 0).build()), 4, 4, 3), zonder))
                .isInstanceOf(InvalidProblemException.class).hasMessageContaining("geslacht_volwassenen")
                .hasMessageContaining("personen.csv");
    }
}
