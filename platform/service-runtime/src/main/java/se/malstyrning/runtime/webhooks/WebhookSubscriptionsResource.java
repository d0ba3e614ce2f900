package se.malstyrning.runtime.webhooks;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.jboss.resteasy.reactive.RestResponse;
import se.malstyrning.runtime.concurrency.Versions;
import se.malstyrning.runtime.idempotency.Idempotent;
import se.malstyrning.runtime.paging.Page;
import se.malstyrning.runtime.paging.PageRequest;
import se.malstyrning.runtime.rest.Responses;
import se.malstyrning.runtime.security.Roles;

import java.util.UUID;

/**
 * {@code /{api}/v1/webhooks}: the same operations in every service, each for its own events. A
 * service's resource extends this with its {@code @Path} and {@code @Tag}; the operation ids get
 * the service's name ({@link se.malstyrning.runtime.openapi.WebhookOperationIds}).
 */
@Produces(MediaType.APPLICATION_JSON)
public abstract class WebhookSubscriptionsResource {

    /** The security scheme of the services' documents (smallrye sees no roles on inherited methods, so they are named here). */
    private static final String KEYCLOAK = "keycloak";

    private final WebhookSubscriptions subscriptions;

    protected WebhookSubscriptionsResource(WebhookSubscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.STRATEGIST, Roles.BOARD_EDITOR})
    @SecurityRequirement(name = KEYCLOAK)
    @Operation(operationId = "listWebhookSubscriptions", summary = "List the webhook subscriptions you manage",
            description = "The office sees every subscription, a board editor those of its own org units.")
    public RestResponse<Page<WebhookSubscriptionView>> list(@Valid @BeanParam PageRequest page, @Context UriInfo uri) {
        return Responses.page(subscriptions.list(page.limit, page.offset), uri);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.STRATEGIST, Roles.BOARD_EDITOR})
    @SecurityRequirement(name = KEYCLOAK)
    @APIResponse(responseCode = "200", description = "The subscription; ETag names its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookSubscriptionView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag given in If-None-Match")
    @Operation(operationId = "getWebhookSubscription", summary = "Get a webhook subscription (without its secret)")
    public Response get(@PathParam("id") UUID id, @Context Request request) {
        WebhookSubscriptionView subscription = subscriptions.get(id);
        return Responses.versioned(request, subscription.version(), subscription);
    }

    @POST
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.STRATEGIST, Roles.BOARD_EDITOR})
    @SecurityRequirement(name = KEYCLOAK)
    @APIResponse(responseCode = "201", description = "Created: Location names the subscription; the answer shows its secret, once",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookSubscriptionView.class)))
    @Operation(operationId = "createWebhookSubscription", summary = "Subscribe a callback URL to events",
            description = "Events are POSTed as JSON signed as Standard Webhooks has it (webhook-id, webhook-timestamp,"
                    + " webhook-signature: HMAC-SHA256 with the secret), at least once, retried with exponential back-off;"
                    + " see docs/webhooks.md. A callback URL on loopback, link-local or the suite's own hosts is a 422 unless an"
                    + " administrator allows it. A board editor subscribes only with orgUnit one of its own.")
    public Response create(@Valid @NotNull WebhookSubscriptionRequest request, @Context UriInfo uri) {
        WebhookSubscriptionView created = subscriptions.create(request);
        return Responses.created(uri, created.id(), created.version(), created);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.STRATEGIST, Roles.BOARD_EDITOR})
    @SecurityRequirement(name = KEYCLOAK)
    @APIResponse(responseCode = "200", description = "Changed; ETag names the new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookSubscriptionView.class)))
    @Operation(operationId = "updateWebhookSubscription", summary = "Change, pause or resume a webhook subscription",
            description = "Send the ETag of your GET in If-Match (412 when stale, 428 without). The secret stays unless a new one is given."
                    + " Resuming a paused subscription retries what waits at once.")
    public Response update(@PathParam("id") UUID id,
                           @Parameter(description = "The ETag the change was made against", required = true)
                           @HeaderParam(Versions.IF_MATCH) String ifMatch,
                           @Valid @NotNull WebhookSubscriptionRequest request) {
        WebhookSubscriptionView updated = subscriptions.update(id, ifMatch, request);
        return Response.ok(updated).tag(Versions.etag(updated.version())).build();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.STRATEGIST, Roles.BOARD_EDITOR})
    @SecurityRequirement(name = KEYCLOAK)
    @APIResponse(responseCode = "204", description = "Removed, with its delivery log")
    @Operation(operationId = "deleteWebhookSubscription", summary = "Remove a webhook subscription",
            description = "Send the ETag of your GET in If-Match.")
    public Response delete(@PathParam("id") UUID id,
                           @Parameter(description = "The ETag the removal was decided on", required = true)
                           @HeaderParam(Versions.IF_MATCH) String ifMatch) {
        subscriptions.delete(id, ifMatch);
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/deliveries")
    @RolesAllowed({Roles.ADMIN, Roles.STRATEGIST, Roles.BOARD_EDITOR})
    @SecurityRequirement(name = KEYCLOAK)
    @Operation(operationId = "listWebhookDeliveries", summary = "The delivery log of a subscription, newest first",
            description = "Each event sent or waiting: status, attempts, the receiver's last status and error, the next attempt.")
    public RestResponse<Page<WebhookDeliveryView>> deliveries(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page,
                                                              @Context UriInfo uri) {
        return Responses.page(subscriptions.deliveries(id, page.limit, page.offset), uri);
    }
}
