package se.malstyrning.followup.consultations;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

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
        @Schema(description = "Whether the latest revision came after the reply date") boolean late,
        Instant firstSubmittedAt,
        Instant submittedAt,
        String submittedBy,
        long version) {

    static ResponseView of(ConsultationResponse response, Recipient recipient) {
        Answer answer = response.answer;
        return new ResponseView(response.id, response.consultationId, recipient.orgUnitId, recipient.orgUnitCode,
                recipient.orgUnitName, response.revision, answer.position, answer.text, List.copyOf(answer.goalComments),
                answer.late, response.createdAt, response.updatedAt, response.updatedBy, response.version);
    }
}
