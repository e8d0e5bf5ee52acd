package nl.kansrijk.model;

import java.util.List;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.common.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

/**
 * A household placed as one unit (plaatsingseenheid), the planning entity: the solver chooses its
 * {@link Bestemming}, or leaves it unplaced. Pinned (vastgezet) units keep the gemeente of their existing koppeling.
 */
@PlanningEntity(comparatorClass = PlaatsingseenheidMoeilijkheid.class)
public class Plaatsingseenheid {

    @PlanningId
    private String id;
    private Huishouden huishouden;
    private Huishoudprofiel profiel;
    private List<Bestemming> toegestaan;
    @PlanningPin
    private boolean vastgezet;
    @PlanningVariable(valueRangeProviderRefs = "toegestaan", allowsUnassigned = true)
    private Bestemming bestemming;

    /** For the solver's cloning only. */
    public Plaatsingseenheid() {
    }

    /**
     * @param huishouden the household as given
     * @param profiel its facts precomputed for this solve
     * @param toegestaan the gemeenten that pass the hard per-household rules (the value range)
     * @param vastgezet whether the household is pinned to {@code bestemming}
     * @param bestemming the current gemeente, or {@code null}
     */
    public Plaatsingseenheid(Huishouden huishouden, Huishoudprofiel profiel, List<Bestemming> toegestaan,
            boolean vastgezet, Bestemming bestemming) {
        this.id = huishouden.id();
        this.huishouden = huishouden;
        this.profiel = profiel;
        this.toegestaan = toegestaan;
        this.vastgezet = vastgezet;
        this.bestemming = bestemming;
    }

    public String getId() { return id; }
    public Huishouden getHuishouden() { return huishouden; }
    public Huishoudprofiel getProfiel() { return profiel; }
    public int getPersonen() { return profiel.personen(); }
    public boolean isVastgezet() { return vastgezet; }

    /**
     * Persons that are bound to the current gemeente: all of them for a pinned household, or for a nareiziger
     * placed with its family; 0 otherwise (and when unplaced). Room beyond a taakstelling exists only for these.
     */
    public int getGebondenPersonen() {
        return bestemming == null ? 0 : gebondenPersonenIn(bestemming);
    }

    /** Persons that would be bound in {@code b}: all of a pinned household, or of a nareiziger of {@code b}; else 0. */
    public int gebondenPersonenIn(Bestemming b) {
        return vastgezet || profiel.nareizigerIndex() == b.index() ? profiel.personen() : 0;
    }

    /**
     * The gemeente of the family this household travels after, when it is a nareiziger and the hard rules allow
     * that gemeente for it; else {@code null}.
     */
    public Bestemming getFamilieBestemming() {
        int g = profiel.nareizigerIndex();
        if (g < 0 || vastgezet) {
            return null;
        }
        for (Bestemming b : toegestaan) {
            if (b.index() == g) {
                return b;
            }
        }
        return null;
    }

    /** The gemeenten this household may be placed in: those passing hard rules 2–6 (or the pinned one). */
    @ValueRangeProvider(id = "toegestaan")
    public List<Bestemming> getToegestaan() { return toegestaan; }

    /**
     * How the household counts in the groups of the groepsgelijkheid rule ({@link Groepsindeling#delen}): one part
     * (the whole household) under a grouping of households, a part per sex among its adults under
     * {@code geslacht_volwassenen}; empty when that rule is off or the household counts in no group.
     */
    public java.util.List<Groepsdeel> getGroepsdelen() {
        return profiel.groepsdelen() == null ? java.util.List.of() : profiel.groepsdelen();
    }

    /** Whether the household counts in a group of the groepsgelijkheid rule (the rule on). */
    public boolean heeftGroep() { return profiel.groepsdelen() != null && !profiel.groepsdelen().isEmpty(); }

    /**
     * The household's one group under a grouping of households; {@code null} when the rule is off or the household
     * counts in more than one group or in none (see {@link #getGroepsdelen()}).
     */
    public String getGroep() {
        java.util.List<Groepsdeel> d = getGroepsdelen();
        return d.size() == 1 ? d.get(0).groep() : null;
    }

    /** The groepsgelijkheid rule's fixed reference in soft points per person (0 when that rule is off). */
    public long getGroepReferentie() { return profiel.groepReferentie(); }

    /** The household's soft score from the soft per-household rules where it is now (0 when unplaced or the rule is off). */
    public long getZachtePunten() {
        return bestemming == null || profiel.zachtePunten() == null ? 0 : profiel.zachtePunten()[bestemming.index()];
    }

    public Bestemming getBestemming() { return bestemming; }
    public void setBestemming(Bestemming bestemming) { this.bestemming = bestemming; }

    @Override
    public String toString() {
        return id + "->" + (bestemming == null ? "-" : bestemming.code());
    }
}
