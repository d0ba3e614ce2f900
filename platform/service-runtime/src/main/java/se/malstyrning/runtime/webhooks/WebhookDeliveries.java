package se.malstyrning.runtime.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The deliveries' bookkeeping, each step its own short transaction, safe with several instances. */
@ApplicationScoped
public class WebhookDeliveries {

    /** A delivery claimed for sending, with what sending needs. */
    public record Claimed(UUID id, UUID subscriptionId, UUID eventId, String callbackUrl, String secret, String body) {
    }

    /** How long a claimed delivery stays away from other instances while it is being sent. */
    static final Duration LEASE = Duration.ofMinutes(2);

    private final EntityManager entityManager;
    private final WebhookConfig config;

    public WebhookDeliveries(EntityManager entityManager, WebhookConfig config) {
        this.entityManager = entityManager;
        this.config = config;
    }

    /** Claims the due deliveries of active subscriptions, oldest first, skipping those another instance holds. */
    @Transactional
    public List<Claimed> claimDue() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select d.id, d.subscription_id, d.event_id, s.callback_url, s.secret, e.body
                        from webhook_delivery d
                        join webhook_subscription s on s.id = d.subscription_id
                        join webhook_event e on e.id = d.event_id
                        where d.status = 'PENDING' and s.status = 'ACTIVE' and d.next_attempt_at <= now()
                        order by d.next_attempt_at, e.occurred_at
                        limit :batch
                        for update of d skip locked""")
                .setParameter("batch", config.batch()).getResultList();
        List<Claimed> claimed = rows.stream().map(row -> new Claimed((UUID) row[0], (UUID) row[1], (UUID) row[2],
                (String) row[3], (String) row[4], (String) row[5])).toList();
        if (!claimed.isEmpty()) {
            entityManager.createNativeQuery("update webhook_delivery set next_attempt_at = :until where id in (:ids)")
                    .setParameter("until", Instant.now().plus(LEASE))
                    .setParameter("ids", claimed.stream().map(Claimed::id).toList())
                    .executeUpdate();
        }
        return claimed;
    }

    /** Records an attempt: delivered on a 2xx; otherwise the next attempt by the back-off, and a pause after failing for long. */
    @Transactional
    public void recordAttempt(UUID deliveryId, Integer status, String error) {
        WebhookDelivery delivery = WebhookDelivery.findById(deliveryId);
        WebhookSubscription subscription = delivery == null ? null : WebhookSubscription.findById(delivery.subscriptionId);
        if (subscription == null) {
            return;
        }
        Instant now = Instant.now();
        delivery.attempts++;
        delivery.lastAttemptAt = now;
        delivery.lastStatus = status;
        boolean delivered = status != null && status >= 200 && status < 300;
        if (delivered) {
            delivery.status = WebhookDelivery.Status.DELIVERED;
            delivery.deliveredAt = now;
            delivery.lastError = null;
            if (subscription.failingSince != null) {
                subscription.failingSince = null;
            }
            return;
        }
        delivery.lastError = error == null ? null : error.substring(0, Math.min(error.length(), 1000));
        delivery.nextAttemptAt = now.plus(new RetrySchedule(config.firstRetryAfter(), config.longestRetryAfter())
                .after(delivery.attempts));
        if (subscription.failingSince == null) {
            subscription.failingSince = now;
        } else if (subscription.status == WebhookSubscription.Status.ACTIVE
                && Duration.between(subscription.failingSince, now).compareTo(config.pauseAfter()) > 0) {
            subscription.status = WebhookSubscription.Status.PAUSED;
            subscription.pausedReason = "The receiver failed every delivery since " + subscription.failingSince
                    + "; resume the subscription once it answers again";
        }
    }
}
