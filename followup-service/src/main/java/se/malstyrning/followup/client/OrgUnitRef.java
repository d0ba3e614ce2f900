package se.malstyrning.followup.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.UUID;

/** An org unit as goals-service describes it; only the fields this service uses. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OrgUnitRef(UUID id, String code, String name, String kind) {
}
