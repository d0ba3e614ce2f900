package se.malstyrning.followup.assessments;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.malstyrning.runtime.orgunits.OrgUnitKey;

import java.util.List;
import java.util.UUID;

@Schema(name = "AssessmentRequest", description = "A board's assessment of a goal, or a new revision of it")
public record AssessmentRequest(
        @NotNull @Schema(description = "The goal (id at goals-service)") UUID goalId,
        @Schema(description = "The assessing board or company (id at goals-service); or give orgUnitCode") UUID orgUnitId,
        @NotNull Judgement judgement,
        @NotBlank @Size(max = 20000) @Schema(example = "Andelen behöriga lärare ökar men når inte önskat värde.") String analysis,
        @Size(max = 20000) @Schema(example = "Elever med annat modersmål har fått mer studiehandledning.") String targetGroupEffects,
        @Size(max = 100) List<@NotNull UUID> activityIds,
        @Min(0) @Max(Long.MAX_VALUE) @Schema(description = "The version revised, when not sent in If-Match") Long version,
        @Size(max = OrgUnitKey.CODE_MAX_LENGTH) @Pattern(regexp = OrgUnitKey.CODE_PATTERN, message = "must be an org unit's code")
        @Schema(description = "The assessing board or company, by its code (instead of orgUnitId; both must name the same)",
                example = "BUN") String orgUnitCode) {

    List<UUID> activityIdsOrEmpty() {
        return activityIds == null ? List.of() : activityIds;
    }
}
