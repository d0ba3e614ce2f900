package se.malstyrning.indicators.fulfilment;

import org.junit.jupiter.api.Test;
import se.malstyrning.indicators.catalogue.Polarity;
import se.malstyrning.indicators.observation.SeriesPoint;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class TargetAssessmentTest {

    private static final TargetValues RAISE_70_TO_75 = new TargetValues(Polarity.HIGHER_IS_BETTER, 70, 2019, 75, 2022, 72);
    private static final TargetValues LOWER_20_TO_10 = new TargetValues(Polarity.LOWER_IS_BETTER, 20, 2019, 10, 2022, 15);

    private static TargetAssessment latest(TargetValues target, double value) {
        return TargetAssessment.of(target, List.of(new SeriesPoint(2019, target.baselineValue()), new SeriesPoint(2023, value)));
    }

    @Test
    void shouldHaveNoDataWithoutObservations() {
        TargetAssessment assessment = TargetAssessment.of(RAISE_70_TO_75, List.of());

        assertEquals(FulfilmentStatus.NO_DATA, assessment.status());
        assertNull(assessment.progressPercent());
        assertNull(assessment.latest());
        assertEquals(TrendClassification.INSUFFICIENT_DATA, assessment.trend().classification());
    }

    @Test
    void shouldBeAchievedAtTheDesiredValue() {
        assertEquals(FulfilmentStatus.ACHIEVED, latest(RAISE_70_TO_75, 75).status());
        assertEquals(100.0, latest(RAISE_70_TO_75, 75).progressPercent());
    }

    @Test
    void shouldBePartlyAchievedBetweenAcceptedAndDesired() {
        assertEquals(FulfilmentStatus.PARTLY_ACHIEVED, latest(RAISE_70_TO_75, 72).status());
        assertEquals(40.0, latest(RAISE_70_TO_75, 72).progressPercent());
    }

    @Test
    void shouldNotBeAchievedBelowTheAcceptedValue() {
        assertEquals(FulfilmentStatus.NOT_ACHIEVED, latest(RAISE_70_TO_75, 71.9).status());
    }

    @Test
    void shouldShowProgressBeyondAndBelowTheBaseline() {
        assertEquals(120.0, latest(RAISE_70_TO_75, 76).progressPercent());
        assertEquals(-20.0, latest(RAISE_70_TO_75, 69).progressPercent());
    }

    @Test
    void shouldReverseTheComparisonsWhenLowerIsBetter() {
        assertEquals(FulfilmentStatus.ACHIEVED, latest(LOWER_20_TO_10, 9).status());
        assertEquals(FulfilmentStatus.PARTLY_ACHIEVED, latest(LOWER_20_TO_10, 14).status());
        assertEquals(FulfilmentStatus.NOT_ACHIEVED, latest(LOWER_20_TO_10, 16).status());
        assertEquals(60.0, latest(LOWER_20_TO_10, 14).progressPercent());
    }

    @Test
    void shouldCountAHeldTargetAsFullProgressWhenTheBaselineEqualsTheTarget() {
        TargetValues hold = new TargetValues(Polarity.HIGHER_IS_BETTER, 90, 2019, 90, 2022, 85);

        assertEquals(100.0, latest(hold, 91).progressPercent());
        assertEquals(0.0, latest(hold, 87).progressPercent());
        assertEquals(FulfilmentStatus.PARTLY_ACHIEVED, latest(hold, 87).status());
    }

    @Test
    void shouldJudgeByTheLatestPeriodWhenYearsAreMissing() {
        TargetAssessment assessment = TargetAssessment.of(RAISE_70_TO_75,
                List.of(new SeriesPoint(2015, 80), new SeriesPoint(2019, 70), new SeriesPoint(2023, 73)));

        assertEquals(2023, assessment.latest().period());
        assertEquals(FulfilmentStatus.PARTLY_ACHIEVED, assessment.status());
    }
}
