package se.malstyrning.indicators.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.UUID;

/** A goal area (målområde) as goals-service describes it; only the fields this service uses. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GoalArea(UUID id, int number, String name) {
}
