package nl.kansrijk.model;

/**
 * A gemeente as a destination in one solve (the planning value): the gemeente with its region, its
 * taakstelling capacity for the period and the persons that are already bound to come there.
 * Identity-based; built once per solve by the engine.
 */
public final class Bestemming {

    private final Gemeente gemeente;
    private final int index;
    private final Arbeidsmarktregio arbeidsmarktregio;
    private final int regioIndex;
    private final Taakstelling taakstelling;
    private final long capaciteit;
    private final long vastePersonen;

    /**
     * @param gemeente the gemeente
     * @param index its position in the solve's gemeente list (0-based), used by distance tables
     * @param arbeidsmarktregio its region
     * @param regioIndex the region's position in the solve's region list
     * @param taakstelling its taakstelling for the period (a zero one when none was given)
     * @param capaciteit persons the input's households may bring: taakstelling + achterstand − gerealiseerd + tolerance
     * @param vastePersonen persons bound to come here regardless: pinned households and nareizigers of this gemeente
     */
    public Bestemming(Gemeente gemeente, int index, Arbeidsmarktregio arbeidsmarktregio, int regioIndex,
            Taakstelling taakstelling, long capaciteit, long vastePersonen) {
        this.gemeente = gemeente;
        this.index = index;
        this.arbeidsmarktregio = arbeidsmarktregio;
        this.regioIndex = regioIndex;
        this.taakstelling = taakstelling;
        this.capaciteit = capaciteit;
        this.vastePersonen = vastePersonen;
    }

    public Gemeente gemeente() { return gemeente; }
    public String code() { return gemeente.code(); }
    public int index() { return index; }
    public Arbeidsmarktregio arbeidsmarktregio() { return arbeidsmarktregio; }
    public int regioIndex() { return regioIndex; }
    public Taakstelling taakstelling() { return taakstelling; }
    public long capaciteit() { return capaciteit; }
    public long vastePersonen() { return vastePersonen; }

    /**
     * Persons allowed in all when every bound (pinned or nareiziger) household of this gemeente is placed here:
     * the capacity, or more when those households alone need more. An upper bound of {@link #toegestaneLast(long)}.
     */
    public long toegestaneLast() {
        return Math.max(capaciteit, vastePersonen);
    }

    /**
     * Persons allowed in all given the persons of bound (pinned or nareiziger) households actually placed here:
     * the capacity, or those persons when they alone need more. Room beyond the capacity exists only for them.
     */
    public long toegestaneLast(long gebondenPersonen) {
        return Math.max(capaciteit, gebondenPersonen);
    }

    @Override
    public String toString() {
        return gemeente.code() + " " + gemeente.naam();
    }
}
