package nl.kansrijk.baseline;

import java.util.Objects;

import nl.kansrijk.solve.MatchingEngine;
import nl.kansrijk.solve.MatchingResult;
import nl.kansrijk.solve.PlanContext;

/** The engine itself as a policy ("engine"): a full solve under the context's configuration, seed and termination. */
public final class EngineBeleid implements Plaatsingsbeleid {

    private final MatchingEngine engine;

    public EngineBeleid(MatchingEngine engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
    }

    @Override
    public String naam() {
        return "engine";
    }

    @Override
    public boolean gebruiktSeed() {
        return true;
    }

    @Override
    public MatchingResult plaats(PlanContext ctx) {
        return engine.solve(ctx, v -> { });
    }
}
