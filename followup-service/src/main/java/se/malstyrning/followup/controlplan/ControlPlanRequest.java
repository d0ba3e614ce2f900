package se.malstyrning.followup.controlplan;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ControlPlanRequest", description = "Builds the year's plan from every risk of that year whose risk value"
        + " reaches minRiskValue")
public record ControlPlanRequest(
        @NotNull @Min(1900) @Max(2100) @Schema(example = "2020") Integer year,
        @NotNull @Min(1) @Max(16) @Schema(example = "9") Integer minRiskValue) {
}
