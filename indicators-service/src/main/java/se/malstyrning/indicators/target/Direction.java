package se.malstyrning.indicators.target;

/** Where the value should move toward 2030. */
public enum Direction {
    INCREASE, DECREASE, MAINTAIN
}
