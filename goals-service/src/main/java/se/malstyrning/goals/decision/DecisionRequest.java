package se.malstyrning.goals.decision;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "Decision", description = "The decision that adopted it")
public record DecisionRequest(
        @NotBlank @Size(max = 16) @Schema(example = "KF") String body,
        @NotNull @Schema(example = "2019-05-27") LocalDate date,
        @NotBlank @Size(max = 32) @Schema(example = "§ 45") String paragraph,
        @NotBlank @Size(max = 32) @Schema(example = "KS 2019/017") String registrationNumber) {
}
