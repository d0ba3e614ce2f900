package se.malstyrning.indicators.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/** A page of goals-service's org units; only the fields this service uses. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OrgUnitPage(List<OrgUnit> items, long total) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record OrgUnit(String code, String name) {
    }
}
