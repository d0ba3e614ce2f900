package se.malstyrning.indicators.fulfilment;

import org.junit.jupiter.api.Test;
import se.malstyrning.indicators.client.Goal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.malstyrning.indicators.fulfilment.FulfilmentStatus.ACHIEVED;
import static se.malstyrning.indicators.fulfilment.FulfilmentStatus.NOT_ACHIEVED;
import static se.malstyrning.indicators.fulfilment.FulfilmentStatus.NO_DATA;
import static se.malstyrning.indicators.fulfilment.FulfilmentStatus.PARTLY_ACHIEVED;

class RollUpTest {

    private static Goal goal(UUID id, String level, UUID parent, List<UUID> contributesTo) {
        return new Goal(id, level + "-" + id.toString().substring(0, 4), level, "ADOPTED", "KF", null, parent, contributesTo,
                null, null, null);
    }

    @Test
    void shouldRollUpAGoalsFulfilmentFromItsSubGoalsAndContributingBoardGoals() {
        UUID council = UUID.randomUUID();
        UUID boardAchieving = UUID.randomUUID();
        UUID boardFailing = UUID.randomUUID();
        UUID subGoal = UUID.randomUUID();
        List<Goal> tree = List.of(goal(council, "COUNCIL", null, List.of()),
                goal(boardAchieving, "BOARD", null, List.of(council)),
                goal(boardFailing, "BOARD", null, List.of(council)),
                goal(subGoal, "SUB_GOAL", boardFailing, List.of()));
        RollUp rollUp = new RollUp(tree, Map.of(council, List.of(NOT_ACHIEVED), boardAchieving, List.of(ACHIEVED),
                subGoal, List.of(NOT_ACHIEVED)));

        RollUp.Result result = rollUp.of(council);

        assertEquals(PARTLY_ACHIEVED, result.status());
        assertEquals(Map.of(boardAchieving, ACHIEVED, boardFailing, NOT_ACHIEVED), result.contributions().stream()
                .collect(java.util.stream.Collectors.toMap(contribution -> contribution.goal().id(), RollUp.Contribution::status)));
        assertEquals(NOT_ACHIEVED, rollUp.of(boardFailing).status());
        assertEquals(NOT_ACHIEVED, rollUp.overall(boardFailing));
    }

    @Test
    void shouldRollUpToNoDataWhenNoContributingGoalHasData() {
        UUID council = UUID.randomUUID();
        UUID board = UUID.randomUUID();
        RollUp rollUp = new RollUp(List.of(goal(council, "COUNCIL", null, List.of()), goal(board, "BOARD", null, List.of(council))),
                Map.of(council, List.of(ACHIEVED)));

        assertEquals(NO_DATA, rollUp.of(council).status());
        assertTrue(rollUp.of(board).contributions().isEmpty());
    }
}
