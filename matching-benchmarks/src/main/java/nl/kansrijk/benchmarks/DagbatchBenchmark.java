package nl.kansrijk.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.kansrijk.model.Huishouden;
import nl.kansrijk.model.Koppelplan;
import nl.kansrijk.model.MatchingProblem;
import nl.kansrijk.model.Plaatsingseenheid;
import nl.kansrijk.simulate.GretigeStap;
import nl.kansrijk.simulate.Periode;
import nl.kansrijk.simulate.PrijsBeleid;
import nl.kansrijk.simulate.SimulatieStand;
import nl.kansrijk.simulate.Verwachting;
import nl.kansrijk.solve.MatchingConfig;
import nl.kansrijk.solve.PlanContext;

/**
 * Wall-clock time of the price policy deciding one daily batch: a generated national half year (342 gemeenten,
 * {@code huishoudens} households, seed {@link Instanties#SEED}); the first {@code vast} households by permit date
 * are linked (greedily, as pinned koppelingen) and the next {@code batch} form today's batch. Each run estimates
 * the scarcity prices (relaxation of the batch plus sampled later arrivals, averaged over the samples), turns each
 * sample into a plan of whole households and values the batch's candidates in those plans, and links the batch:
 * {@link PrijsBeleid#koppel}. Prints warm-up and measured times and their median. Run:
 * {@code matching-benchmarks/run dagbatch [households vast batch samples runs rounds]} (default 6600 5000 50 3 7 0;
 * rounds: ruin-and-recreate rounds per sampled household, {@code simulate --price-rounds}).
 */
public final class DagbatchBenchmark {

    private DagbatchBenchmark() {
    }

    public static void main(String[] args) {
        int huishoudens = args.length > 0 ? Integer.parseInt(args[0]) : 6_600;
        int vast = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
        int batchGrootte = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        int steekproeven = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        int runs = args.length > 4 ? Integer.parseInt(args[4]) : 7;
        long rondes = args.length > 5 ? Long.parseLong(args[5]) : 0;
        MatchingProblem probleem = Instanties.gegenereerd(huishoudens);
        MatchingConfig config = MatchingConfig.STANDAARD;
        List<Huishouden> aankomst = new ArrayList<>(probleem.huishoudens());
        aankomst.sort(Comparator.comparing(Huishouden::vergunningdatum));
        List<Huishouden> eerder = aankomst.subList(0, vast);
        List<Huishouden> batch = List.copyOf(aankomst.subList(vast, vast + batchGrootte));
        LocalDate vandaag = batch.get(batch.size() - 1).vergunningdatum();

        // the earlier households linked greedily in arrival order, nareizigers bound to their family's gemeente
        PlanContext ctx = PlanContext.of(probleem.withHuishoudens(eerder), config);
        Koppelplan plan = ctx.nieuwPlan();
        List<Plaatsingseenheid> volgorde = new ArrayList<>(plan.getEenheden());
        volgorde.sort(Comparator.comparing((Plaatsingseenheid p) -> !p.getHuishouden().isNareiziger()));
        Map<String, String> koppelingen = new LinkedHashMap<>(GretigeStap.plaats(volgorde, new HashMap<>(), config.gewichten()));
        List<Huishouden> gekoppeld = new ArrayList<>();
        Map<String, Long> gebonden = new HashMap<>();
        for (Huishouden h : eerder) {
            if (koppelingen.containsKey(h.id())) {
                gekoppeld.add(h.metGekoppeldGemeente(koppelingen.get(h.id())));
            }
        }
        List<Huishouden> aangekomen = new ArrayList<>(eerder);
        aangekomen.addAll(batch);
        aangekomen.stream().filter(Huishouden::isNareiziger)
                .forEach(h -> gebonden.merge(h.nareizigerVanGemeente(), (long) h.personen(), Long::sum));
        SimulatieStand stand = new SimulatieStand(probleem.withHuishoudens(gekoppeld), config, vandaag,
                Periode.van(probleem.effectievePeriode()), 100, aangekomen, koppelingen, gebonden);
        PrijsBeleid beleid = new PrijsBeleid(Verwachting.PROFIELMIX, steekproeven, rondes);
        System.out.printf(Locale.ROOT, "dagbatch: %d households, %d pinned koppelingen, batch of %d on %s, "
                + "%.0f expected later arrivals, %d samples, %d rounds, %d processors%n", huishoudens, gekoppeld.size(),
                batch.size(), vandaag, stand.verwachtNogTeKomen(), steekproeven, rondes, Runtime.getRuntime().availableProcessors());
        double[] tijden = new double[runs];
        int geplaatst = 0;
        for (int r = -2; r < runs; r++) {
            long t = System.nanoTime();
            geplaatst = beleid.koppel(stand, batch).size();
            double s = (System.nanoTime() - t) / 1e9;
            System.out.printf(Locale.ROOT, "%s %d: %.3f s (%d of %d placed)%n", r < 0 ? "warm-up" : "run", r < 0 ? r + 3 : r + 1,
                    s, geplaatst, batch.size());
            if (r >= 0) {
                tijden[r] = s;
            }
        }
        Arrays.sort(tijden);
        System.out.printf(Locale.ROOT, "median %.3f s, min %.3f s, max %.3f s%n", tijden[runs / 2], tijden[0], tijden[runs - 1]);
    }
}
