package se.malstyrning.indicators.observation;

/** Final, preliminary, or missing (no value published for the period). */
public enum ObservationStatus {
    FINAL, PRELIMINARY, MISSING
}
