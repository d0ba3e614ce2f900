package se.malstyrning.goals.webhooks;

import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.malstyrning.runtime.webhooks.WebhookSubscriptions;
import se.malstyrning.runtime.webhooks.WebhookSubscriptionsResource;

@Path("/goals/v1/webhooks")
@Tag(name = "Webhooks", description = "Subscriptions to the events of goals-service: goal.adopted, goal.changed, goal.archived")
public class WebhooksResource extends WebhookSubscriptionsResource {

    public WebhooksResource(WebhookSubscriptions subscriptions) {
        super(subscriptions);
    }
}
