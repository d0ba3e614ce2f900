package se.malstyrning.followup.consultations;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(name = "Recipient")
public record RecipientView(
        UUID orgUnitId,
        @Schema(example = "BUN") String orgUnitCode,
        @Schema(example = "Barn- och utbildningsnämnden") String orgUnitName) {

    static RecipientView of(Recipient recipient) {
        return new RecipientView(recipient.orgUnitId, recipient.orgUnitCode, recipient.orgUnitName);
    }
}
