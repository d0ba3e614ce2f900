package se.malstyrning.indicators.fulfilment;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.malstyrning.indicators.fulfilment.FulfilmentStatus.ACHIEVED;
import static se.malstyrning.indicators.fulfilment.FulfilmentStatus.NOT_ACHIEVED;
import static se.malstyrning.indicators.fulfilment.FulfilmentStatus.NO_DATA;
import static se.malstyrning.indicators.fulfilment.FulfilmentStatus.PARTLY_ACHIEVED;

class GoalRuleTest {

    @Test
    void shouldHaveNoDataWithoutTargets() {
        assertEquals(NO_DATA, GoalRule.aggregate(List.of()));
    }

    @Test
    void shouldHaveNoDataWhenNoTargetHasData() {
        assertEquals(NO_DATA, GoalRule.aggregate(List.of(NO_DATA, NO_DATA)));
    }

    @Test
    void shouldBeAchievedWhenEveryTargetWithDataIsAchieved() {
        assertEquals(ACHIEVED, GoalRule.aggregate(List.of(ACHIEVED, NO_DATA, ACHIEVED)));
    }

    @Test
    void shouldNotBeAchievedWhenNoTargetWithDataIsReached() {
        assertEquals(NOT_ACHIEVED, GoalRule.aggregate(List.of(NOT_ACHIEVED, NO_DATA)));
    }

    @Test
    void shouldBePartlyAchievedOtherwise() {
        assertEquals(PARTLY_ACHIEVED, GoalRule.aggregate(List.of(ACHIEVED, NOT_ACHIEVED)));
        assertEquals(PARTLY_ACHIEVED, GoalRule.aggregate(List.of(PARTLY_ACHIEVED)));
    }
}
