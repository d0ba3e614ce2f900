package se.malstyrning.indicators.observation;

import java.util.List;

/** The observations of one indicator, area and period, one per gender. */
public record PeriodRow(String indicatorCode, String area, int period, List<GenderValue> values) {

    public record GenderValue(Gender gender, Double value, ObservationStatus status) {
    }

    boolean sameKey(String code, String otherArea, int otherPeriod) {
        return indicatorCode.equals(code) && area.equals(otherArea) && period == otherPeriod;
    }
}
