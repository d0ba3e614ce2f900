package se.malstyrning.indicators.fulfilment;

/** Open SDG's progress categories, plus the cases where no growth rate can be computed. */
public enum TrendClassification {
    TARGET_ACHIEVED, ON_TRACK, MODERATE_PROGRESS, LIMITED_PROGRESS, DETERIORATION, INSUFFICIENT_DATA
}
