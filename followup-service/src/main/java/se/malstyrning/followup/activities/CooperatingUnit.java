package se.malstyrning.followup.activities;

import java.util.UUID;

/** An org unit taking part in another's activity, as goals-service named it. */
public record CooperatingUnit(UUID orgUnitId, String orgUnitCode) {
}
