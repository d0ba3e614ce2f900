package se.malstyrning.goals.goal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.malstyrning.goals.decision.DecisionRequest;
import se.malstyrning.goals.lifecycle.GoalStatus;
import se.malstyrning.runtime.openapi.OmittedWhenNull;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(name = "Goal")
public record GoalView(
        UUID id,
        @Schema(example = "KF1") String code,
        String title,
        String meaning,
        GoalLevel level,
        @OmittedWhenNull InternalCategory internalCategory,
        UUID mandatePeriodId,
        Integer budgetYear,
        @OmittedWhenNull UUID goalAreaId,
        @OmittedWhenNull UUID parentGoalId,
        List<UUID> contributesTo,
        UUID ownerOrgUnitId,
        @Schema(example = "KF") String ownerOrgUnitCode,
        List<String> targetGroups,
        List<String> focusAreas,
        Horizon horizon,
        String ambition,
        String direction2030,
        List<String> sdgTargets,
        GoalStatus status,
        @OmittedWhenNull DecisionRequest decision,
        @Schema(description = "The decision that adopted the goal, at followup-service (when its adoption named the record)",
                example = "https://malstyrning.kommun.se/followup/v1/cases/7c9e6679-7425-40de-944b-e07fc1f90ae7/decisions/0f8fad5b-d9cb-469f-a165-70867728950e")
        URI decisionUrl,
        @OmittedWhenNull UUID predecessorId,
        @OmittedWhenNull UUID successorId,
        @OmittedWhenNull UUID carriedOverFromId,
        long version,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy) {

    public static GoalView of(Goal goal, String ownerCode) {
        return new GoalView(goal.id, goal.code, goal.title, goal.meaning, goal.level, goal.internalCategory,
                goal.mandatePeriodId, goal.budgetYear, goal.goalAreaId, goal.parentGoalId, List.copyOf(goal.contributesTo),
                goal.ownerOrgUnitId, ownerCode, List.copyOf(goal.targetGroups), List.copyOf(goal.focusAreas), goal.horizon,
                goal.ambition, goal.direction2030, List.copyOf(goal.sdgTargets), goal.status,
                goal.decision == null ? null : goal.decision.view(),
                goal.decision == null || goal.decision.view() == null ? null : goal.decision.view().url(), goal.predecessorId, goal.successorId,
                goal.carriedOverFromId, goal.version, goal.createdAt, goal.createdBy, goal.updatedAt, goal.updatedBy);
    }
}
