package se.malstyrning.runtime.webhooks;

import java.util.Set;

/** The event types a service publishes (a bean of each service); a subscription may name only these. */
public interface WebhookEventTypes {

    Set<String> all();
}
