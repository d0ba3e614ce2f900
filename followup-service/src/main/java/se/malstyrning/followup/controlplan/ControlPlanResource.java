package se.malstyrning.followup.controlplan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import se.malstyrning.runtime.concurrency.Versions;
import se.malstyrning.runtime.idempotency.Idempotent;
import se.malstyrning.runtime.paging.Page;
import se.malstyrning.runtime.paging.PageRequest;
import se.malstyrning.runtime.rest.Responses;
import se.malstyrning.runtime.security.Roles;

import java.util.UUID;

@Path("/followup/v1/internal-control-plans")
@Tag(name = "Internal control", description = "The municipal internal control plan, built from the largest risks")
@Produces(MediaType.APPLICATION_JSON)
public class ControlPlanResource {

    private final ControlPlanService service;

    public ControlPlanResource(ControlPlanService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.STRATEGIST, Roles.BOARD_EDITOR, Roles.READER})
    @Operation(operationId = "listInternalControlPlans", summary = "The plans, newest year first")
    public RestResponse<Page<ControlPlanView>> list(@Valid @BeanParam PageRequest page, @Context UriInfo uri) {
        return Responses.page(service.list(page.limit, page.offset), uri);
    }

    @GET
    @APIResponse(responseCode = "200", description = "The resource; ETag names its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ControlPlanView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag given in If-None-Match")
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.STRATEGIST, Roles.BOARD_EDITOR, Roles.READER})
    @Operation(operationId = "getInternalControlPlan", summary = "Get a plan with its controls")
    public Response get(@PathParam("id") UUID id, @Context Request request) {
        ControlPlanView plan = service.get(id);
        return Responses.versioned(request, plan.version(), plan);
    }

    @POST
    @APIResponse(responseCode = "201", description = "Created: Location names the new resource, ETag its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ControlPlanView.class)))
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.STRATEGIST})
    @Operation(operationId = "buildInternalControlPlan", summary = "Build the year's plan from its largest risks",
            description = "409 naming year when the year has a plan.")
    public Response build(@Valid @NotNull ControlPlanRequest request, @Context UriInfo uri) {
        ControlPlanView built = service.build(request);
        return Responses.created(uri, built.id(), built.version(), built);
    }

    @PUT
    @APIResponse(responseCode = "200", description = "Changed; ETag names the new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ControlView.class)))
    @Path("/{id}/controls/{controlId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.STRATEGIST, Roles.BOARD_EDITOR})
    @Operation(operationId = "updateInternalControl", summary = "Describe a control (what, how, who, when) and follow it up",
            description = "Board editors only for risks of their own org units. If-Match: 412 when stale, 428 without it.")
    public Response updateControl(@PathParam("id") UUID id, @PathParam("controlId") UUID controlId,
                                  @Parameter(description = "The ETag the change was made against") @HeaderParam(Versions.IF_MATCH) String ifMatch,
                                  @Valid @NotNull ControlRequest request) {
        ControlView updated = service.updateControl(id, controlId, ifMatch, request);
        return Response.ok(updated).tag(Versions.etag(updated.version())).build();
    }
}
