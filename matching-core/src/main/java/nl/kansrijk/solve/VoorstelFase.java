package nl.kansrijk.solve;

import java.util.ArrayList;
import java.util.List;

import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import ai.timefold.solver.core.api.solver.phase.PhaseCommandContext;
import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningSolutionMetaModel;
import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningVariableMetaModel;
import nl.kansrijk.model.Bestemming;
import nl.kansrijk.model.Koppelplan;
import nl.kansrijk.model.Plaatsingseenheid;

/**
 * The solver's first phase: puts every household that is not pinned at the gemeente of the plan's
 * {@link Koppelplan#getVoorstel() voorstel} (the plan the relaxation and its search built), as one move, so that
 * Timefold scores the plan with the constraint provider and local search goes on from there.
 */
public final class VoorstelFase implements PhaseCommand<Koppelplan> {

    private static final PlanningVariableMetaModel<Koppelplan, Plaatsingseenheid, Bestemming> BESTEMMING =
            PlanningSolutionMetaModel.of(Koppelplan.class, Plaatsingseenheid.class)
                    .genuineEntity(Plaatsingseenheid.class).basicVariable("bestemming", Bestemming.class);

    @Override
    public void changeWorkingSolution(PhaseCommandContext<Koppelplan> context) {
        // read the working solution (a move that changes nothing), then make every change as one move
        List<Wijziging> wijzigingen = context.executeTemporarily(view -> { }, VoorstelFase::wijzigingen);
        if (wijzigingen.isEmpty()) {
            return;
        }
        context.execute(view -> {
            for (Wijziging w : wijzigingen) {
                view.changeVariable(BESTEMMING, w.eenheid(), w.bestemming());
            }
        });
    }

    private record Wijziging(Plaatsingseenheid eenheid, Bestemming bestemming) {
    }

    private static List<Wijziging> wijzigingen(Koppelplan plan) {
        List<Bestemming> voorstel = plan.getVoorstel();
        List<Wijziging> out = new ArrayList<>();
        if (voorstel == null) {
            return out;
        }
        List<Plaatsingseenheid> eenheden = plan.getEenheden();
        for (int i = 0; i < eenheden.size(); i++) {
            Plaatsingseenheid p = eenheden.get(i);
            if (!p.isVastgezet() && p.getBestemming() != voorstel.get(i)) {
                out.add(new Wijziging(p, voorstel.get(i)));
            }
        }
        return out;
    }
}
