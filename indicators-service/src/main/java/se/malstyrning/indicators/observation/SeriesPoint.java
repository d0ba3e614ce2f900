package se.malstyrning.indicators.observation;

/** One value of a time series. */
public record SeriesPoint(int period, double value) {
}
