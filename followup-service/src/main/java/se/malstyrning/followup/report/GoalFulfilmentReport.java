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
        + " indicators-service as of the cycle's year, and the boards' assessments with the fulfilment they saw when they"
        + " submitted. Every adopted goal of the cycle's mandate period is in it, assessed or not.")
public record GoalFulfilmentReport(
        CycleView cycle,
        @Schema(description = "Whether assessments not yet approved are included (only for signed-in callers)")
        boolean includesUnapproved,
        Instant assembledAt,
        List<GoalSection> goals,
        @Schema(description = "The year the computed fulfilment is as of: the cycle's year (observations up to it)", example = "2022")
        int fulfilmentYear) {

    @Schema(name = "GoalFulfilmentSection")
    public record GoalSection(
            UUID goalId,
            @OmittedWhenNull @Schema(description = "Absent when goals-service has no such goal any more") GoalRef goal,
            @Schema(description = "Null when indicators-service has no fulfilment for the goal") Map<String, Object> fulfilment,
            List<AssessmentView> assessments,
            @Schema(description = "Whether any board has assessed the goal in this cycle (as far as the caller may see)")
            boolean assessed,
            @Schema(description = "The computed fulfilment in Swedish words", example = "Delvis uppfyllt") String fulfilmentInWords,
            @Schema(description = "The boards' judgement in Swedish words: one judgement, each board's (\"BUN: Uppfyllt; SN: Ej"
                    + " uppfyllt\"), or Ej bedömt", example = "Ej bedömt") String assessmentInWords) {
    }
}
