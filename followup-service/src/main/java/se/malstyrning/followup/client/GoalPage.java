package se.malstyrning.followup.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/** A page of adopted goals from goals-service; only the items are used. */
@JsonIgnoreProperties(ignoreUnknown = true)
record GoalPage(List<AdoptedGoal> items) {
}
