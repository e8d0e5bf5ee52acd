package nl.kansrijk.benchmarks.kern;

import java.time.Duration;

import nl.kansrijk.benchmarks.Instanties;
import nl.kansrijk.model.Koppelplan;
import nl.kansrijk.model.MatchingProblem;
import nl.kansrijk.relaxation.PlanSearch;
import nl.kansrijk.relaxation.Relaxation;
import nl.kansrijk.relaxation.TransportModel;
import nl.kansrijk.rules.Regel;
import nl.kansrijk.solve.MatchingConfig;
import nl.kansrijk.solve.MatchingEngine;
import nl.kansrijk.solve.MatchingResult;
import nl.kansrijk.solve.PlanContext;

/** Scratch: relaxation and search figures for one instance. */
public final class Proef {
    public static void main(String[] args) {
        String naam = args[0];
        long balans = Long.parseLong(args[1]);
        MatchingProblem p = naam.matches("\\d+") ? Instanties.gegenereerd(Integer.parseInt(naam)) : Instanties.sample(naam);
        MatchingConfig config = MatchingConfig.STANDAARD;
        if (balans >= 0) config = config.withGewicht(Regel.BALANS, balans);
        PlanContext ctx = PlanContext.of(p, config);
        long t0 = System.nanoTime();
        Koppelplan plan = ctx.nieuwPlan();
        TransportModel m = new TransportModel(plan, config.gewichten());
        long t1 = System.nanoTime();
        Relaxation r = Relaxation.of(m);
        long t2 = System.nanoTime();
        double lp = 0; int splits = 0;
        long[] last = new long[m.gemeenten()];
        for (int i = 0; i < m.huishoudens(); i++) {
            int delen = 0;
            for (int k = 0; k < m.toegestaan(i).length; k++) {
                if (r.aantal(i, k) > 0) { delen++; lp += (double) m.zacht(i, k) / m.personen(i) * r.aantal(i, k); last[m.toegestaan(i)[k]] += r.aantal(i, k); }
            }
            if (delen > 1 || r.ongeplaatst(i) > 0) splits++;
        }
        for (int g = 0; g < m.gemeenten(); g++) lp += m.balans(g, last[g]);
        PlanSearch s0 = new PlanSearch(r);
        s0.run(0, 0, () -> false);
        System.out.printf("LP assignment %.0f, split %d, rounded %d%n", lp, splits, s0.zacht());
        PlanSearch s = new PlanSearch(r);
        s.run(0, 50, () -> false);
        long t3 = System.nanoTime();
        System.out.printf("model %.2fs auction %.2fs (%d bids, complete %s, LP unplaced %d) search %.2fs (%d moves)%n",
                (t1 - t0) / 1e9, (t2 - t1) / 1e9, r.biedingen(), r.volledig(), r.ongeplaatstePersonen(), (t3 - t2) / 1e9, s.zetten());
        long grens = r.bovengrens(s.ongeplaatstePersonen());
        System.out.printf("free part: search %d  bound %d  -> %.3f%%, unplaced %d%n", s.zacht(), grens, 100.0 * s.zacht() / grens, s.ongeplaatstePersonen());
        if (args.length > 2) {
            long t4 = System.nanoTime();
            MatchingResult res = new MatchingEngine().solve(ctx, v -> { });
            System.out.printf("engine %s in %.1fs bound %d -> %.3f%%%n", res.score(), (System.nanoTime() - t4) / 1e9, res.bovengrens(),
                    res.procentVanBovengrens().orElse(Double.NaN));
        }
    }
}
