package se.malstyrning.followup.cases;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CaseRequest", description = "A case to open. The next free registration number of the body and year is"
        + " assigned unless registrationNumber names one (when registering an older case).")
public record CaseRequest(
        @NotBlank @Size(max = 16) @Pattern(regexp = "[A-ZÅÄÖ]+", message = "upper-case letters only")
        @Schema(description = "The registering body", example = "KS") String body,
        @NotNull @Min(1900) @Max(2100) @Schema(example = "2019") Integer year,
        @Size(max = 32) @Schema(description = "An explicit registration number", example = "KS 2019/160") String registrationNumber,
        @NotBlank @Size(max = 300) @Schema(example = "Strategiskt utvecklings- och hållbarhetsprogram") String title,
        @Size(max = 200) @Schema(example = "Verksamhetsutvecklare") String caseOfficerRole,
        @Size(max = 200) @Schema(example = "Kommunchef") String responsibleManagerRole,
        @Size(max = 20000) String proposal) {
}
