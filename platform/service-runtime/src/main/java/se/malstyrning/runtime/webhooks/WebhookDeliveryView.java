package se.malstyrning.runtime.webhooks;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.malstyrning.runtime.openapi.OmittedWhenNull;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "WebhookDelivery", description = "One event sent (or to be sent) to a subscription: the delivery log")
public record WebhookDeliveryView(
        UUID id,
        @Schema(description = "The event's id, sent as webhook-id") UUID eventId,
        String eventType,
        WebhookDelivery.Status status,
        int attempts,
        Instant createdAt,
        @OmittedWhenNull Instant lastAttemptAt,
        @Schema(description = "The receiver's last HTTP status; null when it could not be reached") Integer lastStatus,
        String lastError,
        @OmittedWhenNull Instant deliveredAt,
        @Schema(description = "When it is tried next, while pending") @OmittedWhenNull Instant nextAttemptAt) {

    static WebhookDeliveryView of(WebhookDelivery delivery) {
        boolean pending = delivery.status == WebhookDelivery.Status.PENDING;
        return new WebhookDeliveryView(delivery.id, delivery.eventId, delivery.eventType, delivery.status, delivery.attempts,
                delivery.createdAt, delivery.lastAttemptAt, delivery.lastStatus, delivery.lastError, delivery.deliveredAt,
                pending ? delivery.nextAttemptAt : null);
    }
}
