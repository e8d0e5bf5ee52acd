package nl.kansrijk.model;

import java.util.List;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.score.HardMediumSoftScore;

/** A plan of koppelingen for one period (the planning solution): every household with its gemeente, and the score. */
@PlanningSolution
public class Koppelplan {

    @ProblemFactCollectionProperty
    private List<Bestemming> bestemmingen;
    @PlanningEntityCollectionProperty
    private List<Plaatsingseenheid> eenheden;
    private ConstraintWeightOverrides<HardMediumSoftScore> gewichten;
    @PlanningScore
    private HardMediumSoftScore score;

    /** For the solver's cloning only. */
    public Koppelplan() {
    }

    public Koppelplan(List<Bestemming> bestemmingen, List<Plaatsingseenheid> eenheden,
            ConstraintWeightOverrides<HardMediumSoftScore> gewichten) {
        this.bestemmingen = bestemmingen;
        this.eenheden = eenheden;
        this.gewichten = gewichten;
    }

    public List<Bestemming> getBestemmingen() { return bestemmingen; }
    public void setBestemmingen(List<Bestemming> bestemmingen) { this.bestemmingen = bestemmingen; }
    public List<Plaatsingseenheid> getEenheden() { return eenheden; }
    public void setEenheden(List<Plaatsingseenheid> eenheden) { this.eenheden = eenheden; }
    public ConstraintWeightOverrides<HardMediumSoftScore> getGewichten() { return gewichten; }
    public void setGewichten(ConstraintWeightOverrides<HardMediumSoftScore> gewichten) { this.gewichten = gewichten; }
    public HardMediumSoftScore getScore() { return score; }
    public void setScore(HardMediumSoftScore score) { this.score = score; }
}
