package se.malstyrning.followup.activities;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.malstyrning.runtime.orgunits.OrgUnitKey;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "ActivityRequest")
public record ActivityRequest(
        @NotBlank @Size(max = 300) @Schema(example = "Läxhjälp på biblioteket") String title,
        @Size(max = 20000) String description,
        @Schema(description = "The org unit running it (id at goals-service); or give ownerOrgUnitCode") UUID ownerOrgUnitId,
        @Size(max = 30) @Schema(description = "Org units working with it across sectors (ids); or give cooperatingOrgUnitCodes") List<@NotNull UUID> cooperatingOrgUnitIds,
        @Size(max = 50) List<@NotNull UUID> goalIds,
        @Size(max = 30) List<@NotBlank @Size(max = 100) String> targetGroups,
        @NotNull ActivityStatus status,
        LocalDate startDate,
        LocalDate endDate,
        @Min(0) @Max(Long.MAX_VALUE) @Schema(description = "The version changed, when not sent in If-Match") Long version,
        @Size(max = OrgUnitKey.CODE_MAX_LENGTH) @Pattern(regexp = OrgUnitKey.CODE_PATTERN, message = "must be an org unit's code")
        @Schema(description = "The org unit running it, by its code (instead of ownerOrgUnitId; both must name the same)",
                example = "BUN") String ownerOrgUnitCode,
        @Schema(description = "Org units working with it across sectors, by their codes (instead of cooperatingOrgUnitIds;"
                + " both must name the same)", example = "[\"SN\"]")
        @Size(max = 30) List<@NotNull @Size(max = OrgUnitKey.CODE_MAX_LENGTH) @Pattern(regexp = OrgUnitKey.CODE_PATTERN, message = "must be an org unit's code") String> cooperatingOrgUnitCodes) {

    List<UUID> goalIdsOrEmpty() {
        return goalIds == null ? List.of() : goalIds;
    }

    List<String> targetGroupsOrEmpty() {
        return targetGroups == null ? List.of() : targetGroups;
    }
}
