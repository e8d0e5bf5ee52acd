package nl.kansrijk.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import nl.kansrijk.benchmarks.exact.ExactModel;
import nl.kansrijk.benchmarks.exact.ExactSolution;
import nl.kansrijk.benchmarks.exact.KnapsackGrens;
import nl.kansrijk.benchmarks.exact.KoppelingenVan;
import nl.kansrijk.benchmarks.exact.LpGrens;
import nl.kansrijk.model.Bestemming;
import nl.kansrijk.model.MatchingProblem;
import nl.kansrijk.model.Plaatsingseenheid;
import nl.kansrijk.relaxation.TransportModel;
import nl.kansrijk.rules.Bijdragen;
import nl.kansrijk.rules.Regel;
import nl.kansrijk.solve.Beeindiging;
import nl.kansrijk.solve.Koppeling;
import nl.kansrijk.solve.MatchingConfig;
import nl.kansrijk.solve.MatchingEngine;
import nl.kansrijk.solve.MatchingResult;
import nl.kansrijk.solve.PlanContext;
import nl.kansrijk.solve.Voortgang;

/**
 * The optimal-core targets per instance, at the default weights and at {@code balans} 0: the default solve
 * ({@code MatchingConfig.STANDAARD}: 30 s cap) against two proven bounds measured in the same run — the engine's
 * own (the dual of its relaxation) and the LP relaxation solved independently with GLOP ({@link LpGrens}) — the
 * time until the plan first reached 99.9 % of the LP bound, and the soft points per person of each household-size
 * group (1, 2–5, 6+) in the engine's plan against the LP plan. Writes {@code kern.csv} and {@code kern.md}.
 *
 * <p>Usage: {@code KernBenchmark <out-dir> <instance>...} (an instance is a sample folder name or a number of
 * households to generate with seed 1); system property {@code kansrijk.lp.max} (default 1,000,000) caps the
 * number of LP variables (above it the LP column stays empty and the engine's own bound is used);
 * {@code kansrijk.kern.seconden} replaces the default 30 s cap (for the 40,000-household target of 5 minutes);
 * {@code kansrijk.knapsack.seconden} (default 120) limits the knapsack bound ({@link KnapsackGrens}), a proven
 * bound at least as tight as the LP that also sees that households cannot be split; {@code kansrijk.kern.mip}
 * (seconds, `balans` 0 rows only) also runs SCIP from the engine's plan and reports its plan's score and size groups;
 * with {@code kansrijk.kern.mip.start=leeg} SCIP starts from nothing instead (the side-by-side figure: how far the MIP
 * gets in that time on its own).
 */
public final class KernBenchmark {

    private KernBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: KernBenchmark <out-dir> <instance>...");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        long lpMax = Long.getLong("kansrijk.lp.max", 1_000_000L);
        List<String> csv = new ArrayList<>();
        List<String> md = new ArrayList<>();
        csv.add("instance,weights,households,persons,score,seconds,unplaced_persons,engine_bound,pct_engine_bound,"
                + "lp_bound,pct_lp_bound,seconds_to_99.9pct_lp,lp_seconds,group1_engine,group1_lp,group2_5_engine,"
                + "group2_5_lp,group6_engine,group6_lp,knapsack_bound,pct_knapsack_bound,knapsack_steps,knapsack_seconds,"
                + "seconds_to_99.9pct_knapsack");
        md.add("| instance | weights | households | engine soft (default solve) | time | own bound → % | LP bound (GLOP) → % "
                + "| to 99.9 % of LP | knapsack bound → % | points/person 1 · 2–5 · 6+ (engine vs LP) |");
        md.add("|---|---|---:|---:|---:|---:|---:|---:|---:|---|");
        for (int a = 1; a < args.length; a++) {
            String naam = args[a];
            MatchingProblem p = naam.matches("\\d+") ? Instanties.gegenereerd(Integer.parseInt(naam)) : Instanties.sample(naam);
            for (String gewichten : new String[] {"default", "balans 0"}) {
                MatchingConfig config = gewichten.equals("default") ? MatchingConfig.STANDAARD
                        : MatchingConfig.STANDAARD.withGewicht(Regel.BALANS, 0);
                Long cap = Long.getLong("kansrijk.kern.seconden");
                if (cap != null) {
                    Beeindiging b = config.beeindiging();
                    config = config.withBeeindiging(new Beeindiging(java.time.Duration.ofSeconds(cap),
                            b.onverbeterdeStappen(), b.zettenlimiet()));
                }
                PlanContext ctx = PlanContext.of(p, config);
                List<Voortgang> verloop = new ArrayList<>();
                long t0 = System.nanoTime();
                MatchingResult r = new MatchingEngine().solve(ctx, verloop::add);
                double sec = (System.nanoTime() - t0) / 1e9;
                long variabelen = ctx.nieuwPlan().getEenheden().stream().mapToLong(e -> e.getToegestaan().size()).sum();
                LpGrens lp = variabelen <= lpMax ? LpGrens.van(ctx) : null;
                long soft = r.score().softScore();
                long onge = r.nietGeplaatst().stream().mapToLong(Koppeling::personen).sum();
                double pctEigen = r.procentVanBovengrens().orElse(Double.NaN);
                double pctLp = lp == null ? Double.NaN : 100.0 * soft / lp.zacht();
                Double tot = lp == null ? null : tijdTot(verloop, r, 0.999 * lp.zacht());
                KnapsackGrens ks = KnapsackGrens.van(ctx, 5000, soft, 1000L * Long.getLong("kansrijk.knapsack.seconden", 120L));
                double pctKs = 100.0 * soft / ks.grens(onge);
                Double totKs = tijdTot(verloop, r, 0.999 * ks.grens(onge));
                double[] groep = perPersoon(r);
                double[] lpGroep = lp == null ? new double[] {Double.NaN, Double.NaN, Double.NaN} : lp.perPersoonPerGroep();
                csv.add(String.join(",", naam, gewichten, "" + p.huishoudens().size(),
                        "" + p.huishoudens().stream().mapToInt(h -> h.personen()).sum(), "" + soft, f(sec, 1), "" + onge,
                        "" + r.bovengrens(), f(pctEigen, 3), lp == null ? "" : f(lp.zacht(), 0), f(pctLp, 3),
                        tot == null ? "" : f(tot, 1), lp == null ? "" : f(lp.seconden(), 1),
                        f(groep[0], 1), f(lpGroep[0], 1), f(groep[1], 1), f(lpGroep[1], 1), f(groep[2], 1), f(lpGroep[2], 1),
                        "" + ks.grens(onge), f(pctKs, 3), "" + ks.stappen(), f(ks.seconden(), 1),
                        totKs == null ? "" : f(totKs, 1)));
                String regel = "| " + naam + " | " + gewichten + " | " + p.huishoudens().size() + " | " + soft
                        + (onge > 0 ? " (" + onge + " unplaced)" : "") + (r.score().hardScore() != 0 ? " HARD " + r.score().hardScore() : "")
                        + " | " + f(sec, 1) + " s | " + r.bovengrens() + " → " + f(pctEigen, 2) + " % | "
                        + (lp == null ? "not run" : f(lp.zacht(), 0) + " → " + f(pctLp, 2) + " %") + " | "
                        + (tot == null ? "not reached" : f(tot, 1) + " s") + " | "
                        + ks.grens(onge) + " → " + f(pctKs, 2) + " %" + (totKs == null ? "" : " (99.9 % at " + f(totKs, 1) + " s)") + " | "
                        + f(groep[0], 0) + " vs " + f(lpGroep[0], 0) + " · " + f(groep[1], 0) + " vs " + f(lpGroep[1], 0)
                        + " · " + f(groep[2], 0) + " vs " + f(lpGroep[2], 0) + " |";
                md.add(regel);
                Long mip = Long.getLong("kansrijk.kern.mip");
                if (mip != null && config.gewichten().get(Regel.BALANS) == 0) { // the MIP is the linear model
                    String m = mipRegel(ctx, r, mip, ks.grens(onge), naam, gewichten);
                    md.add(m);
                    System.out.println(m);
                }
                System.out.println(regel);
            }
        }
        Files.createDirectories(out);
        Bestanden.schrijf(out.resolve("kern.csv"), csv);
        Bestanden.schrijf(out.resolve("kern.md"), md);
    }

    /**
     * SCIP (1 thread, {@code seconden}, started from the engine's plan) on the same instance: its plan's soft score
     * and the soft points per person of each size group in it, for the size-group target against an exact plan.
     */
    static String mipRegel(PlanContext ctx, MatchingResult r, long seconden, long knapsack, String naam, String gewichten) {
        boolean leeg = "leeg".equals(System.getProperty("kansrijk.kern.mip.start"));
        ExactSolution x = new ExactModel(ctx).solve("SCIP", java.time.Duration.ofSeconds(seconden), 1,
                leeg ? java.util.Map.of() : KoppelingenVan.resultaat(r));
        double[] zacht = new double[3], personen = new double[3];
        for (Plaatsingseenheid p : ctx.nieuwPlan().getEenheden()) {
            Bestemming b = TransportModel.vasteBestemming(p);
            if (b == null) {
                String code = x.koppelingen().get(p.getId());
                b = code == null ? null : p.getToegestaan().stream().filter(t -> t.code().equals(code)).findFirst().orElse(null);
            }
            if (b != null) {
                int g = LpGrens.groep(p.getPersonen());
                zacht[g] += Bijdragen.zacht(p, b, ctx.config().gewichten());
                personen[g] += p.getPersonen();
            }
        }
        return "| " + naam + " | " + gewichten + " | MIP (SCIP, " + seconden + " s" + (leeg ? " from scratch" : " from the engine's plan")
                + ", " + x.status() + ") | " + x.score().softScore()
                + " | " + f(100.0 * x.score().softScore() / knapsack, 2) + " % of the knapsack bound | points/person "
                + f(zacht[0] / personen[0], 0) + " · " + f(zacht[1] / personen[1], 0) + " · " + f(zacht[2] / personen[2], 0) + " |";
    }

    /** Seconds until the solve's best plan had the final hard and medium score and a soft score of at least {@code doel}. */
    static Double tijdTot(List<Voortgang> verloop, MatchingResult r, double doel) {
        for (Voortgang v : verloop) {
            HardMediumSoftScore s = v.besteScore();
            if (s != null && s.hardScore() == 0 && s.mediumScore() == r.score().mediumScore() && s.softScore() >= doel) {
                return v.verstreken().toMillis() / 1000.0;
            }
        }
        return null;
    }

    /** Soft points per placed person of each household-size group (balans, a gemeente term, left out). */
    static double[] perPersoon(MatchingResult r) {
        double[] zacht = new double[3], personen = new double[3];
        for (Koppeling k : r.koppelingen()) {
            if (k.isGeplaatst()) {
                int g = LpGrens.groep(k.personen());
                zacht[g] += k.bijdragen().zacht();
                personen[g] += k.personen();
            }
        }
        double[] out = new double[3];
        for (int g = 0; g < 3; g++) {
            out[g] = personen[g] == 0 ? Double.NaN : zacht[g] / personen[g];
        }
        return out;
    }

    private static String f(double v, int decimalen) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%." + decimalen + "f", v);
    }
}
