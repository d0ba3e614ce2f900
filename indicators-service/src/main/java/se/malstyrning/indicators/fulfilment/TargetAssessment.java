package se.malstyrning.indicators.fulfilment;

import se.malstyrning.indicators.observation.SeriesPoint;

import java.util.List;

/**
 * How far one target is fulfilled by its latest observation: ACHIEVED when it reaches the desired
 * value, PARTLY_ACHIEVED when it reaches the accepted value, NOT_ACHIEVED below that, NO_DATA
 * without observations. Progress is the share of the way from baseline to desired value covered
 * (over 100 beyond the target, negative when moving away); when the baseline already equals the
 * desired value it is 100 while the target is held and 0 otherwise.
 */
public record TargetAssessment(FulfilmentStatus status, SeriesPoint latest, Double progressPercent, Trend trend) {

    /** @param series the observations with values, ordered by period */
    public static TargetAssessment of(TargetValues target, List<SeriesPoint> series) {
        Trend trend = Trend.towardTarget(target, series);
        if (series.isEmpty()) {
            return new TargetAssessment(FulfilmentStatus.NO_DATA, null, null, trend);
        }
        SeriesPoint latest = series.getLast();
        FulfilmentStatus status = target.reaches(latest.value(), target.desiredValue()) ? FulfilmentStatus.ACHIEVED
                : target.reaches(latest.value(), target.acceptedValue()) ? FulfilmentStatus.PARTLY_ACHIEVED
                : FulfilmentStatus.NOT_ACHIEVED;
        return new TargetAssessment(status, latest, progress(target, latest.value(), status), trend);
    }

    /**
     * Whether the year of the fulfilment (the as-of year, or without one the latest observation's) has reached
     * the target's year: from then on the status is the judgement against that target, before it the way so far.
     * Null without an as-of year and without observations.
     */
    public static Boolean targetYearReached(int desiredYear, java.util.Optional<Integer> asOfYear, SeriesPoint latest) {
        Integer year = asOfYear.orElse(latest == null ? null : latest.period());
        return year == null ? null : year >= desiredYear;
    }

    private static double progress(TargetValues target, double latest, FulfilmentStatus status) {
        double distance = target.desiredValue() - target.baselineValue();
        if (distance == 0) {
            return status == FulfilmentStatus.ACHIEVED ? 100.0 : 0.0;
        }
        return Math.round((latest - target.baselineValue()) / distance * 1000.0) / 10.0;
    }
}
