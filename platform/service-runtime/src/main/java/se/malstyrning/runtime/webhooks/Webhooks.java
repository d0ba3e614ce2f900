package se.malstyrning.runtime.webhooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import se.malstyrning.runtime.rest.PublicAddresses;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Publishes an event: writes it into the outbox with one delivery per subscription that wants it,
 * in the caller's transaction, so that an event is sent exactly when its change is committed (a
 * rolled-back change sends nothing, a service down before sending sends it after its restart).
 */
@ApplicationScoped
public class Webhooks {

    private final ObjectMapper json;

    public Webhooks(ObjectMapper json) {
        this.json = json;
    }

    /**
     * @param type        the event type, e.g. {@code goal.adopted}
     * @param path        the resource's path, e.g. {@code /goals/v1/goals/{id}} (sent as an absolute link)
     * @param orgUnitCode the org unit the event concerns, for subscriptions filtered by org unit (may be null)
     * @param period      the mandate period the event concerns, for subscriptions filtered by it (may be null)
     * @param data        further fields of the event (serialised as JSON under {@code data})
     * @return the event's id
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(String type, String path, String orgUnitCode, UUID period, Map<String, ?> data) {
        WebhookEvent event = new WebhookEvent();
        event.id = UUID.randomUUID();
        event.type = type;
        event.occurredAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        event.orgUnitCode = orgUnitCode;
        event.mandatePeriodId = period;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", event.id);
        body.put("type", type);
        body.put("timestamp", event.occurredAt.toString());
        body.put("href", PublicAddresses.of(path).toString());
        if (orgUnitCode != null) {
            body.put("orgUnit", orgUnitCode);
        }
        if (period != null) {
            body.put("mandatePeriodId", period);
        }
        body.put("data", data == null ? Map.of() : data);
        try {
            event.body = json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The event's data cannot be written as JSON", e);
        }
        event.persist();
        WebhookSubscription.<WebhookSubscription>streamAll()
                .filter(subscription -> subscription.wants(type, orgUnitCode, period))
                .forEach(subscription -> {
                    WebhookDelivery delivery = new WebhookDelivery();
                    delivery.id = UUID.randomUUID();
                    delivery.subscriptionId = subscription.id;
                    delivery.eventId = event.id;
                    delivery.eventType = type;
                    delivery.status = WebhookDelivery.Status.PENDING;
                    delivery.createdAt = event.occurredAt;
                    delivery.nextAttemptAt = event.occurredAt;
                    delivery.persist();
                });
        return event.id;
    }
}
