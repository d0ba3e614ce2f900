package se.malstyrning.indicators.catalogue;

/** How often a value is measured. */
public enum Frequency {
    YEARLY, EVERY_SECOND_YEAR, PER_MANDATE_PERIOD
}
