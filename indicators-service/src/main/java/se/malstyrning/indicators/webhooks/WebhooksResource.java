package se.malstyrning.indicators.webhooks;

import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.malstyrning.runtime.webhooks.WebhookSubscriptions;
import se.malstyrning.runtime.webhooks.WebhookSubscriptionsResource;

@Path("/indicators/v1/webhooks")
@Tag(name = "Webhooks", description = "Subscriptions to the events of indicators-service: observations.imported")
public class WebhooksResource extends WebhookSubscriptionsResource {

    public WebhooksResource(WebhookSubscriptions subscriptions) {
        super(subscriptions);
    }
}
