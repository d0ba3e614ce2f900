package se.malstyrning.followup.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.UUID;

/** A goal as goals-service describes it; only the fields this service uses. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GoalRef(UUID id, String code, String title, String level, String status, String ownerOrgUnitCode) {
}
