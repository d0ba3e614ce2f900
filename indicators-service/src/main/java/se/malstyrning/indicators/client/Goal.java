package se.malstyrning.indicators.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;
import java.util.UUID;

/** A goal as goals-service describes it; only the fields this service uses. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Goal(UUID id, String code, String level, String status, String ownerOrgUnitCode, UUID goalAreaId,
                   UUID parentGoalId, List<UUID> contributesTo, UUID mandatePeriodId, UUID predecessorId,
                   UUID carriedOverFromId) {

    /** The goal this one continues: the version it replaces, or the goal of an earlier period it was carried over from. */
    public UUID continues() {
        return predecessorId != null ? predecessorId : carriedOverFromId;
    }

    /** The goal this one is under: its parent, or the first goal it contributes to. */
    public UUID above() {
        if (parentGoalId != null) {
            return parentGoalId;
        }
        return contributesTo == null || contributesTo.isEmpty() ? null : contributesTo.getFirst();
    }

    public boolean isAdopted() {
        return "ADOPTED".equals(status);
    }
}
