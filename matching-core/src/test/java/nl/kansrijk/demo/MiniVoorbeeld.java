package nl.kansrijk.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

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
import nl.kansrijk.rules.Regel;

/**
 * The hand-made instance of {@code sample-data/mini/} built in code, field for field the same as its CSV files
 * and {@code config.json}: five gemeenten in two regions, two azcs, one UMC and eleven households.
 */
public final class MiniVoorbeeld {

    public static final String PERIODE = "2026-H1";

    public static MatchingProblem probleem() {
        List<Gemeente> gemeenten = List.of(
                new Gemeente("GM0014", "Groningen", "AM01", 53.21859, 6.62066, 244829, 40),
                new Gemeente("GM0047", "Veendam", "AM01", 53.08895, 6.88015, 27826, 20),
                new Gemeente("GM0106", "Assen", "AM01", 53.00124, 6.55237, 70765, 30),
                new Gemeente("GM0114", "Emmen", "AM03", 52.74965, 6.96197, 109838, 25),
                new Gemeente("GM0118", "Hoogeveen", "AM03", 52.72306, 6.51374, 56773, 20));
        List<Arbeidsmarktregio> regios = List.of(
                new Arbeidsmarktregio("AM01", "Groningen", Map.of("bouw", 70, "zorg", 60, "horeca", 40, "techniek", 50)),
                new Arbeidsmarktregio("AM03", "Drenthe", Map.of("bouw", 40, "zorg", 50, "horeca", 20, "techniek", 80, "landbouw", 60)));
        List<Taakstelling> taakstellingen = List.of(
                new Taakstelling("GM0014", PERIODE, 6, 0, 0),
                new Taakstelling("GM0047", PERIODE, 4, 0, 0),
                new Taakstelling("GM0106", PERIODE, 6, 0, 0),
                new Taakstelling("GM0114", PERIODE, 4, 3, 0),
                new Taakstelling("GM0118", PERIODE, 4, 0, 1));
        List<Azc> azcs = List.of(
                new Azc("AZC-ASSEN", "Azc Assen", "GM0106", 53.00124, 6.55237),
                new Azc("AZC-EMMEN", "Azc Emmen", "GM0114", 52.74965, 6.96197));
        List<Zorglocatie> zorg = List.of(
                new Zorglocatie("UMCG", "Universitair Medisch Centrum Groningen", "umc", 53.22096, 6.57733));
        List<Huishouden> huishoudens = List.of(
                h("H01", 1, 0, "AZC-ASSEN", "2026-01-05").regioadvies("AM01").sectoren("bouw")
                        .opleidingsniveau(Opleidingsniveau.MIDDEN).build(),
                h("H02", 2, 2, "AZC-EMMEN", "2026-01-06").regioadvies("AM03").sectoren("techniek")
                        .opleidingsniveau(Opleidingsniveau.LAAG).build(),
                h("H03", 1, 2, "AZC-ASSEN", "2026-01-07").nareizigerVanGemeente("GM0047").build(),
                h("H04", 2, 0, "AZC-EMMEN", "2026-01-08").regioadvies("AM03").sectoren("techniek")
                        .familieGemeente("GM0014").build(),
                h("H05", 1, 1, "AZC-ASSEN", "2026-01-12").regioadvies("AM01").sectoren("zorg")
                        .opleidingsniveau(Opleidingsniveau.HOOG).zorgCode("UMCG").build(),
                h("H06", 2, 5, "AZC-ASSEN", "2026-01-13").regioadvies("AM01").zorgCode("UMCG").build(),
                h("H07", 1, 0, "AZC-ASSEN", "2026-01-14").regioadvies("AM01").sectoren("horeca")
                        .opleidingsniveau(Opleidingsniveau.HOOG).voorkeurGemeenten("GM0014").netwerkGemeente("GM0014").build(),
                h("H08", 2, 3, "AZC-EMMEN", "2026-01-15").sectoren("landbouw", "techniek").build(),
                h("H09", 1, 0, "AZC-EMMEN", "2026-01-19").regioadvies("AM01", "AM03").sectoren("bouw")
                        .uitgeslotenGemeenten("GM0106").build(),
                h("H10", 2, 0, "AZC-EMMEN", "2026-01-02").gekoppeldGemeente("GM0118").build(),
                h("H11", 1, 1, "AZC-ASSEN", "2026-01-20").regioadvies("AM03").sectoren("zorg").build());
        return new MatchingProblem(PERIODE, gemeenten, regios, taakstellingen, azcs, zorg, huishoudens);
    }

    /** As {@code config.json}: balans off (so the optimum is linear), reproducible termination, seed 0. */
    public static MatchingConfig config() {
        return MatchingConfig.STANDAARD.withGewicht(Regel.BALANS, 0)
                .withBeeindiging(new Beeindiging(null, 1000, 200_000L)).withSeed(0);
    }

    private static Huishouden.Builder h(String id, int volwassenen, int kinderen, String azc, String datum) {
        return Huishouden.builder(id, volwassenen, kinderen).azcCode(azc).vergunningdatum(LocalDate.parse(datum));
    }

    private MiniVoorbeeld() {
    }
}
