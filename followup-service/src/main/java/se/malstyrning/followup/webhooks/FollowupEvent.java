package se.malstyrning.followup.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import se.malstyrning.runtime.webhooks.WebhookEventTypes;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** The events followup-service publishes to webhook subscriptions (docs/webhooks.md). */
public enum FollowupEvent {
    /** A consultation (remiss) was sent: one event per recipient org unit. */
    CONSULTATION_SENT("consultation.sent"),
    /** A recipient's answer is due in a number of days (published by the reminders). */
    CONSULTATION_ANSWER_DUE("consultation.answer-due"),
    /** A recipient answered a consultation. */
    CONSULTATION_ANSWER_RECEIVED("consultation.answer-received"),
    /** The answers to a consultation were compiled. */
    CONSULTATION_COMPILED("consultation.compiled"),
    /** A decision was recorded in a case. */
    DECISION_RECORDED("decision.recorded"),
    /** An org unit submitted (or resubmitted) an assessment of a goal. */
    ASSESSMENT_SUBMITTED("assessment.submitted"),
    /** The office approved an assessment. */
    ASSESSMENT_APPROVED("assessment.approved"),
    /** The office returned an assessment for changes. */
    ASSESSMENT_RETURNED("assessment.returned");

    public final String type;

    FollowupEvent(String type) {
        this.type = type;
    }

    @ApplicationScoped
    public static class Types implements WebhookEventTypes {
        @Override
        public Set<String> all() {
            return Arrays.stream(values()).map(event -> event.type).collect(Collectors.toUnmodifiableSet());
        }
    }
}
