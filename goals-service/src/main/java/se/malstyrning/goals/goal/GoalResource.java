package se.malstyrning.goals.goal;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import se.malstyrning.goals.decision.DecisionRequest;
import se.malstyrning.goals.history.RevisionView;
import se.malstyrning.goals.lifecycle.GoalStatus;
import se.malstyrning.runtime.concurrency.Versions;
import se.malstyrning.runtime.idempotency.Idempotent;
import se.malstyrning.runtime.input.DeprecatedNames;
import se.malstyrning.runtime.orgunits.OrgUnitKey;
import se.malstyrning.runtime.paging.Page;
import se.malstyrning.runtime.paging.PageRequest;
import se.malstyrning.runtime.rest.PublicAddresses;
import se.malstyrning.runtime.rest.Responses;
import se.malstyrning.runtime.security.Roles;

import java.util.List;
import java.util.UUID;

@Path("/goals/v1/goals")
@Tag(name = "Goals", description = "Council goals, board and company goals, sub-goals and internal goals, and their lifecycle")
@Produces(MediaType.APPLICATION_JSON)
public class GoalResource {

    private final GoalService service;

    public GoalResource(GoalService service) {
        this.service = service;
    }

    @GET
    @PermitAll
    @Operation(operationId = "listGoals", summary = "List goals; without a token only adopted ones (open data)",
            description = "Without status, only the current goals: a version replaced by a newer one (REPLACED) and an archived"
                    + " goal (ARCHIVED) are left out; ask for status=REPLACED or status=ARCHIVED, or read a goal's history, to see them.")
    public RestResponse<Page<GoalView>> list(@QueryParam("mandatePeriodId") UUID mandatePeriodId, @QueryParam("level") GoalLevel level,
                                             @Parameter(description = OrgUnitKey.FILTER + " Only the goals it owns.", example = "BUN")
                                             @QueryParam("ownerOrgUnit") @Size(max = OrgUnitKey.ID_OR_CODE_MAX_LENGTH)
                                             @Pattern(regexp = OrgUnitKey.ID_OR_CODE_PATTERN, message = OrgUnitKey.ID_OR_CODE_MESSAGE) String ownerOrgUnit,
                                             @Parameter(description = "Deprecated: ownerOrgUnit, which takes the org unit's id or its code",
                                                     deprecated = true) @QueryParam("ownerOrgUnitId") UUID ownerOrgUnitId,
                                             @QueryParam("goalAreaId") UUID goalAreaId,
                                             @QueryParam("status") GoalStatus status, @Valid @BeanParam PageRequest page, @Context UriInfo uri) {
        return Responses.page(service.list(mandatePeriodId, level, DeprecatedNames.either("ownerOrgUnit", ownerOrgUnit,
                        "ownerOrgUnitId", ownerOrgUnitId == null ? null : ownerOrgUnitId.toString()), goalAreaId, status,
                page.limit, page.offset), uri);
    }

    @GET
    @APIResponse(responseCode = "200", description = "The resource; ETag names its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GoalView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag given in If-None-Match")
    @Path("/{id}")
    @PermitAll
    @Operation(operationId = "getGoal", summary = "Get one goal; drafts need a token")
    public Response get(@PathParam("id") UUID id, @Context Request request) {
        GoalView goal = service.get(id);
        return Responses.versioned(request, goal.version(), goal);
    }

    @POST
    @APIResponse(responseCode = "201", description = "Created: Location names the new resource, ETag its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GoalView.class)))
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.STRATEGIST, Roles.BOARD_EDITOR})
    @Operation(operationId = "createGoal", summary = "Create a goal as a draft",
            description = "The office creates council and internal goals; a board editor creates board goals and sub-goals of its own org units.")
    public Response create(@Valid @NotNull GoalRequest request, @Context UriInfo uri) {
        GoalView created = service.create(request);
        return Responses.created(uri, created.id(), created.version(), created);
    }

    @PUT
    @APIResponse(responseCode = "200", description = "Changed; ETag names the new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GoalView.class)))
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.STRATEGIST, Roles.BOARD_EDITOR})
    @Operation(operationId = "updateGoal", summary = "Change the wording of a draft or proposed goal",
            description = "Send the ETag of your GET in If-Match. An adopted goal is never edited in place: create a new version.")
    public Response update(@PathParam("id") UUID id,
                           @Parameter(description = "The ETag the change was made against", required = true)
                           @HeaderParam(Versions.IF_MATCH) String ifMatch,
                           @Valid @NotNull GoalRequest request) {
        GoalView updated = service.update(id, ifMatch, request);
        return Response.ok(updated).tag(Versions.etag(updated.version())).build();
    }

    @POST
    @Idempotent
    @Path("/{id}/propose")
    @RolesAllowed({Roles.ADMIN, Roles.STRATEGIST, Roles.BOARD_EDITOR})
    @Operation(operationId = "proposeGoal", summary = "Propose a draft goal for decision")
    public GoalView propose(@PathParam("id") UUID id) {
        return service.propose(id);
    }

    @POST
    @Idempotent
    @Path("/{id}/adopt")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.STRATEGIST, Roles.BOARD_EDITOR})
    @Operation(operationId = "adoptGoal", summary = "Record the decision that adopted a goal",
            description = "A new version, when adopted, replaces the version it was made from. The office records any"
                    + " adoption; a board editor only its own board's adoption of its own board goals and sub-goals,"
                    + " with its board as the decision's body (403 otherwise).")
    public GoalView adopt(@PathParam("id") UUID id, @Valid @NotNull DecisionRequest decision) {
        return service.adopt(id, decision);
    }

    @POST
    @Idempotent
    @Path("/{id}/archive")
    @RolesAllowed({Roles.ADMIN, Roles.STRATEGIST})
    @Operation(operationId = "archiveGoal", summary = "Archive an adopted goal")
    public GoalView archive(@PathParam("id") UUID id) {
        return service.archive(id);
    }

    @POST
    @APIResponse(responseCode = "201", description = "Created: Location names the new resource, ETag its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GoalView.class)))
    @Idempotent
    @Path("/{id}/versions")
    @RolesAllowed({Roles.ADMIN, Roles.STRATEGIST, Roles.BOARD_EDITOR})
    @Operation(operationId = "createGoalVersion", summary = "Start a new version of an adopted goal as a draft")
    public Response newVersion(@PathParam("id") UUID id) {
        GoalView draft = service.newVersion(id);
        return Response.created(PublicAddresses.of("/goals/v1/goals/" + draft.id()))
                .tag(Versions.etag(draft.version())).entity(draft).build();
    }

    @GET
    @Path("/{id}/history")
    @PermitAll
    @Operation(operationId = "getGoalHistory", summary = "Every recorded change of a goal: who, when, what",
            description = "Without a token only the states in which the goal was public (adopted, archived, replaced).")
    public List<RevisionView> history(@PathParam("id") UUID id) {
        return service.history(id);
    }
}
