package se.malstyrning.indicators.catalogue;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.malstyrning.runtime.idempotency.Idempotent;
import se.malstyrning.runtime.security.Roles;

import java.util.UUID;

@Path("/indicators/v1/indicators/{id}/links")
@Tag(name = "Indicator catalogue")
@Produces(MediaType.APPLICATION_JSON)
public class IndicatorLinkResource {

    private final IndicatorLinkService service;

    public IndicatorLinkResource(IndicatorLinkService service) {
        this.service = service;
    }

    @GET
    @PermitAll
    @Operation(operationId = "getIndicatorLinks", summary = "The Agenda 2030 targets an indicator follows and the goals it measures")
    public IndicatorLinksView links(@PathParam("id") UUID id) {
        return service.links(id);
    }

    @PUT
    @Path("/sdg-targets")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.STRATEGIST})
    @Operation(operationId = "replaceIndicatorSdgTargets", summary = "Set all Agenda 2030 targets the indicator follows")
    public IndicatorLinksView replaceSdgTargets(@PathParam("id") UUID id, @Valid @NotNull SdgTargetsRequest request) {
        return service.replaceSdgTargets(id, request);
    }

    @POST
    @Idempotent
    @Path("/goals")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.STRATEGIST, Roles.BOARD_EDITOR})
    @Operation(operationId = "linkIndicatorToGoal", summary = "Record that the indicator measures a goal (checked at goals-service)",
            description = "An unknown goal is a 422 naming goalId; goals-service down is a 503 with Retry-After. Idempotent."
                    + " A board editor links only goals of its own org units (403 otherwise).")
    public IndicatorLinksView linkGoal(@PathParam("id") UUID id, @Valid @NotNull GoalLinkRequest request) {
        return service.linkGoal(id, request.goalId());
    }

    @DELETE
    @APIResponse(responseCode = "204", description = "Removed")
    @Path("/goals/{goalId}")
    @RolesAllowed({Roles.ADMIN, Roles.STRATEGIST, Roles.BOARD_EDITOR})
    @Operation(operationId = "unlinkIndicatorFromGoal", summary = "Remove the link between the indicator and a goal",
            description = "A board editor unlinks only goals of its own org units (403 otherwise).")
    public Response unlinkGoal(@PathParam("id") UUID id, @PathParam("goalId") UUID goalId) {
        service.unlinkGoal(id, goalId);
        return Response.noContent().build();
    }
}
