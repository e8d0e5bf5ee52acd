package nl.kansrijk.benchmarks.familie;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.kansrijk.benchmarks.Bestanden;
import nl.kansrijk.benchmarks.exact.ExactModel;
import nl.kansrijk.benchmarks.exact.ExactSolution;
import nl.kansrijk.benchmarks.exact.LpGrens;
import nl.kansrijk.demo.DemoDataGenerator;
import nl.kansrijk.model.Bestemming;
import nl.kansrijk.model.Huishouden;
import nl.kansrijk.model.MatchingProblem;
import nl.kansrijk.model.Plaatsingseenheid;
import nl.kansrijk.rules.Bijdragen;
import nl.kansrijk.solve.Beeindiging;
import nl.kansrijk.solve.Koppeling;
import nl.kansrijk.solve.MatchingConfig;
import nl.kansrijk.solve.MatchingEngine;
import nl.kansrijk.solve.MatchingResult;
import nl.kansrijk.solve.PlanContext;

/**
 * The family harness: per shape of {@link Familie} and seed, generates the instance in memory, runs the default solve
 * ({@code MatchingConfig.STANDAARD} with a time cap) and, independently, the exact model ({@link ExactModel}, SCIP, one
 * thread, from no start, default weights with {@code balans} as its convex cost) for its best plan, its proven dual
 * bound and its status. Writes {@code familie.csv} and {@code familie.md} (held-out shapes in their own table, and per
 * shape the mean over seeds), rewritten after every instance so that a long run can be read while it goes.
 *
 * <p>Usage: {@code FamilieBenchmark OUT [--shapes seen|heldout|all] [--seeds 1,2,3] [--seconds 30]
 * [--exact-seconds 60] [--only NAME[,NAME...]]} (defaults as shown; {@code --only} picks those shapes whatever {@code --shapes} says).
 */
public final class FamilieBenchmark {

    private static final String[] GROEPEN = {"1", "2-5", "6+"};
    /** Household–gemeente pairs above which the MIP reference is skipped ({@code -Dkansrijk.familie.mip.max}). */
    static final long MIP_MAX_PAREN = Long.getLong("kansrijk.familie.mip.max", 400_000L);

    private FamilieBenchmark() {
    }

    /** One measured instance. */
    record Rij(Familie.Vorm vorm, long seed, int huishoudens, long personen, int gemeenten, long engineOnge,
            Long mipOnge, long engineSoft, Long engineGrens, Double enginePct, Long mipPrimal, Long mipDual,
            boolean mipMediumBewezen, String mipStatus, boolean mipOptimaal, Double pctVanDual, Long gatPunten,
            Boolean geprintBinnen1, String slechtsteGroep, double engineSec, double mipSec, double wandSec,
            double[] balansAfwijking, boolean engineOptimaal, Long besteGrens, Double pctBeste, Boolean grensGeldig) {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1 || args[0].startsWith("--")) {
            usage("missing OUT");
        }
        Path out = Path.of(args[0]);
        String shapes = "all";
        List<Long> seeds = Familie.SEEDS;
        long seconden = 30, exactSeconden = 60;
        String alleen = null;
        for (int a = 1; a < args.length; a++) {
            String v = a + 1 < args.length ? args[a + 1] : null;
            if (v == null) {
                usage(args[a] + " needs a value");
            }
            switch (args[a]) {
                case "--shapes" -> shapes = v;
                case "--seeds" -> seeds = Familie.seeds(v);
                case "--seconds" -> seconden = Long.parseLong(v);
                case "--exact-seconds" -> exactSeconden = Long.parseLong(v);
                case "--only" -> alleen = v;
                default -> usage("unknown option " + args[a]);
            }
            a++;
        }
        List<Familie.Vorm> vormen;
        try {
            vormen = Familie.kies(shapes, alleen);
        } catch (IllegalArgumentException e) {
            usage(e.getMessage());
            return;
        }
        Files.createDirectories(out);
        List<Rij> rijen = new ArrayList<>();
        for (Familie.Vorm v : vormen) {
            for (long seed : seeds) {
                Rij r = meet(v, seed, seconden, exactSeconden);
                rijen.add(r);
                System.out.println(mdRij(r));
                Bestanden.schrijf(out.resolve("familie.csv"), csv(rijen));
                Bestanden.schrijf(out.resolve("familie.md"), md(rijen, seconden, exactSeconden));
            }
        }
    }

    private static void usage(String fout) {
        System.err.println(fout + "\nusage: FamilieBenchmark OUT [--shapes seen|heldout|all] [--seeds 1,2,3] [--seconds 30]"
                + " [--exact-seconds 60] [--only NAME[,NAME...]]");
        System.exit(2);
    }

    /** Generates, solves and solves exactly one instance. */
    static Rij meet(Familie.Vorm v, long seed, long seconden, long exactSeconden) {
        long w0 = System.nanoTime();
        MatchingProblem p = DemoDataGenerator.genereer(v.settings(seed));
        Beeindiging b = MatchingConfig.STANDAARD.beeindiging();
        MatchingConfig config = MatchingConfig.STANDAARD.withBeeindiging(
                new Beeindiging(Duration.ofSeconds(seconden), b.onverbeterdeStappen(), b.zettenlimiet()));
        PlanContext ctx = PlanContext.of(p, config);
        long t0 = System.nanoTime();
        MatchingResult r = new MatchingEngine().solve(ctx, x -> { });
        double engineSec = (System.nanoTime() - t0) / 1e9;
        long engineOnge = r.nietGeplaatst().stream().mapToLong(Koppeling::personen).sum();
        long soft = r.score().softScore();

        long paren = ctx.nieuwPlan().getEenheden().stream().filter(e -> !e.isVastgezet())
                .mapToLong(e -> e.getToegestaan().size()).sum();
        // SCIP makes no progress on the largest shapes (and building their model takes minutes): skipped above this
        ExactModel model = paren <= MIP_MAX_PAREN ? new ExactModel(ctx) : null;
        ExactSolution x = model != null ? model.solve("SCIP", Duration.ofSeconds(exactSeconden), 1, Map.of())
                : new ExactSolution(null, 0, 0, false, Map.of(), Duration.ZERO, 0, paren, "skipped");
        double mipSec = x.tijd().toMillis() / 1000.0;
        Long mipPrimal = x.score() == null ? null : x.score().softScore();
        Long mipDual = x.score() == null ? null : x.zachtGrens();
        Long mipOnge = x.score() == null ? null : onge(ctx, x.koppelingen());
        Double pct = null;
        Long gat = null;
        // the MIP's soft bound holds for plans that leave as few persons unplaced as its plan: compare only then
        if (mipDual != null && mipOnge != null && mipOnge == engineOnge) {
            gat = mipDual - soft;
            pct = mipDual > 0 ? 100.0 * soft / mipDual : null;
        }
        Boolean binnen1 = null;
        if (x.optimaal() && mipPrimal != null && mipOnge == engineOnge && mipPrimal > 0 && r.procentVanBovengrens().isPresent()) {
            double waar = 100.0 * soft / mipPrimal;
            binnen1 = Math.abs(r.procentVanBovengrens().get() - waar) <= 1.0;
        } else if (r.procentVanBovengrens().isPresent() && r.procentVanBovengrens().get() >= 99.0) {
            // a valid bound puts the true percentage between the printed one and 100
            binnen1 = true;
        }
        String groep = slechtsteGroep(ctx, r, x);
        // the best proven bound of this run: the engine's own and the MIP's (where it bounds the same plans)
        Long beste = r.bovengrens();
        // SCIP stops at its default relative gap of 10⁻⁴ and reports its primal value as the bound: a "bound" below the
        // engine's own plan is no bound
        if (mipDual != null && mipOnge != null && mipOnge == engineOnge && x.mediumOptimaal() && mipDual >= soft) {
            beste = beste == null ? mipDual : Math.min(beste, mipDual);
        }
        Double pctBeste = beste != null && beste > 0 ? 100.0 * soft / beste : null;
        // the engine's printed bound must hold for the MIP's plan when it leaves no more persons unplaced
        Boolean geldig = r.bovengrens() == null || mipPrimal == null || mipOnge == null || mipOnge > engineOnge ? null
                : r.bovengrens() >= mipPrimal;
        return new Rij(v, seed, p.huishoudens().size(), p.huishoudens().stream().mapToLong(Huishouden::personen).sum(),
                p.gemeenten().size(), engineOnge, mipOnge, soft, r.bovengrens(), r.procentVanBovengrens().orElse(null),
                mipPrimal, mipDual, x.mediumOptimaal(), x.status(), x.optimaal(), pct, gat, binnen1, groep,
                engineSec, mipSec, (System.nanoTime() - w0) / 1e9,
                model != null ? model.balansAfwijking() : new double[2], r.isBewezenOptimaal(),
                beste, pctBeste, geldig);
    }

    /** Persons the plan (free households' koppelingen) leaves unplaced: not pinned and not in it. */
    private static long onge(PlanContext ctx, Map<String, String> koppelingen) {
        long n = 0;
        for (Plaatsingseenheid e : ctx.nieuwPlan().getEenheden()) {
            if (!e.isVastgezet() && !koppelingen.containsKey(e.getId())) {
                n += e.getPersonen();
            }
        }
        return n;
    }

    /**
     * The household-size group (1, 2–5, 6+ persons) where the engine's plan falls furthest below the MIP's plan in soft
     * points per placed person (pinned included, {@code balans} left out), as {@code "group: engine vs mip"}.
     */
    static String slechtsteGroep(PlanContext ctx, MatchingResult r, ExactSolution x) {
        double[] ez = new double[3], en = new double[3], mz = new double[3], mn = new double[3];
        for (Koppeling k : r.koppelingen()) {
            if (k.isGeplaatst()) {
                int g = LpGrens.groep(k.personen());
                ez[g] += k.bijdragen().zacht();
                en[g] += k.personen();
            }
        }
        if (x.score() == null) {
            return "";
        }
        for (Plaatsingseenheid p : ctx.nieuwPlan().getEenheden()) {
            Bestemming b = p.isVastgezet() ? p.getBestemming() : null;
            if (b == null) {
                String code = x.koppelingen().get(p.getId());
                b = code == null ? null : ctx.bestemming(code);
            }
            if (b != null) {
                int g = LpGrens.groep(p.getPersonen());
                mz[g] += Bijdragen.zacht(p, b, ctx.config().gewichten());
                mn[g] += p.getPersonen();
            }
        }
        int slechtste = -1;
        double tekort = Double.NEGATIVE_INFINITY;
        for (int g = 0; g < 3; g++) {
            if (en[g] > 0 && mn[g] > 0 && mz[g] / mn[g] - ez[g] / en[g] > tekort) {
                tekort = mz[g] / mn[g] - ez[g] / en[g];
                slechtste = g;
            }
        }
        return slechtste < 0 ? "" : GROEPEN[slechtste] + ": " + f(ez[slechtste] / en[slechtste], 0) + " vs "
                + f(mz[slechtste] / mn[slechtste], 0);
    }

    static List<String> csv(List<Rij> rijen) {
        List<String> out = new ArrayList<>();
        out.add("shape,seed,held_out,gebied,households,persons,gemeenten,ruimte,pinned,unplaceable,arrivals,announced,"
                + "engine_unplaced_persons,mip_unplaced_persons,engine_soft,engine_bound,engine_pct_of_bound,mip_primal,"
                + "mip_dual_bound,mip_medium_proven,mip_status,mip_optimal,engine_pct_of_mip_dual,gap_points_to_mip_dual,"
                + "printed_pct_within_1,worst_size_group,engine_seconds,mip_seconds,wall_seconds,balans_points_above_hull,"
                + "balans_max_above_hull,engine_proven_optimal,best_bound,engine_pct_of_best_bound,printed_bound_valid");
        for (Rij r : rijen) {
            Familie.Vorm v = r.vorm();
            out.add(String.join(",", v.naam(), "" + r.seed(), "" + v.heldOut(), v.gebied(), "" + r.huishoudens(),
                    "" + r.personen(), "" + r.gemeenten(), f(v.ruimte(), 2), f(v.gekoppeld(), 2), f(v.onplaatsbaar(), 2),
                    v.aankomst().toString(), f(v.aangekondigd(), 2), "" + r.engineOnge(), s(r.mipOnge()),
                    "" + r.engineSoft(), s(r.engineGrens()), r.enginePct() == null ? "" : f(r.enginePct(), 3),
                    s(r.mipPrimal()), s(r.mipDual()), "" + r.mipMediumBewezen(), r.mipStatus(), "" + r.mipOptimaal(),
                    r.pctVanDual() == null ? "" : f(r.pctVanDual(), 3), s(r.gatPunten()), s(r.geprintBinnen1()),
                    r.slechtsteGroep(), f(r.engineSec(), 1), f(r.mipSec(), 1), f(r.wandSec(), 1),
                    "" + (long) r.balansAfwijking()[0], f(r.balansAfwijking()[1], 3), "" + r.engineOptimaal(),
                    s(r.besteGrens()), r.pctBeste() == null ? "" : f(r.pctBeste(), 3), s(r.grensGeldig())));
        }
        return out;
    }

    static List<String> md(List<Rij> rijen, long seconden, long exactSeconden) {
        List<String> out = new ArrayList<>();
        out.add("# The family of shapes");
        out.add("");
        out.add("Default solve (`MatchingConfig.STANDAARD`, cap " + seconden + " s) against the exact model (SCIP, 1 thread, "
                + exactSeconden + " s, from no start; default weights, `balans` as its convex cost). \"% of MIP dual\" is the "
                + "engine's soft score as a share of the MIP's proven bound (when that bound is > 0 and both leave the same "
                + "persons unplaced); \"gap\" is the bound minus the engine's soft score, in points. \"printed ±1\": whether "
                + "the engine's printed % (own bound) is within 1 point of soft / MIP optimum (only where SCIP proved it). "
                + "\"% of best bound\": the engine's soft score as a share of the tighter of its own and the MIP's proven "
                + "bound; \"proven\": the engine itself proved its plan optimal (gap ≤ 0.01 %).");
        for (boolean heldOut : new boolean[] {false, true}) {
            out.add("");
            out.add(heldOut ? "## Held-out shapes (frozen before any tuning; never tune on these)" : "## Seen shapes");
            out.add("");
            out.add("| shape | seed | households | persons | gemeenten | unplaced engine / MIP | engine soft | engine bound → % "
                    + "| MIP primal | MIP dual (status) | % of MIP dual | gap | printed ±1 | worst size group (engine vs MIP) "
                    + "| engine s | MIP s | % of best bound | proven |");
            out.add("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|---:|---:|---:|---|");
            Map<String, List<Rij>> perVorm = new LinkedHashMap<>();
            for (Rij r : rijen) {
                if (r.vorm().heldOut() == heldOut) {
                    out.add(mdRij(r));
                    perVorm.computeIfAbsent(r.vorm().naam(), k -> new ArrayList<>()).add(r);
                }
            }
            if (perVorm.isEmpty()) {
                out.add("");
                out.add("(none in this run)");
                continue;
            }
            out.add("");
            out.add("Mean over seeds:");
            out.add("");
            out.add("| shape | seeds | unplaced engine | unplaced MIP | engine % of own bound | % of MIP dual | gap (points) "
                    + "| MIP proven optimal | engine s | MIP s | % of best bound | engine proven optimal | printed ±1 |");
            out.add("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            for (var e : perVorm.entrySet()) {
                List<Rij> rs = e.getValue();
                out.add("| " + e.getKey() + " | " + rs.size() + " | " + f(gem(rs, r -> (double) r.engineOnge()), 1) + " | "
                        + f(gem(rs, r -> r.mipOnge() == null ? null : (double) r.mipOnge()), 1) + " | "
                        + f(gem(rs, Rij::enginePct), 2) + " | " + f(gem(rs, Rij::pctVanDual), 2) + " | "
                        + f(gem(rs, r -> r.gatPunten() == null ? null : (double) r.gatPunten()), 0) + " | "
                        + rs.stream().filter(Rij::mipOptimaal).count() + "/" + rs.size() + " | "
                        + f(gem(rs, Rij::engineSec), 1) + " | " + f(gem(rs, Rij::mipSec), 1) + " | "
                        + f(gem(rs, Rij::pctBeste), 3) + " | " + rs.stream().filter(Rij::engineOptimaal).count() + "/"
                        + rs.size() + " | " + rs.stream().filter(r -> Boolean.TRUE.equals(r.geprintBinnen1())).count() + "/"
                        + rs.stream().filter(r -> r.geprintBinnen1() != null).count() + " |");
            }
        }
        return out;
    }

    static String mdRij(Rij r) {
        return "| " + r.vorm().naam() + " | " + r.seed() + " | " + r.huishoudens() + " | " + r.personen() + " | "
                + r.gemeenten() + " | " + r.engineOnge() + " / " + s(r.mipOnge()) + " | " + r.engineSoft() + " | "
                + s(r.engineGrens()) + " → " + (r.enginePct() == null ? "–" : f(r.enginePct(), 2) + " %") + " | "
                + s(r.mipPrimal()) + " | " + s(r.mipDual()) + " (" + r.mipStatus() + (r.mipMediumBewezen() ? "" : ", medium unproven")
                + ") | " + (r.pctVanDual() == null ? "–" : f(r.pctVanDual(), 2) + " %") + " | " + s(r.gatPunten()) + " | "
                + (r.geprintBinnen1() == null ? "unproven" : r.geprintBinnen1() ? "yes" : "no") + " | "
                + r.slechtsteGroep() + " | " + f(r.engineSec(), 1) + " | " + f(r.mipSec(), 1) + " | "
                + (r.pctBeste() == null ? "–" : f(r.pctBeste(), 3) + " %") + " | " + (r.engineOptimaal() ? "yes" : "no")
                + (Boolean.FALSE.equals(r.grensGeldig()) ? " (bound INVALID)" : "") + " |";
    }

    /** Mean of the present values, NaN when none. */
    private static double gem(List<Rij> rs, java.util.function.Function<Rij, Double> waarde) {
        return rs.stream().map(waarde).filter(java.util.Objects::nonNull).mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    private static String s(Object o) {
        return o == null ? "" : o.toString();
    }

    private static String f(double v, int decimalen) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%." + decimalen + "f", v);
    }
}
