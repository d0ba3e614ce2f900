package se.malstyrning.indicators.catalogue;

/** Faktisk (actual) or upplevd (perceived) quality. */
public enum Quality {
    ACTUAL, PERCEIVED
}
