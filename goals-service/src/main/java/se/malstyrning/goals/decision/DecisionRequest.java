package se.malstyrning.goals.decision;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.malstyrning.runtime.openapi.OmittedWhenNull;
import se.malstyrning.runtime.rest.Links;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "Decision", description = "The decision that adopted it")
public record DecisionRequest(
        @NotBlank @Size(max = 16) @Schema(example = "KF") String body,
        @NotNull @Schema(example = "2019-05-27") LocalDate date,
        @NotBlank @Size(max = 32) @Schema(example = "§ 45") String paragraph,
        @NotBlank @Size(max = 32) @Schema(example = "KS 2019/017") String registrationNumber,
        @OmittedWhenNull @Schema(description = "The case of the decision's record at followup-service, when it has one")
        UUID caseId,
        @OmittedWhenNull @Schema(description = "The decision's record at followup-service, when it has one (with caseId"
                + " the goal links to it)") UUID decisionId) {

    /** A decision known by its reference only, without a record at followup-service. */
    public DecisionRequest(String body, LocalDate date, String paragraph, String registrationNumber) {
        this(body, date, paragraph, registrationNumber, null, null);
    }

    /** The same decision: the same body, date, paragraph and registration number (the record it links to aside). */
    public boolean sameReference(DecisionRequest other) {
        return other != null && java.util.Objects.equals(body, other.body) && java.util.Objects.equals(date, other.date)
                && java.util.Objects.equals(paragraph, other.paragraph)
                && java.util.Objects.equals(registrationNumber, other.registrationNumber);
    }

    /** The decision's record at followup-service, or null when it has none. */
    public URI url() {
        return caseId == null || decisionId == null ? null : Links.decision(caseId, decisionId);
    }
}
