package se.malstyrning.followup.cycles;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "FollowUpCycleRequest")
public record CycleRequest(
        @NotNull CycleKind kind,
        @NotNull @Min(1900) @Max(2100) @Schema(example = "2020") Integer year,
        @Schema(description = "The mandate period (id at goals-service)") UUID mandatePeriodId,
        @NotBlank @Size(max = 300) @Schema(example = "Årsredovisning 2020") String title,
        @NotNull @Schema(example = "2021-02-15") LocalDate deadline) {
}
