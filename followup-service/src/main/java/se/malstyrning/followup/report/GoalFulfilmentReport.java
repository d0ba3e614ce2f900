package se.malstyrning.followup.report;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.malstyrning.followup.assessments.AssessmentView;
import se.malstyrning.followup.client.GoalRef;
import se.malstyrning.followup.cycles.CycleView;
import se.malstyrning.runtime.openapi.OmittedWhenNull;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Schema(name = "GoalFulfilmentReport", description = "Per goal: the goal from goals-service, its computed fulfilment from"
        + " indicators-service now, and the boards' assessments with the fulfilment they saw when they submitted")
public record GoalFulfilmentReport(
        CycleView cycle,
        @Schema(description = "Whether assessments not yet approved are included (only for signed-in callers)")
        boolean includesUnapproved,
        Instant assembledAt,
        List<GoalSection> goals) {

    @Schema(name = "GoalFulfilmentSection")
    public record GoalSection(
            UUID goalId,
            @OmittedWhenNull @Schema(description = "Absent when goals-service has no such goal any more") GoalRef goal,
            @Schema(description = "Null when indicators-service has no fulfilment for the goal") Map<String, Object> fulfilment,
            List<AssessmentView> assessments) {
    }
}
