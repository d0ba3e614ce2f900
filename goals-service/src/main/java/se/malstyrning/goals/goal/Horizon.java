package se.malstyrning.goals.goal;

/** Structural (effect over one or more mandate periods) or short-term (yearly or every second year). */
public enum Horizon {
    STRUCTURAL, SHORT_TERM
}
