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
