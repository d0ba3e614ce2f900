package se.malstyrning.followup.assessments;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.Map;

@Schema(name = "AssessmentRevision", description = "One submission or review of an assessment, as it was")
public record AssessmentRevisionView(int revision, AssessmentStatus status, Judgement judgement, String analysis,
                                     String targetGroupEffects, Map<String, Object> fulfilmentSnapshot,
                                     String reviewComment, Instant at, String by) {

    static AssessmentRevisionView of(AssessmentRevision r) {
        AssessmentContent c = r.content;
        return new AssessmentRevisionView(r.revision, c.status, c.judgement, c.analysis, c.targetGroupEffects,
                c.fulfilmentSnapshot, c.reviewComment, r.createdAt, r.createdBy);
    }
}
