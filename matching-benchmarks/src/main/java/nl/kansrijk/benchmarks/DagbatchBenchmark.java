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
import java.util.Objects;

import nl.kansrijk.model.Huishouden;
import nl.kansrijk.model.Koppelplan;
import nl.kansrijk.model.MatchingProblem;
import nl.kansrijk.model.Plaatsingseenheid;
import nl.kansrijk.simulate.Batchritme;
import nl.kansrijk.simulate.Dagbesluit;
import nl.kansrijk.simulate.GretigeStap;
import nl.kansrijk.model.Periode;
import nl.kansrijk.simulate.PrijsBeleid;
import nl.kansrijk.simulate.SimulatieStand;
import nl.kansrijk.simulate.Verwachting;
import nl.kansrijk.solve.MatchingConfig;
import nl.kansrijk.solve.Lasten;
import nl.kansrijk.solve.PlanContext;

/**
 * Wall-clock time of the price policy deciding one daily batch: a generated national half year (342 gemeenten,
 * {@code huishoudens} households, seed {@link Instanties#SEED}); the first {@code vast} households by permit date
 * are linked (greedily, as pinned koppelingen) and the next {@code batch} form today's batch. Each run estimates
 * the scarcity prices (relaxation of the batch plus sampled later arrivals, averaged over the samples), turns each
 * sample into a plan of whole households and values the batch's candidates in those plans, and links the batch:
 * {@link PrijsBeleid#koppel}. Prints warm-up and measured times and their median. Run:
 * {@code matching-benchmarks/run dagbatch [households vast batch samples runs rounds wait gain]} (default 6600 5000 50
 * 3 7 0 0 -; rounds: ruin-and-recreate rounds per sampled household, {@code simulate --price-rounds}).
 *
 * <p>With {@code wait} days ({@code simulate --price-wait}) the day is one of a policy that waits: the {@code vast}
 * earliest households are linked as before, and the queue is every household after them with a permit at most
 * {@code wait} days after the first of them (today is that last permit date, the next batch tomorrow; {@code batch}
 * is not used). The measured time is the whole day's decision, {@link PrijsBeleid#besluit}: who of the queue
 * waits (with {@code gain} points, {@code simulate --price-wait-gain}, by the queue's information values; {@code -}:
 * every household within the wait) and the koppeling of the others, the waiting ones known to its samples.
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
        int wachtdagen = args.length > 6 ? Integer.parseInt(args[6]) : 0;
        double wachtwinst = args.length > 7 && !args[7].equals("-") ? Double.parseDouble(args[7]) : PrijsBeleid.ALTIJD_WACHTEN;
        MatchingProblem probleem = Instanties.gegenereerd(huishoudens);
        MatchingConfig config = MatchingConfig.STANDAARD;
        List<Huishouden> aankomst = new ArrayList<>(probleem.huishoudens());
        aankomst.sort(Comparator.comparing(Huishouden::vergunningdatum));
        List<Huishouden> eerder = aankomst.subList(0, vast);
        List<Huishouden> wachtrij;
        LocalDate vandaag;
        if (wachtdagen == 0) {
            wachtrij = List.copyOf(aankomst.subList(vast, vast + batchGrootte));
            vandaag = wachtrij.get(wachtrij.size() - 1).vergunningdatum();
        } else {
            vandaag = aankomst.get(vast).vergunningdatum().plusDays(wachtdagen);
            LocalDate tot = vandaag;
            wachtrij = aankomst.subList(vast, aankomst.size()).stream().filter(h -> !h.vergunningdatum().isAfter(tot)).toList();
        }
        LocalDate volgende = wachtdagen == 0 ? null : vandaag.plusDays(1);

        // the earlier households linked greedily in arrival order, nareizigers bound to their family's gemeente
        PlanContext ctx = PlanContext.of(probleem.withHuishoudens(eerder), config);
        Koppelplan plan = ctx.nieuwPlan();
        List<Plaatsingseenheid> volgorde = new ArrayList<>(plan.getEenheden());
        volgorde.sort(Comparator.comparing((Plaatsingseenheid p) -> !p.getHuishouden().isNareiziger()));
        Map<String, String> koppelingen = new LinkedHashMap<>(GretigeStap.plaats(volgorde, new Lasten(plan.getBestemmingen().size()), config.gewichten()));
        List<Huishouden> gekoppeld = new ArrayList<>();
        Map<String, Long> gebonden = new HashMap<>();
        for (Huishouden h : eerder) {
            if (koppelingen.containsKey(h.id())) {
                gekoppeld.add(h.metGekoppeldGemeente(koppelingen.get(h.id())));
            }
        }
        List<Huishouden> aangekomen = new ArrayList<>(eerder);
        aangekomen.addAll(wachtrij);
        aangekomen.stream().filter(Huishouden::isNareiziger)
                .forEach(h -> gebonden.merge(h.nareizigerVanGemeente(), (long) h.personen(), Long::sum));
        SimulatieStand stand = new SimulatieStand(probleem.withHuishoudens(gekoppeld), config, vandaag,
                Periode.van(probleem.effectievePeriode()), 100, aangekomen, koppelingen, gebonden, List.of(), List.of(), volgende);
        PrijsBeleid beleid = new PrijsBeleid(Verwachting.PROFIELMIX, steekproeven, rondes, wachtdagen, wachtwinst);
        List<Huishouden> kunnenWachten = Batchritme.kunnenWachten(wachtrij, volgende);
        System.out.printf(Locale.ROOT, "dagbatch: %d households, %d pinned koppelingen, %s of %d on %s, "
                + "%.0f expected later arrivals, %d samples, %d rounds, wait %d days, gain %s, %d processors%n", huishoudens,
                gekoppeld.size(), wachtdagen == 0 ? "batch" : "queue", wachtrij.size(), vandaag, stand.verwachtNogTeKomen(),
                steekproeven, rondes, wachtdagen, wachtwinst == PrijsBeleid.ALTIJD_WACHTEN ? "-" : args[7],
                Runtime.getRuntime().availableProcessors());
        double[] tijden = new double[runs];
        for (int r = -2; r < runs; r++) {
            long t = System.nanoTime();
            Dagbesluit besluit = beleid.besluit(stand, wachtrij, kunnenWachten);
            double s = (System.nanoTime() - t) / 1e9;
            long geplaatst = besluit.koppelingen().values().stream().filter(Objects::nonNull).count();
            int wacht = besluit.wachtend().size();
            System.out.printf(Locale.ROOT, "%s %d: %.3f s (%d of %d linked today, %d wait)%n", r < 0 ? "warm-up" : "run",
                    r < 0 ? r + 3 : r + 1, s, geplaatst, wachtrij.size() - wacht, wacht);
            if (r >= 0) {
                tijden[r] = s;
            }
        }
        Arrays.sort(tijden);
        System.out.printf(Locale.ROOT, "median %.3f s, min %.3f s, max %.3f s%n", tijden[runs / 2], tijden[0], tijden[runs - 1]);
    }
}
