package se.malstyrning.followup.consultations;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "ConsultationReminder", description = "A reminder recorded for a recipient that had not answered"
        + " daysBefore days before the reply date")
public record ReminderView(
        UUID orgUnitId,
        @Schema(example = "BUN") String orgUnitCode,
        String orgUnitName,
        LocalDate replyDate,
        int daysBefore,
        Instant sentAt) {
}
