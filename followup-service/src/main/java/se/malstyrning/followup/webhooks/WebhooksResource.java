package se.malstyrning.followup.webhooks;

import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.malstyrning.runtime.webhooks.WebhookSubscriptions;
import se.malstyrning.runtime.webhooks.WebhookSubscriptionsResource;

@Path("/followup/v1/webhooks")
@Tag(name = "Webhooks", description = "Subscriptions to the events of followup-service: consultations (remiss), decisions, assessments")
public class WebhooksResource extends WebhookSubscriptionsResource {

    public WebhooksResource(WebhookSubscriptions subscriptions) {
        super(subscriptions);
    }
}
