package se.malstyrning.indicators.target;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.malstyrning.indicators.observation.Years;

import java.util.UUID;

@Schema(name = "TargetRequest", description = "Desired and accepted values of an indicator for a goal and area")
public record TargetRequest(
        @NotNull @Schema(description = "A goal at goals-service") UUID goalId,
        @NotNull UUID indicatorId,
        @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9_.-]{1,32}", message = "must be a municipality or org unit code")
        @Schema(example = "0665") String area,
        @NotNull @DecimalMin(MIN_VALUE) @DecimalMax(MAX_VALUE) @Schema(description = "Nuläge: the value in the baseline year", example = "70.1")
        Double baselineValue,
        @NotNull @Min(Years.FIRST) @Max(Years.LAST) @Schema(example = "2019") Integer baselineYear,
        @NotNull @DecimalMin(MIN_VALUE) @DecimalMax(MAX_VALUE) @Schema(description = "Desired value at the end of the mandate period", example = "75.0")
        Double desiredValue,
        @NotNull @Min(Years.FIRST) @Max(Years.LAST) @Schema(description = "The year the desired value is for", example = "2022")
        Integer desiredYear,
        @NotNull @DecimalMin(MIN_VALUE) @DecimalMax(MAX_VALUE)
        @Schema(description = "Below this (above, when lower is better) the target is not reached", example = "72.0")
        Double acceptedValue,
        @NotNull Direction direction2030) {

    /** Indicator values are shares, counts and sums of money of a municipality: far inside ±10^15. */
    static final String MIN_VALUE = "-1E15";
    static final String MAX_VALUE = "1E15";
}
