package nl.kansrijk.benchmarks.tuning;

import java.util.LinkedHashMap;
import java.util.Map;

import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicType;
import ai.timefold.solver.core.config.constructionheuristic.placer.QueuedEntityPlacerConfig;
import ai.timefold.solver.core.config.heuristic.selector.common.SelectionCacheType;
import ai.timefold.solver.core.config.heuristic.selector.common.SelectionOrder;
import ai.timefold.solver.core.config.heuristic.selector.common.decorator.SelectionSorterOrder;
import ai.timefold.solver.core.config.heuristic.selector.entity.EntitySelectorConfig;
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
 * {@code ch} (construction heuristic type, or {@code GROOTSTE_EERST}: first fit decreasing by persons), {@code ls} (local search type), {@code la} (late acceptance size),
 * {@code tabu} (entity tabu size), {@code accepted} (forager accepted count limit), {@code moves}
 * ({@code change}, {@code swap} or {@code change+swap}). The empty text is Timefold's default, as the engine
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
        SolverConfig config = new SolverConfig()
                .withSolutionClass(Koppelplan.class)
                .withEntityClasses(Plaatsingseenheid.class)
                .withConstraintProviderClass(KoppelingConstraints.class)
                .withEnvironmentMode(EnvironmentMode.NO_ASSERT)
                .withRandomSeed(seed)
                .withTerminationConfig(termination);
        if (opties.isEmpty()) {
            return config;
        }
        ConstructionHeuristicPhaseConfig ch = new ConstructionHeuristicPhaseConfig();
        if ("GROOTSTE_EERST".equals(opties.get("ch"))) {
            // First fit decreasing by persons: the largest households choose first, small ones fill the gaps.
            ch.setEntityPlacerConfig(new QueuedEntityPlacerConfig()
                    .withEntitySelectorConfig(new EntitySelectorConfig().withId("grootsteEerst")
                            .withCacheType(SelectionCacheType.PHASE).withSelectionOrder(SelectionOrder.SORTED)
                            .withComparatorClass(PersonenVergelijker.class)
                            .withSorterOrder(SelectionSorterOrder.DESCENDING))
                    .withMoveSelectorConfigs(new ChangeMoveSelectorConfig()
                            .withEntitySelectorConfig(new EntitySelectorConfig().withMimicSelectorRef("grootsteEerst"))));
        } else if (opties.containsKey("ch")) {
            ch.setConstructionHeuristicType(ConstructionHeuristicType.valueOf(opties.get("ch")));
        }
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
            default -> throw new IllegalArgumentException("moves must be change, swap or change+swap, is " + moves);
        });
        return config.withPhases(ch, ls);
    }
}
