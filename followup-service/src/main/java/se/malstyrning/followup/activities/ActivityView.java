package se.malstyrning.followup.activities;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.malstyrning.runtime.openapi.OmittedWhenNull;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "Activity")
public record ActivityView(UUID id, String title, String description, UUID ownerOrgUnitId, String ownerOrgUnitCode,
                           List<CooperatingUnit> cooperatingUnits, List<UUID> goalIds, List<String> targetGroups,
                           ActivityStatus status, @OmittedWhenNull LocalDate startDate, @OmittedWhenNull LocalDate endDate,
                           long version) {

    static ActivityView of(Activity a) {
        return new ActivityView(a.id, a.title, a.description, a.ownerOrgUnitId, a.ownerOrgUnitCode,
                List.copyOf(a.cooperatingUnits), List.copyOf(a.goalIds), List.copyOf(a.targetGroups), a.status,
                a.startDate, a.endDate, a.version);
    }
}
