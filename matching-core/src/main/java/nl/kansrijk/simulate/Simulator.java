package nl.kansrijk.simulate;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import nl.kansrijk.metrics.Metrics;
import nl.kansrijk.model.Huishouden;
import nl.kansrijk.model.Koppeltermijn;
import nl.kansrijk.model.Periode;
import nl.kansrijk.model.InvalidProblemException;
import nl.kansrijk.model.Koppelplan;
import nl.kansrijk.model.Plaatsingseenheid;
import nl.kansrijk.model.MatchingProblem;
import nl.kansrijk.model.Woningaanbod;
import nl.kansrijk.solve.MatchingConfig;
import nl.kansrijk.solve.MatchingEngine;
import nl.kansrijk.solve.MatchingResult;
import nl.kansrijk.solve.Oplossing;
import nl.kansrijk.solve.PlanContext;

/**
 * Replays a half year (simulator): the households are released in arrival order (by vergunningdatum) in
 * weekly or daily batches; a policy links each batch knowing only what arrived so far; its koppelingen are
 * pinned for all later batches. At the end each policy's plan is scored as a whole with the same rules and
 * weights, next to the hindsight plan: the engine (the optimal core: relaxation, plan search, local search) solving
 * all households at once, reported with the proven bound its relaxation gives.
 * <p>
 * Households that already have a koppeling in the input are pinned from the start; every other household needs a
 * vergunningdatum. A nareiziger with an announcement date ({@link Huishouden#nareizigerAangekondigd()}) is known
 * to every policy from that day until it arrives ({@link SimulatieStand#aangekondigd()}), and its family's room is
 * kept for it. Thread-safe: the simulator holds no state between runs.
 */
public final class Simulator {

    /** Name of the hindsight plan in results. */
    public static final String ACHTERAF = "hindsight";

    /** Told after each batch, for progress reporting. */
    @FunctionalInterface
    public interface Luisteraar {
        void batchKlaar(String beleid, int batch, int batches);
    }

    private final MatchingEngine engine;

    public Simulator(MatchingEngine engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
    }

    /** Runs every policy over the period and the hindsight solve. */
    public SimulatieResultaat simuleer(MatchingProblem problem, SimulatieInstellingen inst, List<OnlineBeleid> beleid) {
        return simuleer(problem, inst, beleid, (b, i, n) -> { });
    }

    /** Runs every policy over the period and the hindsight solve, telling {@code luisteraar} after each batch. */
    public SimulatieResultaat simuleer(MatchingProblem problem, SimulatieInstellingen inst, List<OnlineBeleid> beleid,
            Luisteraar luisteraar) {
        return simuleer(problem, Woningaanbod.LEEG, inst, beleid, luisteraar);
    }

    /**
     * As above, with the dwellings of {@code woningen.csv}: hindsight, every policy's solves and the final scores
     * then weigh the woning rule, as {@code kansrijk solve} does ({@link Woningaanbod#LEEG}: none).
     */
    public SimulatieResultaat simuleer(MatchingProblem problem, Woningaanbod woningaanbod, SimulatieInstellingen inst,
            List<OnlineBeleid> beleid, Luisteraar luisteraar) {
        MatchingConfig config = inst.config();
        PlanContext ctx = PlanContext.of(problem, config, woningaanbod);
        Periode periode = Periode.van(ctx.periode());
        List<Huishouden> vast = problem.huishoudens().stream().filter(Huishouden::isGekoppeld).toList();
        TreeMap<LocalDate, List<Huishouden>> batches = batches(problem, inst.ritme());
        int aangekomen = batches.values().stream().mapToInt(List::size).sum();

        long start = System.nanoTime();
        Koppelplan plan = ctx.nieuwPlan();
        Oplossing oplossing = engine.solve(config.withBeeindiging(inst.achterafBudget().beeindiging(plan)), plan, v -> { },
                start);
        Koppelplan best = oplossing.plan();
        Map<String, String> achterafKoppelingen = new HashMap<>();
        best.getEenheden().stream().filter(p -> p.getBestemming() != null)
                .forEach(p -> achterafKoppelingen.put(p.getId(), p.getBestemming().code()));
        Beleidsuitkomst achteraf = uitkomst(ACHTERAF, problem, ctx, achterafKoppelingen, Map.of(), 0, null, start);
        luisteraar.batchKlaar(ACHTERAF, 1, 1);

        List<Beleidsuitkomst> uitkomsten = new ArrayList<>(beleid.size());
        for (OnlineBeleid b : beleid) {
            uitkomsten.add(speel(b, problem, ctx, periode, vast, batches, config, luisteraar));
        }
        return new SimulatieResultaat(periode, inst.ritme(), batches.size(), aangekomen, achteraf, uitkomsten,
                oplossing.bovengrens()); // the engine's bound for plans leaving no more unplaced than hindsight
    }

    /** The households to release, grouped by batch date, each batch in arrival order. */
    static TreeMap<LocalDate, List<Huishouden>> batches(MatchingProblem problem, Batchritme ritme) {
        List<Huishouden> zonderDatum = problem.huishoudens().stream()
                .filter(h -> !h.isGekoppeld() && h.vergunningdatum() == null).toList();
        if (!zonderDatum.isEmpty()) {
            throw new InvalidProblemException(List.of("simuleren vraagt een vergunningdatum voor elk huishouden zonder "
                    + "koppeling; " + zonderDatum.size() + " huishouden(s) hebben er geen, het eerste is '"
                    + zonderDatum.get(0).id() + "'"));
        }
        List<Huishouden> aankomst = new ArrayList<>(problem.huishoudens().stream().filter(h -> !h.isGekoppeld()).toList());
        aankomst.sort(Comparator.comparing(Huishouden::vergunningdatum)); // stable: input order within a day
        TreeMap<LocalDate, List<Huishouden>> out = new TreeMap<>();
        for (Huishouden h : aankomst) {
            out.computeIfAbsent(ritme.batchdatum(h.vergunningdatum()), d -> new ArrayList<>()).add(h);
        }
        return out;
    }

    private Beleidsuitkomst speel(OnlineBeleid beleid, MatchingProblem problem, PlanContext ctx, Periode periode,
            List<Huishouden> vast, TreeMap<LocalDate, List<Huishouden>> batches, MatchingConfig config,
            Luisteraar luisteraar) {
        long start = System.nanoTime();
        List<Huishouden> vastgezet = new ArrayList<>(vast);
        Map<String, String> koppelingen = new LinkedHashMap<>();
        vast.forEach(h -> koppelingen.put(h.id(), h.gekoppeldGemeente()));
        Map<String, LocalDate> koppeldatum = new HashMap<>();
        List<Huishouden> aangekomen = new ArrayList<>();
        Map<String, Long> gebonden = new HashMap<>();
        vast.forEach(h -> gebonden.merge(h.gekoppeldGemeente(), (long) h.personen(), Long::sum));
        List<Huishouden> metAankondiging = problem.huishoudens().stream()
                .filter(h -> !h.isGekoppeld() && h.nareizigerAangekondigd() != null).toList();
        int nummer = 0;
        long hard = 0;
        List<Huishouden> wachtend = List.of();
        for (Map.Entry<LocalDate, List<Huishouden>> e : batches.entrySet()) {
            LocalDate datum = e.getKey();
            List<Huishouden> batch = e.getValue();
            aangekomen.addAll(batch);
            // not yet released is permit after today: a batch releases every permit up to its date
            List<Huishouden> aangekondigd = metAankondiging.stream().filter(h -> h.isAangekondigdOp(datum)).toList();
            // a nareiziger is bound to its family's gemeente as the score has it: only when its hard rules allow that
            // gemeente (Plaatsingseenheid#getFamilieBestemming); one that can never join holds no room there
            batch.stream().filter(h -> h.isNareiziger() && ctx.eenheid(h).getFamilieBestemming() != null)
                    .forEach(h -> gebonden.merge(h.nareizigerVanGemeente(), (long) h.personen(), Long::sum));
            LocalDate volgende = batches.higherKey(datum);
            SimulatieStand stand = new SimulatieStand(problem.withHuishoudens(vastgezet), config, datum, periode, nummer,
                    aangekomen, koppelingen, gebonden, aangekondigd, List.of(), volgende, ctx.woningaanbod());
            // today's queue: the households kept from earlier batches, then this batch's, in arrival order
            List<Huishouden> wachtrij = new ArrayList<>(wachtend.size() + batch.size());
            wachtrij.addAll(wachtend);
            wachtrij.addAll(batch);
            List<Huishouden> kunnen = Batchritme.kunnenWachten(wachtrij, volgende);
            Dagbesluit besluit = beleid.besluit(stand, List.copyOf(wachtrij), kunnen);
            Set<String> wacht = besluit.wachtend();
            if (!wacht.isEmpty()) {
                Set<String> mogen = new HashSet<>();
                kunnen.forEach(h -> mogen.add(h.id()));
                for (String id : wacht) {
                    if (!mogen.contains(id)) {
                        throw new IllegalStateException("beleid '" + beleid.naam() + "' hield huishouden '" + id
                                + "' aan, dat op " + datum + " niet kan wachten");
                    }
                }
            }
            List<Huishouden> nu = wachtrij.stream().filter(h -> !wacht.contains(h.id())).toList();
            wachtend = wachtrij.stream().filter(h -> wacht.contains(h.id())).toList();
            Map<String, String> gekozen = besluit.koppelingen();
            controleer(beleid, nu, gekozen, ctx, datum);
            hard += hardBijKoppeling(stand, nu, gekozen);
            for (Huishouden h : nu) {
                String code = gekozen.get(h.id());
                koppeldatum.put(h.id(), datum);
                if (code != null) {
                    koppelingen.put(h.id(), code);
                    vastgezet.add(h.metGekoppeldGemeente(code));
                }
            }
            nummer++;
            luisteraar.batchKlaar(beleid.naam(), nummer, batches.size());
        }
        return uitkomst(beleid.naam(), problem, ctx, koppelingen, koppeldatum, nummer, hard, start);
    }

    /**
     * The hard score of one batch's koppelingen as the rules judge them when they are made: the batch's households
     * free at their chosen gemeenten, every earlier koppeling pinned (it can no longer move). Pinned households break
     * no rule of their own and a gemeente may hold what is bound to it, so only this batch's choices can cost here:
     * a free household beyond the room, one placed against its own hard rules, a nareiziger left out of its family.
     * A nareiziger joining a gemeente that earlier koppelingen filled is bound there and allowed, as the rule
     * {@code taakstelling} allows every bound household; the same plan judged as a whole afterwards would count
     * it, because it would move the free households that came first.
     */
    private long hardBijKoppeling(SimulatieStand stand, List<Huishouden> nu, Map<String, String> gekozen) {
        if (nu.isEmpty()) {
            return 0;
        }
        PlanContext dag = stand.context(stand.probleemMet(nu));
        return engine.score(dag.plan(gekozen)).hardScore();
    }

    /** A policy may only link the batch's households, to known gemeenten, within the deadline. */
    private static void controleer(OnlineBeleid beleid, List<Huishouden> batch, Map<String, String> gekozen,
            PlanContext ctx, LocalDate datum) {
        Set<String> ids = new HashSet<>();
        for (Huishouden h : batch) {
            ids.add(h.id());
            long dagen = Koppeltermijn.dagenNaVergunning(h.vergunningdatum(), datum);
            if (!Koppeltermijn.binnen(h.vergunningdatum(), datum)) {
                throw new IllegalStateException("huishouden '" + h.id() + "' zou " + dagen
                        + " dagen na de vergunning gekoppeld worden; de termijn is " + Koppeltermijn.DAGEN + " dagen");
            }
        }
        gekozen.forEach((id, code) -> {
            if (!ids.contains(id)) {
                throw new IllegalStateException("beleid '" + beleid.naam() + "' koppelde huishouden '" + id
                        + "', dat niet in de batch van " + datum + " zit");
            }
            if (code != null && ctx.bestemming(code) == null) {
                throw new IllegalStateException("beleid '" + beleid.naam() + "' koppelde huishouden '" + id
                        + "' aan onbekende gemeente '" + code + "'");
            }
        });
    }

    private Beleidsuitkomst uitkomst(String naam, MatchingProblem problem, PlanContext ctx, Map<String, String> koppelingen,
            Map<String, LocalDate> koppeldatum, int batches, Long hardBijKoppeling, long startNanos) {
        MatchingResult resultaat = engine.evaluate(ctx, koppelingen);
        long hard = hardBijKoppeling == null ? resultaat.score().hardScore() : hardBijKoppeling;
        Map<String, LocalDate> vergunning = new HashMap<>();
        problem.huishoudens().stream().filter(h -> h.vergunningdatum() != null).forEach(h -> vergunning.put(h.id(), h.vergunningdatum()));
        double wachtdagen = koppeldatum.entrySet().stream()
                .mapToLong(e -> ChronoUnit.DAYS.between(vergunning.get(e.getKey()), e.getValue())).average().orElse(0.0);
        return new Beleidsuitkomst(naam, resultaat, hard, Metrics.van(ctx, resultaat), koppeldatum, batches, wachtdagen,
                Duration.ofNanos(System.nanoTime() - startNanos));
    }
}
