package se.malstyrning.runtime.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The webhook operations are the same in every service (se.malstyrning.runtime.webhooks); their ids
 * get the service's name ({@code listGoalsWebhookSubscriptions}), so that they stay unique in the
 * merged document of the suite.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class WebhookOperationIds implements OASFilter {

    private static final Pattern WEBHOOKS = Pattern.compile("^/(\\w+)/v1/webhooks(/.*)?$");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            Matcher webhooks = WEBHOOKS.matcher(path);
            if (!webhooks.matches() || item.getOperations() == null) {
                return;
            }
            String api = Character.toUpperCase(webhooks.group(1).charAt(0)) + webhooks.group(1).substring(1);
            item.getOperations().values().forEach(operation -> {
                String id = operation.getOperationId();
                if (id != null && id.contains("Webhook") && !id.contains(api + "Webhook")) {
                    operation.setOperationId(id.replaceFirst("Webhook", api + "Webhook"));
                }
            });
        });
    }
}
