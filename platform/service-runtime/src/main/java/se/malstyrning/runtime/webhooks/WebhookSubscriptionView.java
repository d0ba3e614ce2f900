package se.malstyrning.runtime.webhooks;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.malstyrning.runtime.openapi.OmittedWhenNull;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(name = "WebhookSubscription", description = "A subscription to events of this service")
public record WebhookSubscriptionView(
        UUID id,
        long version,
        String callbackUrl,
        List<String> eventTypes,
        String orgUnit,
        @OmittedWhenNull UUID mandatePeriodId,
        String description,
        WebhookSubscription.Status status,
        @Schema(description = "Since when every delivery has failed; a subscription failing for days is paused")
        @OmittedWhenNull Instant failingSince,
        String pausedReason,
        @Schema(description = "The signing secret: only in the answer to the creation") String secret,
        Instant createdAt,
        String createdBy) {

    static WebhookSubscriptionView of(WebhookSubscription subscription, boolean withSecret) {
        return new WebhookSubscriptionView(subscription.id, subscription.version, subscription.callbackUrl,
                subscription.eventTypeList(), subscription.orgUnitCode, subscription.mandatePeriodId, subscription.description,
                subscription.status, subscription.failingSince, subscription.pausedReason,
                withSecret ? subscription.secret : null, subscription.createdAt, subscription.createdBy);
    }
}
