package se.malstyrning.followup.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.LocalDate;
import java.util.UUID;

/** An adopted goal as goals-service lists it, with the decision that adopted it; only the fields used here. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AdoptedGoal(UUID id, String code, Decision decision) {

    /** The decision as goals-service cites it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Decision(String body, LocalDate date, String paragraph, String registrationNumber) {
    }
}
