package se.malstyrning.followup.activities;

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
import se.malstyrning.runtime.concurrency.Versions;
import se.malstyrning.runtime.input.DeprecatedNames;
import se.malstyrning.runtime.idempotency.Idempotent;
import se.malstyrning.runtime.paging.Page;
import se.malstyrning.runtime.orgunits.OrgUnitKey;
import se.malstyrning.runtime.paging.PageRequest;
import se.malstyrning.runtime.rest.Responses;
import se.malstyrning.runtime.security.Roles;

import java.util.UUID;

@Path("/followup/v1/activities")
@Tag(name = "Activities", description = "Activities of the boards, alone or across sectors, towards the goals")
@Produces(MediaType.APPLICATION_JSON)
public class ActivityResource {

    private final ActivityService service;

    public ActivityResource(ActivityService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.STRATEGIST, Roles.BOARD_EDITOR, Roles.READER})
    @Operation(operationId = "listActivities", summary = "The activities, by owner")
    public RestResponse<Page<ActivityView>> list(@Parameter(description = OrgUnitKey.FILTER + " Only the activities it runs.", example = "BUN")
                                                 @QueryParam("ownerOrgUnit") @Size(max = OrgUnitKey.ID_OR_CODE_MAX_LENGTH)
                                                 @Pattern(regexp = OrgUnitKey.ID_OR_CODE_PATTERN, message = OrgUnitKey.ID_OR_CODE_MESSAGE) String ownerOrgUnit,
                                                 @Parameter(description = "Deprecated: ownerOrgUnit, which takes the org unit's id or its code",
                                                         deprecated = true)
                                                 @QueryParam("ownerOrgUnitCode") @Size(max = OrgUnitKey.CODE_MAX_LENGTH) String ownerOrgUnitCode,
                                                 @Valid @BeanParam PageRequest page, @Context UriInfo uri) {
        return Responses.page(service.list(DeprecatedNames.either("ownerOrgUnit", ownerOrgUnit, "ownerOrgUnitCode", ownerOrgUnitCode),
                page.limit, page.offset), uri);
    }

    @GET
    @APIResponse(responseCode = "200", description = "The resource; ETag names its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActivityView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag given in If-None-Match")
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.STRATEGIST, Roles.BOARD_EDITOR, Roles.READER})
    @Operation(operationId = "getActivity", summary = "Get one activity")
    public Response get(@PathParam("id") UUID id, @Context Request request) {
        ActivityView activity = service.get(id);
        return Responses.versioned(request, activity.version(), activity);
    }

    @POST
    @APIResponse(responseCode = "201", description = "Created: Location names the new resource, ETag its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActivityView.class)))
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.STRATEGIST, Roles.BOARD_EDITOR})
    @Operation(operationId = "createActivity", summary = "Record an activity of an org unit",
            description = "Board editors only for their own org units (403 otherwise).")
    public Response create(@Valid @NotNull ActivityRequest request, @Context UriInfo uri) {
        ActivityView created = service.create(request);
        return Responses.created(uri, created.id(), created.version(), created);
    }

    @PUT
    @APIResponse(responseCode = "200", description = "Changed; ETag names the new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActivityView.class)))
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.STRATEGIST, Roles.BOARD_EDITOR})
    @Operation(operationId = "updateActivity", summary = "Change an activity, e.g. its status",
            description = "If-Match: 412 when stale, 428 without it.")
    public Response update(@PathParam("id") UUID id,
                           @Parameter(description = "The ETag the change was made against") @HeaderParam(Versions.IF_MATCH) String ifMatch,
                           @Valid @NotNull ActivityRequest request) {
        ActivityView updated = service.update(id, ifMatch, request);
        return Response.ok(updated).tag(Versions.etag(updated.version())).build();
    }
}
