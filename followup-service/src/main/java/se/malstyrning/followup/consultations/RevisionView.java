package se.malstyrning.followup.consultations;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.malstyrning.runtime.openapi.OmittedWhenNull;

import java.time.Instant;
import java.util.List;

@Schema(name = "ConsultationResponseRevision", description = "One submitted revision of an answer, as submitted")
public record RevisionView(
        int revision,
        Position position,
        String text,
        List<GoalComment> goalComments,
        boolean late,
        @OmittedWhenNull LateReason lateReason,
        @OmittedWhenNull Instant lateAdmittedAt,
        String lateAdmittedBy,
        Instant submittedAt,
        String submittedBy) {

    static RevisionView of(ResponseRevision revision) {
        Answer answer = revision.answer;
        return new RevisionView(revision.revision, answer.position, answer.text, List.copyOf(answer.goalComments),
                answer.late, answer.lateReason, answer.lateAdmittedAt, answer.lateAdmittedBy, revision.createdAt, revision.createdBy);
    }
}
