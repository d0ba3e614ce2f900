package se.malstyrning.runtime.webhooks;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import se.malstyrning.runtime.concurrency.Versions;
import se.malstyrning.runtime.paging.Page;
import se.malstyrning.runtime.problem.ProblemException;
import se.malstyrning.runtime.problem.ProblemType;
import se.malstyrning.runtime.security.Caller;
import se.malstyrning.runtime.security.Roles;

import java.time.Instant;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Managing subscriptions: the office (admin, strategist) manages every subscription; a board editor
 * those filtered to one of its own org units (a board portal's use).
 */
@ApplicationScoped
public class WebhookSubscriptions {

    private final Caller caller;
    private final WebhookEventTypes eventTypes;
    private final WebhookDeliverer deliverer;
    private final WebhookConfig config;

    public WebhookSubscriptions(Caller caller, WebhookEventTypes eventTypes, WebhookDeliverer deliverer, WebhookConfig config) {
        this.caller = caller;
        this.eventTypes = eventTypes;
        this.deliverer = deliverer;
        this.config = config;
    }

    @Transactional
    public Page<WebhookSubscriptionView> list(int limit, int offset) {
        var query = caller.actsForEveryOrgUnit()
                ? WebhookSubscription.<WebhookSubscription>findAll(Sort.by("createdAt").and("id"))
                : WebhookSubscription.<WebhookSubscription>find("orgUnitCode in ?1", Sort.by("createdAt").and("id"),
                caller.orgUnitCodes().isEmpty() ? java.util.Set.of("") : caller.orgUnitCodes());
        return Page.of(query, limit, offset).map(subscription -> WebhookSubscriptionView.of(subscription, false));
    }

    @Transactional
    public WebhookSubscriptionView get(UUID id) {
        return WebhookSubscriptionView.of(managed(id), false);
    }

    @Transactional
    public WebhookSubscriptionView create(WebhookSubscriptionRequest request) {
        WebhookSubscription subscription = new WebhookSubscription();
        apply(subscription, request);
        subscription.secret = request.secret() == null ? Signatures.newSecret() : request.secret();
        subscription.persist();
        return WebhookSubscriptionView.of(subscription, true);
    }

    @Transactional
    public WebhookSubscriptionView update(UUID id, String ifMatch, WebhookSubscriptionRequest request) {
        WebhookSubscription subscription = managed(id);
        Versions.requireCurrent(subscription.version, ifMatch, null);
        WebhookSubscription.Status before = subscription.status;
        apply(subscription, request);
        if (request.secret() != null) {
            subscription.secret = request.secret();
        }
        if (before == WebhookSubscription.Status.PAUSED && subscription.status == WebhookSubscription.Status.ACTIVE) {
            subscription.failingSince = null;
            subscription.pausedReason = null;
            WebhookDelivery.update("nextAttemptAt = ?1 where subscriptionId = ?2 and status = ?3", Instant.now(),
                    subscription.id, WebhookDelivery.Status.PENDING);
        }
        WebhookSubscription.getEntityManager().flush();
        return WebhookSubscriptionView.of(subscription, false);
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        WebhookSubscription subscription = managed(id);
        Versions.requireCurrent(subscription.version, ifMatch, null);
        WebhookDelivery.delete("subscriptionId", subscription.id);
        subscription.delete();
    }

    /** The delivery log of a subscription, newest first. */
    @Transactional
    public Page<WebhookDeliveryView> deliveries(UUID id, int limit, int offset) {
        WebhookSubscription subscription = managed(id);
        return Page.of(WebhookDelivery.<WebhookDelivery>find("subscriptionId", Sort.by("createdAt").descending().and("id"),
                subscription.id), limit, offset).map(WebhookDeliveryView::of);
    }

    private WebhookSubscription managed(UUID id) {
        WebhookSubscription subscription = WebhookSubscription.findById(id);
        if (subscription == null || !mayManage(subscription.orgUnitCode)) {
            throw ProblemException.notFound("Webhook subscription", id);
        }
        return subscription;
    }

    private boolean mayManage(String orgUnitCode) {
        return caller.actsForEveryOrgUnit()
                || caller.hasRole(Roles.BOARD_EDITOR) && orgUnitCode != null && caller.orgUnitCodes().contains(orgUnitCode);
    }

    private void apply(WebhookSubscription subscription, WebhookSubscriptionRequest request) {
        if (!mayManage(request.orgUnit())) {
            if (request.orgUnit() == null) {
                throw ProblemException.invalidField("orgUnit", "A board editor subscribes to the events of one of its own org units: "
                        + String.join(", ", new TreeSet<>(caller.orgUnitCodes())));
            }
            caller.requireActsFor(request.orgUnit(), "subscribe to its events");
            throw new ProblemException(ProblemType.FORBIDDEN, "You may not subscribe to events of org unit " + request.orgUnit());
        }
        CallbackAddresses.refusal(request.callbackUrl(), config.allowPrivateCallbacks(), deliverer.suiteHosts())
                .ifPresent(reason -> {
                    throw ProblemException.unprocessableField("callbackUrl", "The callback URL " + reason);
                });
        for (int i = 0; i < request.eventTypes().size(); i++) {
            if (!eventTypes.all().contains(request.eventTypes().get(i))) {
                throw ProblemException.invalidField("eventTypes[" + i + "]", "Unknown event type; this service publishes "
                        + String.join(", ", new TreeSet<>(eventTypes.all())));
            }
        }
        if (request.secret() != null && !Signatures.isValidSecret(request.secret())) {
            throw ProblemException.invalidField("secret", "A secret is whsec_ and the base64 of 24 to 64 random bytes");
        }
        subscription.callbackUrl = request.callbackUrl();
        subscription.eventTypes = String.join(",", new TreeSet<>(request.eventTypes()));
        subscription.orgUnitCode = request.orgUnit();
        subscription.mandatePeriodId = request.mandatePeriodId();
        subscription.description = request.description();
        subscription.status = request.status() == null ? WebhookSubscription.Status.ACTIVE : request.status();
    }
}
