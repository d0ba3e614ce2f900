package se.malstyrning.indicators.fulfilment;

/** Måluppfyllelse of a target or a goal, as computed from the observations. */
public enum FulfilmentStatus {
    ACHIEVED, PARTLY_ACHIEVED, NOT_ACHIEVED, NO_DATA
}
