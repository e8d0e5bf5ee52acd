package nl.kansrijk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import nl.kansrijk.model.Koppeltermijn;
import nl.kansrijk.io.input.ConfigReader;
import nl.kansrijk.io.input.InputFolder;
import nl.kansrijk.io.input.ProblemReader;
import nl.kansrijk.io.input.ReadOptions;
import nl.kansrijk.io.output.AtomicFolder;
import nl.kansrijk.io.json.SimulatieInstellingenJson;
import nl.kansrijk.io.output.SimulatieWriter;
import nl.kansrijk.metrics.Kwaliteit;
import nl.kansrijk.model.Woningaanbod;
import nl.kansrijk.simulate.BatchBeleid;
import nl.kansrijk.simulate.Batchritme;
import nl.kansrijk.simulate.Beleidsuitkomst;
import nl.kansrijk.simulate.GretigBeleid;
import nl.kansrijk.simulate.OnlineBeleid;
import nl.kansrijk.simulate.PrijsBeleid;
import nl.kansrijk.simulate.SimulatieInstellingen;
import nl.kansrijk.simulate.SimulatieResultaat;
import nl.kansrijk.simulate.Simulator;
import nl.kansrijk.simulate.Verwachting;
import nl.kansrijk.simulate.Vooruitblik;
import nl.kansrijk.simulate.VooruitkijkBeleid;
import nl.kansrijk.simulate.Zoekbudget;
import nl.kansrijk.solve.MatchingConfig;
import nl.kansrijk.solve.MatchingEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kansrijk simulate DIR --out OUTDIR}: replays the half year of an input folder batch by batch with each
 * chosen policy and compares every plan with the hindsight plan; prints a table and writes simulatie.csv and
 * simulatie.json atomically. Every solve has a move budget, so the same input and options give the same files.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Replay a half year: release households by permit date in weekly or daily batches, let each "
                + "policy link every batch (earlier koppelingen stay), and compare with the hindsight plan.")
public final class SimulateCommand implements Callable<Integer> {

    /** The policies by name, in the order they are listed by default. */
    static final List<String> BELEID = List.of("greedy", "batch", "price", "lookahead");

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "Folder with the input tables, CSV or .xlsx (households need a vergunningdatum).")
    Path dir;

    @Option(names = "--out", required = true, paramLabel = "OUTDIR", description = "Output folder (replaced atomically).")
    Path out;

    @Option(names = "--batch", defaultValue = "weekly", paramLabel = "weekly|daily",
            description = "Link once a week (Fridays) or every day (default: ${DEFAULT-VALUE}).")
    String batch;

    @Option(names = "--policy", defaultValue = "greedy,batch,price", split = ",", paramLabel = "P",
            description = "Policies to compare, comma-separated, from greedy, batch, price, lookahead (default: ${DEFAULT-VALUE}).")
    List<String> policies;

    @Option(names = "--seed", paramLabel = "N", description = "Random seed (overrides the configuration).")
    Long seed;

    @Option(names = "--config", paramLabel = "FILE", description = "config.json to use instead of DIR/config.json.")
    Path config;

    @Option(names = "--moves-per-household", defaultValue = "200", paramLabel = "N",
            description = "Local-search moves per free household in each batch and look-ahead solve (default: ${DEFAULT-VALUE}).")
    long zetten;

    @Option(names = "--hindsight-moves-per-household", defaultValue = "2000", paramLabel = "N",
            description = "Local-search moves per household in the hindsight solve (default: ${DEFAULT-VALUE}).")
    long achterafZetten;

    @Option(names = "--samples", defaultValue = "1", paramLabel = "N",
            description = "Look-ahead: sampled futures per batch (default: ${DEFAULT-VALUE}).")
    int steekproeven;

    @Option(names = "--future-scale", defaultValue = "1.0", paramLabel = "X",
            description = "Look-ahead: factor on the expected number of later arrivals (default: ${DEFAULT-VALUE}).")
    double schaal;

    @Option(names = "--max-future", defaultValue = "1500", paramLabel = "N",
            description = "Look-ahead: at most this many sampled households per future; room is scaled down when "
                    + "more are expected (default: ${DEFAULT-VALUE}).")
    int maxToekomst;

    @Option(names = "--price-samples", defaultValue = "" + PrijsBeleid.STANDAARD_STEEKPROEVEN, paramLabel = "N",
            description = "Price policy: sampled futures per batch the scarcity prices are averaged over (default: ${DEFAULT-VALUE}).")
    int prijsSteekproeven;

    @Option(names = "--price-rounds", defaultValue = "" + PrijsBeleid.STANDAARD_HERBOUWRONDES, paramLabel = "N",
            description = "Price policy: ruin-and-recreate rounds per household that improve each sample's whole-household "
                    + "plan (better plan values, slower; 0: none; default: ${DEFAULT-VALUE}; see docs/dynamic.md).")
    long prijsRondes;

    @Option(names = "--price-wait", defaultValue = "" + PrijsBeleid.STANDAARD_WACHTDAGEN, paramLabel = "DAYS",
            description = "Price policy: keep a household (not a nareiziger) for a later batch up to this many days "
                    + "after its permit, so it is linked knowing who came in between (0-14; 0: link in the batch it "
                    + "arrives in; default: ${DEFAULT-VALUE}, the whole term; see docs/dynamic.md).")
    int prijsWachtdagen;

    @Option(names = "--price-wait-gain", paramLabel = "POINTS",
            description = "Price policy, with --price-wait: a household waits only when knowing which sampled future "
                    + "comes true would gain its choice more than POINTS soft points (0: whenever the samples' plans "
                    + "disagree on its best gemeente; default: every household within the wait waits).")
    Double prijsWachtwinst;

    @Option(names = "--history", paramLabel = "DIR",
            description = "Price policy: draw later arrivals from this earlier period's input folder (its households "
                    + "with vergunningdatum) instead of the profile mix seen so far.")
    Path historie;

    @Option(names = "--late-acceptance", defaultValue = "20", paramLabel = "N",
            description = "Late-acceptance list length of every solve's local search (default: ${DEFAULT-VALUE}; "
                    + "Timefold's own default 400 gives up much soft score while placing more persons).")
    int lateAcceptance;

    @Option(names = "--allow-bsn", description = "Accept values that look like a BSN (refused by default).")
    boolean allowBsn;

    @Option(names = {"-q", "--quiet"}, description = "No progress lines.")
    boolean quiet;

    @Override
    public Integer call() {
        Batchritme ritme = Batchritme.vanCode(batch).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "--batch: '" + batch + "' is geen weekly of daily"));
        MatchingEngine engine = new MatchingEngine(lateAcceptance);
        Vooruitblik vooruitblik;
        Zoekbudget budget;
        Zoekbudget achterafBudget;
        if (lateAcceptance < 1) {
            throw new ParameterException(spec.commandLine(), "--late-acceptance moet minstens 1 zijn, is " + lateAcceptance);
        }
        try {
            budget = new Zoekbudget(zetten);
            achterafBudget = new Zoekbudget(achterafZetten);
            vooruitblik = new Vooruitblik(steekproeven, schaal, maxToekomst, budget);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        if (prijsSteekproeven < 1) {
            throw new ParameterException(spec.commandLine(), "--price-samples moet minstens 1 zijn, is " + prijsSteekproeven);
        }
        if (prijsWachtdagen < 0 || prijsWachtdagen > Koppeltermijn.DAGEN) {
            throw new ParameterException(spec.commandLine(), "--price-wait moet tussen 0 en " + Koppeltermijn.DAGEN
                    + " dagen liggen, is " + prijsWachtdagen);
        }
        if (prijsRondes < 0) {
            throw new ParameterException(spec.commandLine(), "--price-rounds mag niet negatief zijn, is " + prijsRondes);
        }
        if (prijsWachtwinst != null && !(prijsWachtwinst >= 0 && prijsWachtwinst < Double.POSITIVE_INFINITY)) {
            throw new ParameterException(spec.commandLine(), "--price-wait-gain moet een eindig getal van minstens 0 zijn, is "
                    + prijsWachtwinst);
        }
        if (prijsWachtwinst != null && prijsWachtdagen == 0) {
            throw new ParameterException(spec.commandLine(), "--price-wait-gain hoort bij --price-wait DAYS (meer dan 0)");
        }
        PrintWriter err = spec.commandLine().getErr();
        InputFolder in = ProblemReader.read(dir, new ReadOptions(allowBsn));
        in.warnings().forEach(w -> err.println("waarschuwing: " + w));
        MatchingConfig cfg = SolveCommand.effectiveConfig(in, config, null, seed);
        Verwachting verwachting = Historie.lees(historie, in.problem(), new ReadOptions(allowBsn));
        List<OnlineBeleid> beleid = beleid(engine, budget, vooruitblik, verwachting);
        SimulatieResultaat r = new Simulator(engine).simuleer(in.problem(),
                in.woningaanbod().orElse(Woningaanbod.LEEG), new SimulatieInstellingen(cfg, ritme, achterafBudget), beleid, (naam, i, n) -> {
                    if (!quiet && (i == n || i % 10 == 0)) {
                        err.printf(Locale.ROOT, "simuleren: %s batch %d/%d%n", naam, i, n);
                        err.flush();
                    }
                });
        SimulatieInstellingenJson instellingen = new SimulatieInstellingenJson(
                beleid.stream().map(OnlineBeleid::naam).toList(), zetten, lateAcceptance, achterafZetten,
                new SimulatieInstellingenJson.Vooruitblik(steekproeven, schaal, maxToekomst),
                new SimulatieInstellingenJson.Prijs(prijsSteekproeven,
                        verwachting.isHistorie() ? "historie " + verwachting.historiePeriode().code() : "profielmix",
                        prijsRondes > 0 ? prijsRondes : null, prijsWachtdagen > 0 ? prijsWachtdagen : null,
                        prijsWachtwinst),
                cfg.seed(), in.sha256PerFile(), ConfigReader.effective(cfg));
        AtomicFolder.write(out, d -> SimulatieWriter.write(d, r, instellingen));
        printTable(spec.commandLine().getOut(), r, out);
        return KansrijkCli.OK;
    }

    private List<OnlineBeleid> beleid(MatchingEngine engine, Zoekbudget budget, Vooruitblik vooruitblik,
            Verwachting verwachting) {
        Set<String> namen = new LinkedHashSet<>();
        for (String p : policies) {
            String naam = p.trim().toLowerCase(Locale.ROOT);
            if (!BELEID.contains(naam)) {
                throw new ParameterException(spec.commandLine(), "--policy: onbekend beleid '" + p + "'; kies uit " + BELEID);
            }
            namen.add(naam);
        }
        List<OnlineBeleid> out = new ArrayList<>();
        for (String naam : namen) {
            out.add(switch (naam) {
                case "greedy" -> new GretigBeleid();
                case "batch" -> new BatchBeleid(engine, budget);
                case "price" -> new PrijsBeleid(verwachting, prijsSteekproeven, prijsRondes, prijsWachtdagen,
                        prijsWachtwinst == null ? PrijsBeleid.ALTIJD_WACHTEN : prijsWachtwinst);
                default -> new VooruitkijkBeleid(engine, vooruitblik);
            });
        }
        return out;
    }

    static void printTable(PrintWriter o, SimulatieResultaat r, Path out) {
        o.printf(Locale.ROOT, "kansrijk simulate %s: %d huishoudens in %d batches (%s)%n", r.periode().code(),
                r.huishoudens(), r.batches(), r.ritme().code());
        if (r.bovengrens() != null) {
            o.printf(Locale.ROOT, "bewezen bovengrens (achteraf): %d; achteraf haalt %.2f%%%n", r.bovengrens(),
                    r.procentVanBovengrens(r.achteraf()));
        }
        // hard: the hard score as the rules judged each koppeling when it was made (0: no rule broken; hindsight: its
        // plan's); hh_hard: households breaking a hard rule themselves (placed against one, or a nareiziger left out of
        // its family's gemeente); overvol: gemeenten over their taakstelling in the final plan (a nareiziger joining a
        // gemeente that earlier koppelingen filled makes it overvol without breaking a rule)
        o.printf(Locale.ROOT, "%-10s %6s %7s %7s %9s %7s %14s %14s %10s %10s %8s %8s %7s %9s%n", "beleid", "hard",
                "hh_hard", "overvol", "%achteraf", "%grens", "score_zacht", "niet_geplaatst", "1e_regio", "adv_regio",
                "km_gem", "gini", "wacht_d", "tijd_s");
        List<Beleidsuitkomst> alle = new ArrayList<>();
        alle.add(r.achteraf());
        alle.addAll(r.beleid());
        for (Beleidsuitkomst u : alle) {
            Kwaliteit k = u.metrics().totaal();
            String grens = r.bovengrens() == null ? "-" : String.format(Locale.ROOT, "%.2f", r.procentVanBovengrens(u));
            o.printf(Locale.ROOT, "%-10s %6d %7d %7d %9.2f %7s %14d %14d %9.1f%% %9.1f%% %8.0f %8.3f %7.1f %9.1f%n",
                    u.naam(), u.hard(), u.metrics().huishoudensMetHardeSchending(),
                    u.metrics().overvoldeGemeenten(), r.procentVanAchteraf(u), grens, u.zacht(),
                    k.nietGeplaatstePersonen(), 100 * k.aandeelEersteRegio(), 100 * k.aandeelAdviesRegio(),
                    k.kmGemiddeld(), u.metrics().vulgraadGini(), u.wachtdagenGemiddeld(), u.rekentijd().toMillis() / 1000.0);
        }
        long ongeldig = alle.stream().filter(u -> u.hard() < 0).count();
        if (ongeldig > 0) {
            o.printf(Locale.ROOT, "  let op: %d van %d plannen breken een harde regel (hard < 0)%n", ongeldig, alle.size());
        }
        o.printf(Locale.ROOT, "  uitvoer: %s (%s, %s)%n", out, SimulatieWriter.CSV, SimulatieWriter.JSON);
        o.flush();
    }
}
