package se.malstyrning.followup.consultations;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.malstyrning.runtime.openapi.OmittedWhenNull;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(name = "ConsultationResponse", description = "A recipient's answer in its latest revision")
public record ResponseView(
        UUID id,
        UUID consultationId,
        UUID orgUnitId,
        String orgUnitCode,
        String orgUnitName,
        int revision,
        Position position,
        String text,
        List<GoalComment> goalComments,
        @Schema(description = "Whether the latest revision came after the reply date or after the consultation was closed") boolean late,
        @OmittedWhenNull @Schema(description = "Why the latest revision is late; only on a late answer") LateReason lateReason,
        @OmittedWhenNull @Schema(description = "When the late revision was let in under the rule ACCEPT_MARKED") Instant lateAdmittedAt,
        @Schema(description = "Who gave the late revision that was let in; only on a late answer") String lateAdmittedBy,
        Instant firstSubmittedAt,
        Instant submittedAt,
        String submittedBy,
        long version) {

    static ResponseView of(ConsultationResponse response, Recipient recipient) {
        Answer answer = response.answer;
        return new ResponseView(response.id, response.consultationId, recipient.orgUnitId, recipient.orgUnitCode,
                recipient.orgUnitName, response.revision, answer.position, answer.text, List.copyOf(answer.goalComments),
                answer.late, answer.lateReason, answer.lateAdmittedAt, answer.lateAdmittedBy, response.createdAt, response.updatedAt, response.updatedBy, response.version);
    }
}
