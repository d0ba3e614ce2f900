package se.malstyrning.indicators.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.UUID;

/** A goal as goals-service describes it; only the fields this service uses. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Goal(UUID id, String code, String level, String status, String ownerOrgUnitCode) {

    public boolean isAdopted() {
        return "ADOPTED".equals(status);
    }
}
