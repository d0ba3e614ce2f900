package se.malstyrning.goals.goal;

import se.malstyrning.goals.lifecycle.GoalStatus;

import java.util.Set;
import java.util.UUID;

/** Which goals a list shows; statuses already narrowed to what the caller may see. */
public record GoalFilter(UUID mandatePeriodId, GoalLevel level, UUID ownerOrgUnitId, UUID goalAreaId,
                         Set<GoalStatus> statuses) {
}
