package se.malstyrning.goals.decision;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.LocalDate;

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

    public static Decision of(DecisionRequest request) {
        Decision decision = new Decision();
        decision.body = request.body();
        decision.date = request.date();
        decision.paragraph = request.paragraph();
        decision.registrationNumber = request.registrationNumber();
        return decision;
    }

    public DecisionRequest view() {
        return body == null ? null : new DecisionRequest(body, date, paragraph, registrationNumber);
    }

    public boolean sameAs(DecisionRequest request) {
        return request != null && request.equals(view());
    }
}
