package se.malstyrning.followup.consultations;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.malstyrning.runtime.orgunits.OrgUnitKey;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "ConsultationRequest", description = "A consultation to draft or a draft to change. Recipients and"
        + " goals are ids from goals-service. Recipients and a reply date are needed only when it is sent.")
public record ConsultationRequest(
        @Schema(description = "The case the consultation belongs to") UUID caseId,
        @NotBlank @Size(max = 300) @Schema(example = "Remiss: definition av måluppfyllelse") String subject,
        @Size(max = 20000) String description,
        @Size(max = 100) List<@NotNull UUID> goalIds,
        @Size(max = 50) List<@Valid @NotNull Attachment> attachments,
        @Schema(example = "2019-10-31") LocalDate replyDate,
        @Size(max = 100) @Schema(description = "The org units asked (ids at goals-service); or give recipientOrgUnitCodes")
        List<@NotNull UUID> recipientOrgUnitIds,
        @Schema(description = "The rule for answers after the reply date or after closing: ACCEPT_MARKED (the default;"
                + " a new draft gets it, a change without it keeps the rule) or REFUSE") LateAnswers lateAnswers,
        @Min(0) @Max(Long.MAX_VALUE) @Schema(description = "The version changed, when not sent in If-Match") Long version,
        @Schema(description = "The org units asked, by their codes (instead of recipientOrgUnitIds; both must name the same)",
                example = "[\"BUN\", \"SN\"]")
        @Size(max = 100) List<@NotNull @Size(max = OrgUnitKey.CODE_MAX_LENGTH) @Pattern(regexp = OrgUnitKey.CODE_PATTERN, message = "must be an org unit's code") String> recipientOrgUnitCodes) {

    /** A draft naming its recipients by id only (as the demo data writes it). */
    public ConsultationRequest(UUID caseId, String subject, String description, List<UUID> goalIds, List<Attachment> attachments,
                               LocalDate replyDate, List<UUID> recipientOrgUnitIds, LateAnswers lateAnswers, Long version) {
        this(caseId, subject, description, goalIds, attachments, replyDate, recipientOrgUnitIds, lateAnswers, version, null);
    }

    List<UUID> goalIdsOrEmpty() {
        return goalIds == null ? List.of() : goalIds;
    }

    List<Attachment> attachmentsOrEmpty() {
        return attachments == null ? List.of() : attachments;
    }

}
