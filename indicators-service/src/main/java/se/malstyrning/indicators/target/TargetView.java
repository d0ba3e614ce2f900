package se.malstyrning.indicators.target;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.malstyrning.runtime.openapi.OmittedWhenNull;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "Target")
public record TargetView(
        UUID id,
        UUID goalId,
        String goalOwnerOrgUnitCode,
        UUID indicatorId,
        @Schema(example = "N15428") String indicatorCode,
        String area,
        double baselineValue,
        int baselineYear,
        double desiredValue,
        int desiredYear,
        double acceptedValue,
        Direction direction2030,
        long version,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy,
        @OmittedWhenNull @Schema(description = "The target of the goal's earlier version (or earlier mandate period) this one"
                + " was carried over from; change or delete it like any target") UUID carriedOverFromTargetId) {

    public static TargetView of(Target target) {
        return new TargetView(target.id, target.goalId, target.goalOwnerOrgUnitCode, target.indicator.id, target.indicator.code,
                target.area, target.levels.baselineValue, target.levels.baselineYear, target.levels.desiredValue,
                target.levels.desiredYear, target.levels.acceptedValue, target.levels.direction2030, target.version, target.createdAt, target.createdBy,
                target.updatedAt, target.updatedBy, target.carriedOverFromTargetId);
    }
}
