package se.malstyrning.indicators.fulfilment;

import se.malstyrning.indicators.catalogue.Polarity;
import se.malstyrning.indicators.observation.SeriesPoint;

import java.util.List;
import java.util.Optional;

/**
 * The Open SDG progress measure: the compound annual growth rate (CAGR) from a base point to the
 * latest point. With a target, the ratio of observed to required CAGR classifies progress
 * (≥ 0.95 on track, ≥ 0.6 moderate, ≥ 0 limited, below deterioration); without one, the CAGR itself
 * with its sign flipped when lower is better (> 1 % on track, ≥ 0.5 % moderate, ≥ 0 limited).
 * The base point is the first observation in or after the baseline year (the first observation when
 * there is none); at least two points in different years, with positive values, are needed.
 */
public record Trend(TrendClassification classification, Integer basePeriod, Double observedGrowthRate,
                    Double requiredGrowthRate) {

    public static final String METHOD = "OPEN_SDG_CAGR";

    private static final double ON_TRACK_RATIO = 0.95;
    private static final double MODERATE_RATIO = 0.6;
    private static final double ON_TRACK_GROWTH = 0.01;
    private static final double MODERATE_GROWTH = 0.005;

    private static final Trend INSUFFICIENT = new Trend(TrendClassification.INSUFFICIENT_DATA, null, null, null);

    /** Progress toward a target; {@code series} is ordered by period. */
    public static Trend towardTarget(TargetValues target, List<SeriesPoint> series) {
        Optional<SeriesPoint[]> span = span(series, target.baselineYear());
        if (span.isEmpty()) {
            return INSUFFICIENT;
        }
        SeriesPoint base = span.get()[0];
        SeriesPoint latest = span.get()[1];
        double observed = cagr(base.value(), latest.value(), latest.period() - base.period());
        if (target.reaches(latest.value(), target.desiredValue())) {
            return new Trend(TrendClassification.TARGET_ACHIEVED, base.period(), observed, null);
        }
        if (target.desiredValue() <= 0) {
            return INSUFFICIENT;
        }
        double required = cagr(base.value(), target.desiredValue(), Math.max(1, target.desiredYear() - base.period()));
        if (required == 0) {
            // The base met the target exactly and the latest value no longer does.
            return new Trend(TrendClassification.DETERIORATION, base.period(), observed, required);
        }
        double ratio = observed / required;
        TrendClassification classification = ratio >= ON_TRACK_RATIO ? TrendClassification.ON_TRACK
                : ratio >= MODERATE_RATIO ? TrendClassification.MODERATE_PROGRESS
                : ratio >= 0 ? TrendClassification.LIMITED_PROGRESS
                : TrendClassification.DETERIORATION;
        return new Trend(classification, base.period(), observed, required);
    }

    /** Progress without a target, from the first point; {@code series} is ordered by period. */
    public static Trend withoutTarget(Polarity polarity, List<SeriesPoint> series) {
        Optional<SeriesPoint[]> span = span(series, Integer.MIN_VALUE);
        if (span.isEmpty()) {
            return INSUFFICIENT;
        }
        SeriesPoint base = span.get()[0];
        SeriesPoint latest = span.get()[1];
        double observed = cagr(base.value(), latest.value(), latest.period() - base.period());
        double better = polarity == Polarity.HIGHER_IS_BETTER ? observed : -observed;
        TrendClassification classification = better > ON_TRACK_GROWTH ? TrendClassification.ON_TRACK
                : better >= MODERATE_GROWTH ? TrendClassification.MODERATE_PROGRESS
                : better >= 0 ? TrendClassification.LIMITED_PROGRESS
                : TrendClassification.DETERIORATION;
        return new Trend(classification, base.period(), observed, null);
    }

    private static Optional<SeriesPoint[]> span(List<SeriesPoint> series, int baseYear) {
        if (series.size() < 2) {
            return Optional.empty();
        }
        SeriesPoint base = series.stream().filter(point -> point.period() >= baseYear).findFirst().orElse(series.getFirst());
        SeriesPoint latest = series.getLast();
        if (latest.period() <= base.period() || base.value() <= 0 || latest.value() <= 0) {
            return Optional.empty();
        }
        return Optional.of(new SeriesPoint[] {base, latest});
    }

    private static double cagr(double from, double to, int years) {
        return Math.pow(to / from, 1.0 / years) - 1;
    }
}
