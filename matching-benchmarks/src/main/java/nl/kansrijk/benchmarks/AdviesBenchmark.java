package nl.kansrijk.benchmarks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import nl.kansrijk.explain.Advies;
import nl.kansrijk.explain.Adviseur;
import nl.kansrijk.model.Arbeidsmarktregio;
import nl.kansrijk.model.Azc;
import nl.kansrijk.model.Gemeente;
import nl.kansrijk.model.Huishouden;
import nl.kansrijk.model.MatchingProblem;
import nl.kansrijk.model.Taakstelling;
import nl.kansrijk.model.Zorglocatie;
import nl.kansrijk.solve.MatchingConfig;
import nl.kansrijk.solve.PlanContext;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time of one top-5 advice on a national-size synthetic instance: 342 gemeenten in 35 regions, 30 azcs,
 * 8 hospitals and {@code vast} pinned koppelingen (the plan); the advised household is new, with a regioadvies,
 * sectors, a network gemeente and a required hospital. Run:
 * {@code java -cp <benchmark classpath> org.openjdk.jmh.Main AdviesBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class AdviesBenchmark {

    @Param({"5000"})
    public int vast;

    private Adviseur adviseur;
    private Huishouden nieuw;
    private Huishouden nieuwVrij;

    @Setup
    public void setup() {
        Random rnd = new Random(42);
        String[] sectoren = {"bouw", "techniek", "horeca", "zorg", "ict", "vervoer"};
        List<Arbeidsmarktregio> regios = new ArrayList<>();
        for (int r = 1; r <= 35; r++) {
            Map<String, Integer> vraag = new HashMap<>();
            for (String s : sectoren) {
                vraag.put(s, rnd.nextInt(101));
            }
            regios.add(new Arbeidsmarktregio(String.format("AM%02d", r), "Regio " + r, vraag));
        }
        List<Gemeente> gemeenten = new ArrayList<>();
        List<Taakstelling> taak = new ArrayList<>();
        for (int g = 1; g <= 342; g++) {
            String code = String.format("GM%04d", g);
            gemeenten.add(new Gemeente(code, "Gemeente " + g, regios.get(rnd.nextInt(35)).code(),
                    50.8 + 2.6 * rnd.nextDouble(), 3.4 + 3.7 * rnd.nextDouble(), 10_000 + rnd.nextInt(200_000),
                    20 + rnd.nextInt(50)));
            taak.add(new Taakstelling(code, "2026-H1", 20 + rnd.nextInt(200), rnd.nextInt(10), 0));
        }
        List<Azc> azcs = new ArrayList<>();
        for (int a = 1; a <= 30; a++) {
            Gemeente g = gemeenten.get(rnd.nextInt(gemeenten.size()));
            azcs.add(new Azc("AZC" + a, "Azc " + a, g.code(), g.lat(), g.lon()));
        }
        List<Zorglocatie> zorg = new ArrayList<>();
        for (int z = 1; z <= 8; z++) {
            Gemeente g = gemeenten.get(rnd.nextInt(gemeenten.size()));
            zorg.add(new Zorglocatie("ZL" + z, "Umc " + z, "umc", g.lat(), g.lon()));
        }
        List<Huishouden> huishoudens = new ArrayList<>();
        for (int i = 0; i < vast; i++) {
            huishoudens.add(Huishouden.builder("V" + i, 1 + rnd.nextInt(2), rnd.nextInt(3))
                    .azcCode("AZC" + (1 + rnd.nextInt(30)))
                    .regioadvies(regios.get(rnd.nextInt(35)).code())
                    .gekoppeldGemeente(gemeenten.get(rnd.nextInt(gemeenten.size())).code()).build());
        }
        nieuw = Huishouden.builder("N1", 2, 2).azcCode("AZC3").regioadvies("AM04", "AM11", "AM20")
                .sectoren("bouw", "zorg").netwerkGemeente("GM0100").zorgCode("ZL2").build();
        huishoudens.add(nieuw);
        MatchingProblem p = new MatchingProblem("2026-H1", gemeenten, regios, taak, azcs, zorg, huishoudens);
        adviseur = new Adviseur(PlanContext.of(p, MatchingConfig.STANDAARD), Map.of());
        nieuwVrij = nieuw.toBuilder().sectoren("ict").zorgCode(null).build(); // not in the problem: validated per call
    }

    /** Advice for a household of the problem. */
    @Benchmark
    public Advies adviesHuishoudenUitProbleem() {
        return adviseur.advies(nieuw, 5);
    }

    /** Advice for a household not in the problem (checked against the problem on every call). */
    @Benchmark
    public Advies adviesNieuwHuishouden() {
        return adviseur.advies(nieuwVrij, 5);
    }
}
