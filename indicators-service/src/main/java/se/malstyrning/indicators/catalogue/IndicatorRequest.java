package se.malstyrning.indicators.catalogue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "IndicatorRequest", description = "An indicator to add to the catalogue")
public record IndicatorRequest(
        @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9_.-]+", message = "letters, digits, '.', '-' and '_' only")
        @Schema(description = "A Kolada key-figure id or a local code", example = "N15428") String code,
        @NotBlank @Size(max = 300) @Schema(example = "Gymnasieelever med examen inom 4 år, hemkommun, andel (%)") String title,
        @Size(max = 4000) String description,
        @NotBlank @Size(max = 50) @Schema(example = "%") String unit,
        @NotNull IndicatorSource source,
        @NotNull Quality quality,
        @NotNull Polarity polarity,
        @NotNull Frequency frequency,
        @NotNull Horizon horizon,
        @NotNull Boolean dividedByGender) {
}
