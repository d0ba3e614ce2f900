package se.malstyrning.followup.consultations;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.malstyrning.runtime.openapi.OmittedWhenNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "Consultation")
public record ConsultationView(
        UUID id,
        @OmittedWhenNull UUID caseId,
        String subject,
        String description,
        List<UUID> goalIds,
        List<Attachment> attachments,
        @OmittedWhenNull LocalDate replyDate,
        ConsultationStatus status,
        @OmittedWhenNull Instant sentAt,
        @Schema(description = "The office's rule for answers after the reply date or after closing") LateAnswers lateAnswers,
        List<RecipientView> recipients,
        long version,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy) {

    static ConsultationView of(Consultation c) {
        return new ConsultationView(c.id, c.caseId, c.subject, c.description, List.copyOf(c.goalIds),
                List.copyOf(c.attachments), c.replyDate, c.status, c.sentAt, c.lateAnswers,
                c.recipients.stream().map(RecipientView::of).toList(),
                c.version, c.createdAt, c.createdBy, c.updatedAt, c.updatedBy);
    }
}
