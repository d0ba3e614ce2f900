package se.malstyrning.followup.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/** A page of org units from goals-service; only the items are used. */
@JsonIgnoreProperties(ignoreUnknown = true)
record OrgUnitPage(List<OrgUnitRef> items) {
}
