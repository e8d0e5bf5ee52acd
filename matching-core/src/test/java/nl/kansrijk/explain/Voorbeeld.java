package nl.kansrijk.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.kansrijk.model.Arbeidsmarktregio;
import nl.kansrijk.model.Azc;
import nl.kansrijk.model.Gemeente;
import nl.kansrijk.model.Huishouden;
import nl.kansrijk.model.MatchingProblem;
import nl.kansrijk.model.Taakstelling;
import nl.kansrijk.model.Zorglocatie;
import nl.kansrijk.solve.Beeindiging;
import nl.kansrijk.solve.MatchingConfig;

/**
 * A small hand-built instance with every kind of rule in play: six gemeenten in three regions, two azcs, one
 * hospital; three pinned households (V1–V3), three free households the current plan places (P1–P3) and six new
 * households (T1–T6) with regioadvies, sectors, preference, network, uitkomstkans, care, family, exclusion,
 * nareiziger and work constraints. Balans stays on, so gemeente-level terms matter.
 * Capacities (taakstelling + achterstand − gerealiseerd): GM0001 6, GM0002 8, GM0003 7, GM0004 3 (V1 alone
 * brings 4, so 4 are allowed and it is full), GM0005 7, GM0006 5.
 */
final class Voorbeeld {

    static final Arbeidsmarktregio NOORD = new Arbeidsmarktregio("AM01", "Noord", Map.of("bouw", 80, "zorg", 20));
    static final Arbeidsmarktregio MIDDEN = new Arbeidsmarktregio("AM02", "Midden",
            Map.of("bouw", 40, "zorg", 60, "horeca", 50));
    static final Arbeidsmarktregio ZUID = new Arbeidsmarktregio("AM03", "Zuid", Map.of("bouw", 10, "zorg", 90));

    static final List<Gemeente> GEMEENTEN = List.of(
            new Gemeente("GM0001", "Aadorp", "AM01", 52.0, 5.0, 10_000, 60),
            new Gemeente("GM0002", "Beekdorp", "AM01", 52.1, 5.0, 20_000, 30),
            new Gemeente("GM0003", "Cestad", "AM03", 53.0, 5.0, 50_000, null),
            new Gemeente("GM0004", "Dijkum", "AM02", 52.4, 5.0, 15_000, 50),
            new Gemeente("GM0005", "Eemstad", "AM02", 52.5, 5.2, 80_000, 45),
            new Gemeente("GM0006", "Fort", "AM03", 52.9, 5.1, 12_000, null));

    static final List<Taakstelling> TAAKSTELLINGEN = List.of(
            new Taakstelling("GM0001", "2026-H1", 8, 0, 2),
            new Taakstelling("GM0002", "2026-H1", 6, 2, 0),
            new Taakstelling("GM0003", "2026-H1", 10, 0, 3),
            new Taakstelling("GM0004", "2026-H1", 4, -1, 0),
            new Taakstelling("GM0005", "2026-H1", 12, 0, 5),
            new Taakstelling("GM0006", "2026-H1", 5, 0, 0));

    static final List<Azc> AZCS = List.of(new Azc("AZC1", "Azc Aadorp", "GM0001", 52.0, 5.0),
            new Azc("AZC2", "Eemstad", "GM0005", 52.5, 5.2));
    static final List<Zorglocatie> ZORG = List.of(new Zorglocatie("ZL1", "Umc Cestad", "umc", 53.0, 5.0));

    static final List<Huishouden> VAST = List.of(
            Huishouden.builder("V1", 2, 2).azcCode("AZC1").gekoppeldGemeente("GM0004").build(),
            Huishouden.builder("V2", 1, 0).azcCode("AZC1").gekoppeldGemeente("GM0002").build(),
            Huishouden.builder("V3", 2, 1).azcCode("AZC2").gekoppeldGemeente("GM0006").build());

    static final List<Huishouden> GEPLAND = List.of(
            Huishouden.builder("P1", 2, 0).azcCode("AZC2").regioadvies("AM02").sectoren("bouw").build(),
            Huishouden.builder("P2", 1, 0).azcCode("AZC1").sectoren("zorg").build(),
            Huishouden.builder("P3", 2, 2).azcCode("AZC1").build());

    /** The current plan of the free households P1–P3. */
    static final Map<String, String> PLAN = Map.of("P1", "GM0005", "P2", "GM0001", "P3", "GM0003");

    static final List<Huishouden> NIEUW = List.of(
            Huishouden.builder("T1", 2, 1).azcCode("AZC2").regioadvies("AM02", "AM01").sectoren("bouw", "horeca")
                    .voorkeurGemeenten("GM0004").netwerkGemeente("GM0001")
                    .uitkomstkans("AM01", 0.4).uitkomstkans("AM02", 0.7).build(),
            Huishouden.builder("T2", 1, 0).azcCode("AZC1").regioadvies("AM03").sectoren("zorg").zorgCode("ZL1").build(),
            Huishouden.builder("T3", 2, 0).azcCode("AZC1").familieGemeente("GM0002").uitgeslotenGemeenten("GM0001").build(),
            Huishouden.builder("T4", 1, 3).azcCode("AZC2").nareizigerVanGemeente("GM0005").build(),
            Huishouden.builder("T5", 2, 0).azcCode("AZC1").werkOfOpleidingGemeente("GM0004").sectoren("zorg").build(),
            Huishouden.builder("T6", 2, 3).azcCode("AZC1").regioadvies("AM01").build());

    static MatchingProblem probleem() {
        return probleem(alle());
    }

    static MatchingProblem probleem(List<Huishouden> huishoudens) {
        return new MatchingProblem("2026-H1", GEMEENTEN, List.of(NOORD, MIDDEN, ZUID), TAAKSTELLINGEN, AZCS, ZORG,
                huishoudens);
    }

    static List<Huishouden> alle() {
        List<Huishouden> all = new ArrayList<>(VAST);
        all.addAll(GEPLAND);
        all.addAll(NIEUW);
        return all;
    }

    static Huishouden nieuw(String id) {
        return NIEUW.stream().filter(h -> h.id().equals(id)).findFirst().orElseThrow();
    }

    static MatchingConfig reproduceerbaar() {
        return MatchingConfig.STANDAARD.withBeeindiging(new Beeindiging(null, 500, 20_000L));
    }

    private Voorbeeld() {
    }
}
