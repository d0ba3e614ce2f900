package se.malstyrning.followup.activities;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "ActivityRequest")
public record ActivityRequest(
        @NotBlank @Size(max = 300) @Schema(example = "Läxhjälp på biblioteket") String title,
        @Size(max = 20000) String description,
        @NotNull @Schema(description = "The org unit running it (id at goals-service)") UUID ownerOrgUnitId,
        @Size(max = 30) @Schema(description = "Org units working with it across sectors") List<@NotNull UUID> cooperatingOrgUnitIds,
        @Size(max = 50) List<@NotNull UUID> goalIds,
        @Size(max = 30) List<@NotBlank @Size(max = 100) String> targetGroups,
        @NotNull ActivityStatus status,
        LocalDate startDate,
        LocalDate endDate,
        @Min(0) @Max(Long.MAX_VALUE) @Schema(description = "The version changed, when not sent in If-Match") Long version) {

    List<UUID> cooperatingOrgUnitIdsOrEmpty() {
        return cooperatingOrgUnitIds == null ? List.of() : cooperatingOrgUnitIds;
    }

    List<UUID> goalIdsOrEmpty() {
        return goalIds == null ? List.of() : goalIds;
    }

    List<String> targetGroupsOrEmpty() {
        return targetGroups == null ? List.of() : targetGroups;
    }
}
