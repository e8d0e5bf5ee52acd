package nl.kansrijk.rules;

/** What a rule judges (its scope): a household in a gemeente, a household left unplaced, a gemeente's load, or groups. */
public enum Bereik {
    /** A household placed in a gemeente: the rule has a point function of the two ({@link Regel#punten}). */
    HUISHOUDEN,
    /** A household left unplaced (niet-geplaatst, voorrang-gebonden). */
    ONGEPLAATST,
    /** A gemeente's load (taakstelling, balans). */
    GEMEENTE,
    /** Groups of households over the whole plan (groepsgelijkheid). */
    GROEP
}
