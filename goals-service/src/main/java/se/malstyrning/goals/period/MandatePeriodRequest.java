package se.malstyrning.goals.period;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MandatePeriodRequest")
public record MandatePeriodRequest(
        @NotBlank @Size(max = 9) @Pattern(regexp = "\\d{4}-\\d{4}", message = "must have the form 2019-2022") @Schema(example = "2019-2022") String code,
        @NotBlank @Size(max = 200) @Schema(example = "Mandatperioden 2019–2022") String name,
        @NotNull @Min(1900) @Max(2999) @Schema(example = "2019") Integer startYear,
        @NotNull @Min(1900) @Max(2999) @Schema(example = "2022") Integer endYear) {
}
