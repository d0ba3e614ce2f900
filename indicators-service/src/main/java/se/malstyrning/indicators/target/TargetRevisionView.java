package se.malstyrning.indicators.target;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(name = "TargetRevision", description = "A target as it was at one version")
public record TargetRevisionView(long version, double baselineValue, int baselineYear, double desiredValue, int desiredYear,
                                 double acceptedValue, Direction direction2030, Instant recordedAt, String recordedBy) {

    static TargetRevisionView of(TargetRevision revision) {
        TargetLevels levels = revision.levels;
        return new TargetRevisionView(revision.targetVersion, levels.baselineValue, levels.baselineYear, levels.desiredValue,
                levels.desiredYear, levels.acceptedValue, levels.direction2030, revision.recordedAt, revision.recordedBy);
    }
}
