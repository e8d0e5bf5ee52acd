package nl.kansrijk.rules;

/** The score level a rule counts on: hard (must hold), medium (placing everyone) or soft (quality). */
public enum Niveau {
    HARD, MEDIUM, SOFT
}
