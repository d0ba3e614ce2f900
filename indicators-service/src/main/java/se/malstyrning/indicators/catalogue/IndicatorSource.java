package se.malstyrning.indicators.catalogue;

/** Where the values come from. */
public enum IndicatorSource {
    KOLADA, SCB, LOCAL_SURVEY, OTHER
}
