package se.malstyrning.followup.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;
import java.util.UUID;

/** goals-service's answer to an adoption: the goals now adopted by the decision. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AdoptionResult(List<UUID> adopted) {
}
