package se.malstyrning.indicators.fulfilment;

import org.junit.jupiter.api.Test;
import se.malstyrning.indicators.catalogue.Polarity;
import se.malstyrning.indicators.observation.SeriesPoint;

import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TrendTest {

    private static final TargetValues RISE_TO_121_BY_2022 = new TargetValues(Polarity.HIGHER_IS_BETTER, 100, 2020, 121, 2022, 110);
    private static final TargetValues FALL_TO_81_BY_2022 = new TargetValues(Polarity.LOWER_IS_BETTER, 100, 2020, 81, 2022, 90);

    private static List<SeriesPoint> series(double... valuesFrom2020) {
        return IntStream.range(0, valuesFrom2020.length)
                .mapToObj(i -> new SeriesPoint(2020 + i, valuesFrom2020[i])).toList();
    }

    @Test
    void shouldNeedTwoPointsToComputeATrend() {
        assertEquals(TrendClassification.INSUFFICIENT_DATA, Trend.towardTarget(RISE_TO_121_BY_2022, series(100)).classification());
        assertEquals(TrendClassification.INSUFFICIENT_DATA, Trend.towardTarget(RISE_TO_121_BY_2022, List.of()).classification());
    }

    @Test
    void shouldBeOnTrackWhenGrowingAtTheRequiredRate() {
        Trend trend = Trend.towardTarget(RISE_TO_121_BY_2022, series(100, 110));

        assertEquals(TrendClassification.ON_TRACK, trend.classification());
        assertEquals(0.10, trend.observedGrowthRate(), 1e-9);
        assertEquals(0.10, trend.requiredGrowthRate(), 1e-9);
    }

    @Test
    void shouldBeModerateBetweenSixtyAndNinetyFivePercentOfTheRequiredRate() {
        assertEquals(TrendClassification.MODERATE_PROGRESS, Trend.towardTarget(RISE_TO_121_BY_2022, series(100, 107)).classification());
    }

    @Test
    void shouldBeLimitedBelowSixtyPercentOfTheRequiredRate() {
        assertEquals(TrendClassification.LIMITED_PROGRESS, Trend.towardTarget(RISE_TO_121_BY_2022, series(100, 103)).classification());
    }

    @Test
    void shouldSeeDeteriorationWhenMovingAwayFromTheTarget() {
        assertEquals(TrendClassification.DETERIORATION, Trend.towardTarget(RISE_TO_121_BY_2022, series(100, 95)).classification());
    }

    @Test
    void shouldSayTargetAchievedOnceTheDesiredValueIsReached() {
        assertEquals(TrendClassification.TARGET_ACHIEVED, Trend.towardTarget(RISE_TO_121_BY_2022, series(100, 110, 125)).classification());
    }

    @Test
    void shouldTreatFallingValuesAsProgressWhenLowerIsBetter() {
        assertEquals(TrendClassification.ON_TRACK, Trend.towardTarget(FALL_TO_81_BY_2022, series(100, 90)).classification());
        assertEquals(TrendClassification.DETERIORATION, Trend.towardTarget(FALL_TO_81_BY_2022, series(100, 105)).classification());
    }

    @Test
    void shouldMeasureOverTheActualYearsWhenYearsAreMissing() {
        List<SeriesPoint> gap = List.of(new SeriesPoint(2020, 100), new SeriesPoint(2022, 121));
        TargetValues riseTo146By2024 = new TargetValues(Polarity.HIGHER_IS_BETTER, 100, 2020, 146.41, 2024, 120);

        Trend trend = Trend.towardTarget(riseTo146By2024, gap);

        assertEquals(0.10, trend.observedGrowthRate(), 1e-9);
        assertEquals(TrendClassification.ON_TRACK, trend.classification());
    }

    @Test
    void shouldMeasureFromTheBaselineYearNotTheFirstObservation() {
        List<SeriesPoint> long10Years = List.of(new SeriesPoint(2015, 50), new SeriesPoint(2020, 100), new SeriesPoint(2021, 110));

        assertEquals(2020, Trend.towardTarget(RISE_TO_121_BY_2022, long10Years).basePeriod());
    }

    @Test
    void shouldSeeDeteriorationWhenTheBaselineEqualledTheTargetAndTheValueFell() {
        TargetValues hold100 = new TargetValues(Polarity.HIGHER_IS_BETTER, 100, 2020, 100, 2022, 95);

        assertEquals(TrendClassification.DETERIORATION, Trend.towardTarget(hold100, series(100, 98)).classification());
        assertEquals(TrendClassification.TARGET_ACHIEVED, Trend.towardTarget(hold100, series(100, 100)).classification());
    }

    @Test
    void shouldNotComputeAGrowthRateFromZero() {
        assertEquals(TrendClassification.INSUFFICIENT_DATA, Trend.towardTarget(RISE_TO_121_BY_2022, series(0, 10)).classification());
    }

    @Test
    void shouldClassifyGrowthItselfWithoutATarget() {
        assertEquals(TrendClassification.ON_TRACK, Trend.withoutTarget(Polarity.HIGHER_IS_BETTER, series(100, 102)).classification());
        assertEquals(TrendClassification.MODERATE_PROGRESS, Trend.withoutTarget(Polarity.HIGHER_IS_BETTER, series(100, 100.7)).classification());
        assertEquals(TrendClassification.LIMITED_PROGRESS, Trend.withoutTarget(Polarity.HIGHER_IS_BETTER, series(100, 100.2)).classification());
        assertEquals(TrendClassification.DETERIORATION, Trend.withoutTarget(Polarity.HIGHER_IS_BETTER, series(100, 99)).classification());
    }

    @Test
    void shouldFlipTheSignWithoutATargetWhenLowerIsBetter() {
        assertEquals(TrendClassification.ON_TRACK, Trend.withoutTarget(Polarity.LOWER_IS_BETTER, series(100, 95)).classification());
        assertEquals(TrendClassification.DETERIORATION, Trend.withoutTarget(Polarity.LOWER_IS_BETTER, series(100, 105)).classification());
    }
}
