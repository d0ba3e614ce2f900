package se.malstyrning.followup.consultations;

import jakarta.enterprise.context.ApplicationScoped;
import se.malstyrning.followup.webhooks.FollowupEvent;
import se.malstyrning.runtime.webhooks.Webhooks;

import java.util.LinkedHashMap;
import java.util.Map;

/** The webhook events of the remiss journey, published in the transaction of the change they tell of. */
@ApplicationScoped
public class ConsultationEvents {

    private final Webhooks webhooks;

    public ConsultationEvents(Webhooks webhooks) {
        this.webhooks = webhooks;
    }

    /** {@code consultation.sent}: one event per recipient org unit. */
    void sent(Consultation consultation) {
        consultation.recipients.forEach(recipient -> publish(FollowupEvent.CONSULTATION_SENT, consultation, recipient,
                "/followup/v1/consultations/" + consultation.id, Map.of()));
    }

    /**
     * {@code consultation.answer-due}: the recipient's answer is due in {@code daysLeft} days (for the
     * reminders, which call this in their transaction once per recipient and reminder).
     */
    public void answerDue(Consultation consultation, Recipient recipient, long daysLeft) {
        publish(FollowupEvent.CONSULTATION_ANSWER_DUE, consultation, recipient, "/followup/v1/consultations/" + consultation.id,
                Map.of("daysLeft", daysLeft));
    }

    /** {@code consultation.answer-received}. */
    void answerReceived(Consultation consultation, Recipient recipient, ConsultationResponse response) {
        publish(FollowupEvent.CONSULTATION_ANSWER_RECEIVED, consultation, recipient,
                "/followup/v1/consultations/" + consultation.id + "/responses/" + response.id,
                Map.of("responseId", response.id.toString(), "revision", response.revision));
    }

    /** {@code consultation.compiled}. */
    void compiled(Consultation consultation) {
        publish(FollowupEvent.CONSULTATION_COMPILED, consultation, null, "/followup/v1/consultations/" + consultation.id
                + "/compilation", Map.of());
    }

    private void publish(FollowupEvent event, Consultation consultation, Recipient recipient, String path, Map<String, Object> more) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("consultationId", consultation.id.toString());
        data.put("subject", consultation.subject);
        if (consultation.replyDate != null) {
            data.put("replyDate", consultation.replyDate.toString());
        }
        if (recipient != null) {
            data.put("orgUnitId", recipient.orgUnitId.toString());
        }
        data.putAll(more);
        webhooks.publish(event.type, path, recipient == null ? null : recipient.orgUnitCode, null, data);
    }
}
