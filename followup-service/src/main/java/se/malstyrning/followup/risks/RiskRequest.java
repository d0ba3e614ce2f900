package se.malstyrning.followup.risks;

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

@Schema(name = "RiskRequest")
public record RiskRequest(
        @Schema(description = "The board or company (id at goals-service) whose risk it is; or give orgUnitCode") UUID orgUnitId,
        @NotNull @Min(1900) @Max(2100) @Schema(example = "2020") Integer year,
        @NotBlank @Size(max = 300) @Schema(example = "Svårt att rekrytera legitimerade lärare") String title,
        @Size(max = 10000) String description,
        @NotNull RiskCategory category,
        @Size(max = 50) @Schema(description = "Goals (ids at goals-service) the risk counteracts") List<@NotNull UUID> goalIds,
        @NotNull @Min(RiskScore.MIN) @Max(RiskScore.MAX) Integer probability,
        @NotNull @Min(RiskScore.MIN) @Max(RiskScore.MAX) Integer consequence,
        @Min(0) @Max(Long.MAX_VALUE) @Schema(description = "The version changed, when not sent in If-Match") Long version,
        @Size(max = OrgUnitKey.CODE_MAX_LENGTH) @Pattern(regexp = OrgUnitKey.CODE_PATTERN, message = "must be an org unit's code")
        @Schema(description = "The board or company whose risk it is, by its code (instead of orgUnitId; both must name the same)",
                example = "BUN") String orgUnitCode) {

    List<UUID> goalIdsOrEmpty() {
        return goalIds == null ? List.of() : goalIds;
    }
}
