package se.malstyrning.indicators.catalogue;

/** Structural (effect over mandate periods) or short-term (yearly or every second year). */
public enum Horizon {
    STRUCTURAL, SHORT_TERM
}
