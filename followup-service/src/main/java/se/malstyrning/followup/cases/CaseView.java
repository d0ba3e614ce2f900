package se.malstyrning.followup.cases;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "Case")
public record CaseView(
        UUID id,
        @Schema(example = "KS 2019/160") String registrationNumber,
        String title,
        String caseOfficerRole,
        String responsibleManagerRole,
        String proposal,
        long version,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy) {

    /**
     * The public record of the case (open data): without the user names of the audit fields, and without
     * the proposal until the case has been on a meeting that has taken place (its agenda is then public).
     */
    CaseView publicRecord(boolean proposalPublished) {
        return new CaseView(id, registrationNumber, title, caseOfficerRole, responsibleManagerRole,
                proposalPublished ? proposal : null, version, createdAt, null, updatedAt, null);
    }

    static CaseView of(Case c) {
        return new CaseView(c.id, c.registrationNumber().toString(), c.title, c.caseOfficerRole,
                c.responsibleManagerRole, c.proposal, c.version, c.createdAt, c.createdBy, c.updatedAt, c.updatedBy);
    }
}
