package se.malstyrning.indicators.catalogue;

/** Which direction is better. */
public enum Polarity {
    HIGHER_IS_BETTER, LOWER_IS_BETTER
}
