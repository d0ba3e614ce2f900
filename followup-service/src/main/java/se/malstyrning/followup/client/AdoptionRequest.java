package se.malstyrning.followup.client;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** {@code POST /goals/v1/adoptions}: the goals a decision adopts, and the decision's reference. */
public record AdoptionRequest(List<UUID> goalIds, DecisionReference decision) {

    /** The decision's reference, and its record here (case and id), which the adopted goals link to. */
    public record DecisionReference(String body, LocalDate date, String paragraph, String registrationNumber,
                                    UUID caseId, UUID decisionId) {
    }
}
