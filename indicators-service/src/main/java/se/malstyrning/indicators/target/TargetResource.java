package se.malstyrning.indicators.target;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import jakarta.ws.rs.QueryParam;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import se.malstyrning.runtime.concurrency.Versions;
import se.malstyrning.runtime.idempotency.Idempotent;
import se.malstyrning.runtime.paging.Page;
import se.malstyrning.runtime.paging.PageRequest;
import se.malstyrning.runtime.rest.Responses;
import se.malstyrning.runtime.security.Roles;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Path("/indicators/v1/targets")
@Tag(name = "Targets", description = "Önskade värden: baseline, desired and accepted values per goal, indicator and area")
@Produces(MediaType.APPLICATION_JSON)
public class TargetResource {

    private static final String OWN_GOALS = " A board editor may do this only for goals owned by its org units (403 otherwise);"
            + " goals-service being down is a 503 with Retry-After and nothing written.";

    private final TargetService service;

    public TargetResource(TargetService service) {
        this.service = service;
    }

    @GET
    @Authenticated
    @Operation(operationId = "listTargets", summary = "List targets, by goal, indicator code and area")
    public RestResponse<Page<TargetView>> list(@QueryParam("goalId") UUID goalId, @QueryParam("indicatorId") UUID indicatorId,
                                               @Parameter(description = "Municipality or org unit code") @QueryParam("area") @Size(max = 32) String area,
                                               @Valid @BeanParam PageRequest page, @Context UriInfo uri) {
        return Responses.page(service.list(Optional.ofNullable(goalId), Optional.ofNullable(indicatorId),
                Optional.ofNullable(area), page.limit, page.offset), uri);
    }

    @GET
    @APIResponse(responseCode = "200", description = "The resource; ETag names its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TargetView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag given in If-None-Match")
    @Path("/{id}")
    @Authenticated
    @Operation(operationId = "getTarget", summary = "Get one target")
    public Response get(@PathParam("id") UUID id, @Context Request request) {
        TargetView target = service.get(id);
        return Responses.versioned(request, target.version(), target);
    }

    @GET
    @Path("/{id}/history")
    @Authenticated
    @Operation(operationId = "getTargetHistory", summary = "Every earlier version of a target, oldest first (also after deletion)")
    public Page<TargetRevisionView> history(@PathParam("id") UUID id) {
        List<TargetRevisionView> revisions = service.history(id);
        return new Page<>(revisions, revisions.size(), revisions.size(), 0);
    }

    @POST
    @APIResponse(responseCode = "201", description = "Created: Location names the new resource, ETag its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TargetView.class)))
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.STRATEGIST, Roles.BOARD_EDITOR})
    @Operation(operationId = "createTarget", summary = "Set the target values of an indicator for a goal and area",
            description = "The goal must exist at goals-service (422 naming goalId); an accepted value beyond the desired value"
                    + " is a 422 naming acceptedValue."
                    + OWN_GOALS)
    public Response create(@Valid @NotNull TargetRequest request, @Context UriInfo uri) {
        TargetView created = service.create(request);
        return Responses.created(uri, created.id(), created.version(), created);
    }

    @PUT
    @APIResponse(responseCode = "200", description = "Changed; ETag names the new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TargetView.class)))
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.STRATEGIST, Roles.BOARD_EDITOR})
    @Operation(operationId = "updateTarget", summary = "Change a target; the previous version is kept in its history",
            description = "Send the ETag of your GET in If-Match: 412 when the target changed since, 428 without it." + OWN_GOALS)
    public Response update(@PathParam("id") UUID id,
                           @Parameter(description = "The ETag the change was made against", required = true)
                           @HeaderParam(Versions.IF_MATCH) String ifMatch,
                           @Valid @NotNull TargetRequest request) {
        TargetView updated = service.update(id, ifMatch, request);
        return Response.ok(updated).tag(Versions.etag(updated.version())).build();
    }

    @DELETE
    @APIResponse(responseCode = "204", description = "Removed")
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.STRATEGIST, Roles.BOARD_EDITOR})
    @Operation(operationId = "deleteTarget", summary = "Delete a target; its history stays readable",
            description = "Send the ETag of your GET in If-Match." + OWN_GOALS)
    public Response delete(@PathParam("id") UUID id,
                           @Parameter(description = "The ETag the deletion was decided on", required = true)
                           @HeaderParam(Versions.IF_MATCH) String ifMatch) {
        service.delete(id, ifMatch);
        return Response.noContent().build();
    }
}
