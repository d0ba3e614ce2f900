package se.malstyrning.indicators.target;

import org.junit.jupiter.api.Test;
import se.malstyrning.indicators.catalogue.Polarity;
import se.malstyrning.runtime.problem.ProblemException;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TargetRulesTest {

    private static TargetRequest target(double desired, double accepted, int baselineYear, int desiredYear) {
        return new TargetRequest(UUID.randomUUID(), UUID.randomUUID(), "0665", 70.0, baselineYear, desired, desiredYear,
                accepted, Direction.INCREASE);
    }

    private static String failedField(Polarity polarity, TargetRequest request) {
        return assertThrows(ProblemException.class, () -> TargetRules.check(polarity, request))
                .problem().errors().getFirst().field();
    }

    @Test
    void shouldAcceptAThresholdBelowTheDesiredValueWhenHigherIsBetter() {
        assertDoesNotThrow(() -> TargetRules.check(Polarity.HIGHER_IS_BETTER, target(75, 72, 2019, 2022)));
    }

    @Test
    void shouldRefuseAThresholdAboveTheDesiredValueWhenHigherIsBetter() {
        assertEquals("acceptedValue", failedField(Polarity.HIGHER_IS_BETTER, target(75, 76, 2019, 2022)));
    }

    @Test
    void shouldRefuseAThresholdBelowTheDesiredValueWhenLowerIsBetter() {
        assertEquals("acceptedValue", failedField(Polarity.LOWER_IS_BETTER, target(10, 9, 2019, 2022)));
    }

    @Test
    void shouldAcceptAThresholdEqualToTheDesiredValue() {
        assertDoesNotThrow(() -> TargetRules.check(Polarity.LOWER_IS_BETTER, target(10, 10, 2019, 2022)));
    }

    @Test
    void shouldRefuseADesiredYearBeforeTheBaselineYear() {
        assertEquals("desiredYear", failedField(Polarity.HIGHER_IS_BETTER, target(75, 72, 2022, 2019)));
    }
}
