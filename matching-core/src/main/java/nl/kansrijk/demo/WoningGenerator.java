package nl.kansrijk.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import nl.kansrijk.model.Gemeente;
import nl.kansrijk.model.MatchingProblem;
import nl.kansrijk.model.Periode;
import nl.kansrijk.model.Taakstelling;
import nl.kansrijk.model.Woning;
import nl.kansrijk.model.Woningsoort;

/**
 * Generates a synthetic dwelling supply (woningen coming free) for a generated instance in a given
 * {@link Woningvorm}: round(households × dwellings per household) dwellings, spread over the gemeenten in proportion
 * to their capacity times a factor 0.4–1.6 drawn per gemeente (so some have more dwellings than koppelingen, others
 * fewer), sizes by the shape's mix and the gemeente's share of one-person housing, 12 % accessible, coming free
 * between 9 days after the period's start and 62 days after its end as the shape says. All synthetic. The same
 * problem, shape and seed always give the identical list (only {@code nextDouble} and {@link StrictMath}); drawn from
 * a random stream of its own, so the problem itself is exactly the one generated without dwellings.
 */
public final class WoningGenerator {

    /** Share of dwellings marked accessible. */
    static final double TOEGANKELIJK = 0.12;
    /** Smallest and largest factor on a gemeente's share of the dwellings. */
    static final double MIN_FACTOR = 0.4;
    static final double MAX_FACTOR = 1.6;
    /** Days after the period's start the first dwelling comes free, and after its end the last. */
    static final int EERSTE_DAG = 9;
    static final int NA_EINDE = 62;

    /** The sizes: min and max persons, kind, bedrooms, base rent. */
    private record Maat(int min, int max, Woningsoort soort, int slaapkamers, int huur) {
    }

    private static final Maat KAMER = new Maat(1, 1, Woningsoort.KAMER, 1, 420);
    private static final Maat KLEIN = new Maat(1, 2, Woningsoort.ZELFSTANDIG, 1, 560);
    private static final Maat MIDDEL = new Maat(2, 4, Woningsoort.ZELFSTANDIG, 2, 680);
    private static final Maat GROOT = new Maat(3, 6, Woningsoort.ZELFSTANDIG, 3, 780);
    private static final Maat ZEER_GROOT = new Maat(5, 9, Woningsoort.ZELFSTANDIG, 4, 880);

    private WoningGenerator() {
    }

    /** The dwellings of {@code problem} in shape {@code vorm} for {@code seed}, per gemeente in the problem's order. */
    public static List<Woning> genereer(MatchingProblem problem, Woningvorm vorm, long seed) {
        SplittableRandom rng = new SplittableRandom(seed ^ 0x576F6E696E67L);
        List<Gemeente> gemeenten = problem.gemeenten();
        Map<String, Integer> capaciteit = new HashMap<>();
        for (Taakstelling t : problem.taakstellingen()) {
            capaciteit.merge(t.gemeenteCode(), Math.max(0, t.capaciteit()), Integer::sum);
        }
        int n = gemeenten.size();
        double[] gewicht = new double[n];
        for (int i = 0; i < n; i++) {
            double factor = MIN_FACTOR + (MAX_FACTOR - MIN_FACTOR) * rng.nextDouble();
            gewicht[i] = capaciteit.getOrDefault(gemeenten.get(i).code(), 0) * factor;
        }
        long totaal = Math.round(vorm.aanbod().perHuishouden() * problem.huishoudens().size());
        int[] aantal = verdeel(gewicht, totaal);
        Periode periode = Periode.van(problem.periode());
        LocalDate eerste = periode.start().plusDays(EERSTE_DAG);
        long span = ChronoUnit.DAYS.between(eerste, periode.einde().plusDays(NA_EINDE));
        List<Woning> out = new ArrayList<>((int) totaal);
        for (int i = 0; i < n; i++) {
            Gemeente g = gemeenten.get(i);
            double klein = vorm.mix().klein(g.aandeelEenpersoonswoningen() == null ? 30 : g.aandeelEenpersoonswoningen());
            double rest = 1 - klein;
            double[] kans = {0.2 * klein, 0.8 * klein, 0.55 * rest, 0.35 * rest, 0.10 * rest};
            Maat[] maten = {KAMER, KLEIN, MIDDEL, GROOT, ZEER_GROOT};
            for (int k = 0; k < aantal[i]; k++) {
                Maat m = maten[kies(kans, rng.nextDouble())];
                long dag = Math.min(span, (long) (vorm.vrijkomen().fractie(rng.nextDouble()) * (span + 1)));
                boolean toegankelijk = rng.nextDouble() < TOEGANKELIJK;
                int huur = m.huur() - 60 + WeightedChoice.uniform(rng, 121);
                out.add(new Woning(String.format("%s-W%03d", g.code(), k + 1), g.code(), eerste.plusDays(dag),
                        m.min(), m.max(), toegankelijk, m.soort(), m.slaapkamers(), (double) huur));
            }
        }
        return out;
    }

    /** The index whose cumulative share first exceeds {@code u} (the last on rounding). */
    private static int kies(double[] kans, double u) {
        double som = 0;
        for (int i = 0; i < kans.length; i++) {
            som += kans[i];
            if (u < som) {
                return i;
            }
        }
        return kans.length - 1;
    }

    /** {@code totaal} spread over the weights by largest remainder (ties by position); evenly when all are 0. */
    static int[] verdeel(double[] gewicht, long totaal) {
        int n = gewicht.length;
        double som = Arrays.stream(gewicht).sum();
        int[] uit = new int[n];
        if (n == 0) {
            return uit;
        }
        double[] rest = new double[n];
        long verdeeld = 0;
        for (int i = 0; i < n; i++) {
            double exact = som > 0 ? totaal * gewicht[i] / som : (double) totaal / n;
            uit[i] = (int) Math.floor(exact);
            rest[i] = exact - uit[i];
            verdeeld += uit[i];
        }
        Integer[] volgorde = new Integer[n];
        for (int i = 0; i < n; i++) {
            volgorde[i] = i;
        }
        Arrays.sort(volgorde, (a, b) -> rest[a] != rest[b] ? Double.compare(rest[b], rest[a]) : Integer.compare(a, b));
        for (int k = 0; verdeeld < totaal; k++, verdeeld++) {
            uit[volgorde[k % n]]++;
        }
        return uit;
    }
}
