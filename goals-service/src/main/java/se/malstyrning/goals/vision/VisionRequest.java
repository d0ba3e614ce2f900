package se.malstyrning.goals.vision;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.malstyrning.goals.decision.DecisionRequest;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "VisionRequest")
public record VisionRequest(
        @NotBlank @Size(max = 1000) @Schema(example = "Här gör vi plats för att göra skillnad") String text,
        @Size(max = 50) @Schema(description = "The core values (värdegrund)") List<@NotBlank @Size(max = 1000) String> coreValues,
        @NotNull @Schema(example = "2019-02-25") LocalDate validFrom,
        @Schema(example = "2030-12-31") LocalDate validTo,
        @Valid @Schema(description = "The decision that adopted it; without one the vision is a draft") DecisionRequest decision) {
}
