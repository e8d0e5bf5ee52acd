package nl.kansrijk.baseline;

import java.util.Collections;
import java.util.List;
import java.util.Random;

import nl.kansrijk.model.Koppelplan;
import nl.kansrijk.model.Plaatsingseenheid;
import nl.kansrijk.solve.MatchingResult;
import nl.kansrijk.solve.PlanContext;

/**
 * Baseline "willekeurig" (random placement): households in a random order, each to a gemeente drawn uniformly
 * from those that pass its hard rules and still have room for it; soft rules play no part. Seeded with the
 * configuration's seed, so the same seed gives the same plan. Shows what the hard rules and the taakstelling
 * alone achieve.
 */
public final class WillekeurigBeleid implements Plaatsingsbeleid {

    @Override
    public String naam() {
        return "willekeurig";
    }

    @Override
    public boolean gebruiktSeed() {
        return true;
    }

    @Override
    public MatchingResult plaats(PlanContext ctx) {
        Random random = new Random(ctx.config().seed());
        Koppelplan plan = ctx.nieuwPlan();
        List<Plaatsingseenheid> volgorde = Opeenvolgend.vrij(plan);
        Collections.shuffle(volgorde, random);
        return Opeenvolgend.plaats(ctx, plan, volgorde, (p, haalbaar, lasten) -> haalbaar.get(random.nextInt(haalbaar.size())));
    }
}
