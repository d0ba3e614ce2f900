package se.malstyrning.indicators.observation;

import java.util.List;

/**
 * The observations of one indicator, area and period, one per gender; for a municipality group the
 * unweighted mean of its members, {@code count} telling how many members have a value.
 */
public record PeriodRow(String indicatorCode, String area, int period, List<GenderValue> values) {

    public record GenderValue(Gender gender, Double value, ObservationStatus status, int count) {
    }

    boolean sameKey(String code, String otherArea, int otherPeriod) {
        return indicatorCode.equals(code) && area.equals(otherArea) && period == otherPeriod;
    }
}
