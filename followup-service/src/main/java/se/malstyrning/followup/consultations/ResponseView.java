package se.malstyrning.followup.consultations;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.malstyrning.runtime.openapi.OmittedWhenNull;
import se.malstyrning.runtime.rest.Links;

import java.net.URI;
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
        long version,
        @Schema(description = "The consultation (remiss) this answers", example = "https://malstyrning.kommun.se/followup/v1/consultations/0f8fad5b-d9cb-469f-a165-70867728950e")
        URI consultationUrl) {

    static ResponseView of(ConsultationResponse response, Recipient recipient) {
        Answer answer = response.answer;
        return new ResponseView(response.id, response.consultationId, recipient.orgUnitId, recipient.orgUnitCode,
                recipient.orgUnitName, response.revision, answer.position, answer.text, List.copyOf(answer.goalComments),
                answer.late, answer.lateReason, answer.lateAdmittedAt, answer.lateAdmittedBy, response.createdAt, response.updatedAt, response.updatedBy, response.version,
                Links.consultation(response.consultationId));
    }
}
