package nl.kansrijk.benchmarks.tuning;

import java.util.LinkedHashMap;
import java.util.Map;

import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicType;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.CartesianProductMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchType;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import nl.kansrijk.model.Koppelplan;
import nl.kansrijk.model.Plaatsingseenheid;
import nl.kansrijk.solve.KoppelingConstraints;

/**
 * A solver configuration to compare, written as {@code key=value} pairs separated by {@code ;}:
 * {@code ch} (construction heuristic type; {@code FIRST_FIT_DECREASING} uses the entity's difficulty comparator), {@code ls} (local search type), {@code la} (late acceptance size),
 * {@code tabu} (entity tabu size), {@code accepted} (forager accepted count limit), {@code moves}
 * ({@code change}, {@code swap}, {@code change+swap} or {@code change+swap+combi}: also a change combined with a swap). The empty text is Timefold's default, as the engine
 * used before tuning. Same domain and constraints as the engine; only the phases differ.
 */
public record SolverVariant(String naam, Map<String, String> opties) {

    /** Parses {@code naam:key=value;key=value}; a text without {@code :} is the name with no options. */
    public static SolverVariant parse(String text) {
        int c = text.indexOf(':');
        String naam = c < 0 ? text : text.substring(0, c);
        Map<String, String> opties = new LinkedHashMap<>();
        if (c >= 0) {
            for (String kv : text.substring(c + 1).split(";")) {
                if (kv.isBlank()) {
                    continue;
                }
                String[] p = kv.split("=", 2);
                if (p.length != 2) {
                    throw new IllegalArgumentException("option '" + kv + "' is not key=value");
                }
                opties.put(p[0].trim(), p[1].trim());
            }
        }
        return new SolverVariant(naam, Map.copyOf(opties));
    }

    /** The solver configuration with the given termination and seed. */
    public SolverConfig solverConfig(TerminationConfig termination, long seed) {
        SolverConfig config = basis(termination, seed);
        if (opties.isEmpty()) {
            return config;
        }
        return config.withPhases(constructie(), lokaal());
    }

    /** The configuration with the local-search phase only, for a plan that is already complete. */
    public SolverConfig lokaalZoeken(TerminationConfig termination, long seed) {
        return basis(termination, seed).withPhases(lokaal());
    }

    private static SolverConfig basis(TerminationConfig termination, long seed) {
        return new SolverConfig()
                .withSolutionClass(Koppelplan.class)
                .withEntityClasses(Plaatsingseenheid.class)
                .withConstraintProviderClass(KoppelingConstraints.class)
                .withEnvironmentMode(EnvironmentMode.NO_ASSERT)
                .withRandomSeed(seed)
                .withTerminationConfig(termination);
    }

    private ConstructionHeuristicPhaseConfig constructie() {
        ConstructionHeuristicPhaseConfig ch = new ConstructionHeuristicPhaseConfig();
        if (opties.containsKey("ch")) {
            ch.setConstructionHeuristicType(ConstructionHeuristicType.valueOf(opties.get("ch")));
        }
        return ch;
    }

    private LocalSearchPhaseConfig lokaal() {
        LocalSearchPhaseConfig ls = new LocalSearchPhaseConfig();
        if (opties.containsKey("ls")) {
            ls.setLocalSearchType(LocalSearchType.valueOf(opties.get("ls")));
        }
        LocalSearchAcceptorConfig acceptor = null;
        if (opties.containsKey("la")) {
            acceptor = new LocalSearchAcceptorConfig().withLateAcceptanceSize(Integer.parseInt(opties.get("la")));
        }
        if (opties.containsKey("tabu")) {
            acceptor = (acceptor == null ? new LocalSearchAcceptorConfig() : acceptor)
                    .withEntityTabuSize(Integer.parseInt(opties.get("tabu")));
        }
        if (acceptor != null) {
            ls.setAcceptorConfig(acceptor);
        }
        if (opties.containsKey("accepted")) {
            ls.setForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(Integer.parseInt(opties.get("accepted"))));
        }
        String moves = opties.getOrDefault("moves", "change+swap");
        ls.setMoveSelectorConfig(switch (moves) {
            case "change" -> new ChangeMoveSelectorConfig();
            case "swap" -> new SwapMoveSelectorConfig();
            case "change+swap" -> new UnionMoveSelectorConfig().withMoveSelectors(new ChangeMoveSelectorConfig(), new SwapMoveSelectorConfig());
            case "change+swap+combi" -> new UnionMoveSelectorConfig().withMoveSelectors(
                    new ChangeMoveSelectorConfig(), new SwapMoveSelectorConfig(), new CartesianProductMoveSelectorConfig()
                            .withMoveSelectors(new ChangeMoveSelectorConfig(), new SwapMoveSelectorConfig()));
            default -> throw new IllegalArgumentException("moves must be change, swap, change+swap or change+swap+combi, is " + moves);
        });
        return ls;
    }
}
