package se.malstyrning.followup.assessments;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Schema(name = "Assessment")
public record AssessmentView(
        UUID id,
        UUID cycleId,
        UUID goalId,
        UUID orgUnitId,
        String orgUnitCode,
        int revision,
        AssessmentStatus status,
        Judgement judgement,
        String analysis,
        String targetGroupEffects,
        List<UUID> activityIds,
        @Schema(description = "indicators-service's computed fulfilment at submission, as it answered")
        Map<String, Object> fulfilmentSnapshot,
        String reviewComment,
        long version,
        Instant updatedAt,
        String updatedBy) {

    public static AssessmentView of(Assessment a) {
        AssessmentContent c = a.content;
        return new AssessmentView(a.id, a.cycleId, a.goalId, a.orgUnitId, a.orgUnitCode, a.revision, c.status,
                c.judgement, c.analysis, c.targetGroupEffects, List.copyOf(c.activityIds), c.fulfilmentSnapshot,
                c.reviewComment, a.version, a.updatedAt, a.updatedBy);
    }
}
