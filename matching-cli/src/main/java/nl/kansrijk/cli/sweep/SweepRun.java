package nl.kansrijk.cli.sweep;

import java.util.ArrayList;
import java.util.List;

import nl.kansrijk.baseline.Beleidsregister;
import nl.kansrijk.baseline.Plaatsingsbeleid;
import nl.kansrijk.solve.MatchingConfig;
import nl.kansrijk.solve.MatchingEngine;

/**
 * One run of a sweep: a policy under one configuration and seed.
 *
 * @param index position in the sweep, 0-based; the row order of sweep.csv and the key for sharding
 * @param beleid the policy's name ({@code engine} or a baseline)
 * @param instelling the weight setting for an engine run, or {@code null} for a baseline (which uses the base configuration)
 * @param config the full configuration, seed included
 */
public record SweepRun(int index, String beleid, Instelling instelling, MatchingConfig config) {

    /**
     * Every run of a grid in a fixed order: each setting with each seed (engine), then each baseline, once per seed
     * when it uses the seed (random) or once with the first seed when it does not.
     */
    public static List<SweepRun> alle(Grid grid, MatchingEngine engine) {
        List<SweepRun> runs = new ArrayList<>();
        for (Instelling i : grid.instellingen()) {
            for (long seed : grid.seeds()) {
                runs.add(new SweepRun(runs.size(), "engine", i, i.config().withSeed(seed)));
            }
        }
        for (String naam : grid.baselines()) {
            Plaatsingsbeleid b = Beleidsregister.vanNaam(naam, engine).orElseThrow();
            for (long seed : b.gebruiktSeed() ? grid.seeds() : grid.seeds().subList(0, 1)) {
                runs.add(new SweepRun(runs.size(), naam, null, grid.basis().withSeed(seed)));
            }
        }
        return List.copyOf(runs);
    }

    /** The runs the report details: the first engine run of setting {@code instelling}, then the first run of each baseline. */
    public static List<Integer> detailRuns(List<SweepRun> alle, int instelling) {
        java.util.Set<Integer> out = new java.util.LinkedHashSet<>();
        alle.stream().filter(r -> r.instelling() != null && r.instelling().index() == instelling).findFirst()
                .ifPresent(r -> out.add(r.index()));
        java.util.Set<String> gezien = new java.util.HashSet<>();
        for (SweepRun r : alle) {
            if (r.instelling() == null && gezien.add(r.beleid())) {
                out.add(r.index());
            }
        }
        return List.copyOf(out);
    }

    /** Whether this run belongs to shard {@code i} of {@code n}: index modulo n equals i. */
    public boolean inShard(int i, int n) {
        return index % n == i;
    }
}
