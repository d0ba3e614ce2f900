package se.malstyrning.goals.decision;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.LocalDate;
import java.util.UUID;

/** The decision that adopted something: body, date, paragraph and the case's registration number. */
@Embeddable
public class Decision {

    @Column(name = "decision_body", length = 16)
    public String body;

    @Column(name = "decision_date")
    public LocalDate date;

    @Column(name = "decision_paragraph", length = 32)
    public String paragraph;

    @Column(name = "decision_reference", length = 32)
    public String registrationNumber;

    /** The decision's record at followup-service (its case and its id), when the adoption named it. */
    @Column(name = "decision_case_id")
    public UUID caseId;

    @Column(name = "decision_id")
    public UUID decisionId;

    public static Decision of(DecisionRequest request) {
        Decision decision = new Decision();
        decision.body = request.body();
        decision.date = request.date();
        decision.paragraph = request.paragraph();
        decision.registrationNumber = request.registrationNumber();
        decision.caseId = request.caseId();
        decision.decisionId = request.decisionId();
        return decision;
    }

    public DecisionRequest view() {
        return body == null ? null : new DecisionRequest(body, date, paragraph, registrationNumber, caseId, decisionId);
    }

    public boolean sameAs(DecisionRequest request) {
        return request != null && request.sameReference(view());
    }
}
