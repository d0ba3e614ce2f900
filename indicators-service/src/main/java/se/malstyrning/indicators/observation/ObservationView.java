package se.malstyrning.indicators.observation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "Observation", description = "One value of an indicator for an area, period and gender")
public record ObservationView(
        UUID id,
        UUID indicatorId,
        @Schema(example = "N15428") String indicatorCode,
        @Schema(description = "Municipality code or org unit code", example = "0665") String area,
        @Schema(example = "2024") int period,
        Gender gender,
        @Schema(description = "Null when the status is MISSING", example = "76.4") Double value,
        ObservationStatus status,
        @Schema(example = "Kolada") String source,
        long version,
        Instant updatedAt,
        String updatedBy) {
}
