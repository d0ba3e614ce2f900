package se.malstyrning.followup.decisions;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.malstyrning.runtime.openapi.OmittedWhenNull;
import se.malstyrning.runtime.rest.Links;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "Decision")
public record DecisionView(
        UUID id,
        UUID caseId,
        String body,
        LocalDate date,
        String paragraph,
        String text,
        List<String> sentTo,
        @OmittedWhenNull UUID consultationId,
        @Schema(description = "Goals goals-service adopted by this decision") List<UUID> adoptedGoalIds,
        long version,
        Instant createdAt,
        String createdBy,
        @Schema(description = "The goals this decision adopted, at goals-service (as adoptedGoalIds)")
        List<URI> adoptedGoalUrls,
        @OmittedWhenNull
        @Schema(description = "Only in the answer to recording a decision that adopts goals: for each adopted goal,"
                + " whether its targets and indicator links were carried over from the goal it continues"
                + " (docs/goal-chain.md)")
        List<MeasurementCarryOver> measurementCarryOver) {

    /** The public record of the decision (open data): without the user name of who recorded it. */
    DecisionView publicRecord() {
        return new DecisionView(id, caseId, body, date, paragraph, text, sentTo, consultationId, adoptedGoalIds, version,
                createdAt, null, adoptedGoalUrls, measurementCarryOver);
    }

    static DecisionView of(Decision d) {
        return new DecisionView(d.id, d.caseId, d.body, d.date, d.paragraph, d.text, List.copyOf(d.sentTo),
                d.consultationId, List.copyOf(d.adoptedGoalIds), d.version, d.createdAt, d.createdBy,
                d.adoptedGoalIds.stream().map(Links::goal).toList(), null);
    }

    DecisionView withMeasurementCarryOver(List<MeasurementCarryOver> carryOver) {
        return new DecisionView(id, caseId, body, date, paragraph, text, sentTo, consultationId, adoptedGoalIds, version,
                createdAt, createdBy, adoptedGoalUrls, carryOver);
    }
}
