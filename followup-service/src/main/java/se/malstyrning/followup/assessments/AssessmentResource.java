package se.malstyrning.followup.assessments;

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
import se.malstyrning.followup.paging.ListPages;
import se.malstyrning.runtime.concurrency.Versions;
import se.malstyrning.runtime.idempotency.Idempotent;
import se.malstyrning.runtime.paging.Page;
import se.malstyrning.runtime.paging.PageRequest;
import se.malstyrning.runtime.rest.Responses;
import se.malstyrning.runtime.security.Roles;

import java.util.UUID;

@Path("/followup/v1/follow-up-cycles/{cycleId}/assessments")
@Tag(name = "Assessments", description = "The boards' assessments per goal, with a snapshot of the computed fulfilment")
@Produces(MediaType.APPLICATION_JSON)
public class AssessmentResource {

    private final AssessmentService service;

    public AssessmentResource(AssessmentService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.STRATEGIST, Roles.BOARD_EDITOR, Roles.READER})
    @Operation(operationId = "listAssessments", summary = "The assessments of a cycle, by org unit")
    public RestResponse<Page<AssessmentView>> list(@PathParam("cycleId") UUID cycleId, @Valid @BeanParam PageRequest page, @Context UriInfo uri) {
        return Responses.page(service.list(cycleId, page.limit, page.offset), uri);
    }

    @GET
    @APIResponse(responseCode = "200", description = "The resource; ETag names its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssessmentView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag given in If-None-Match")
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.STRATEGIST, Roles.BOARD_EDITOR, Roles.READER})
    @Operation(operationId = "getAssessment", summary = "Get one assessment in its latest revision")
    public Response get(@PathParam("cycleId") UUID cycleId, @PathParam("id") UUID id, @Context Request request) {
        AssessmentView assessment = service.get(cycleId, id);
        return Responses.versioned(request, assessment.version(), assessment);
    }

    @POST
    @APIResponse(responseCode = "201", description = "Created: Location names the new resource, ETag its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssessmentView.class)))
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.STRATEGIST, Roles.BOARD_EDITOR})
    @Operation(operationId = "submitAssessment", summary = "Submit a board's assessment of a goal",
            description = "Takes a snapshot of the goal's computed fulfilment from indicators-service; 503 with nothing"
                    + " written when it is down; 403 for another board's org unit; 409 when assessed already.")
    public Response submit(@PathParam("cycleId") UUID cycleId, @Valid @NotNull AssessmentRequest request,
                           @Context UriInfo uri) {
        AssessmentView submitted = service.submit(cycleId, request);
        return Responses.created(uri, submitted.id(), submitted.version(), submitted);
    }

    @PUT
    @APIResponse(responseCode = "200", description = "Changed; ETag names the new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssessmentView.class)))
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.STRATEGIST, Roles.BOARD_EDITOR})
    @Operation(operationId = "reviseAssessment", summary = "Submit a new revision (after a return, or before review)",
            description = "409 once approved. If-Match: 412 when stale, 428 without it.")
    public Response revise(@PathParam("cycleId") UUID cycleId, @PathParam("id") UUID id,
                           @Parameter(description = "The ETag the revision was made against") @HeaderParam(Versions.IF_MATCH) String ifMatch,
                           @Valid @NotNull AssessmentRequest request) {
        AssessmentView revised = service.revise(cycleId, id, ifMatch, request);
        return Response.ok(revised).tag(Versions.etag(revised.version())).build();
    }

    @POST
    @Idempotent
    @Path("/{id}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.STRATEGIST})
    @Operation(operationId = "approveAssessment", summary = "Approve a submitted assessment")
    public AssessmentView approve(@PathParam("cycleId") UUID cycleId, @PathParam("id") UUID id,
                                  @Valid @NotNull ReviewRequest review) {
        return service.approve(cycleId, id, review);
    }

    @POST
    @Idempotent
    @Path("/{id}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.STRATEGIST})
    @Operation(operationId = "returnAssessment", summary = "Return a submitted assessment to the board, saying what to change")
    public AssessmentView returnForChanges(@PathParam("cycleId") UUID cycleId, @PathParam("id") UUID id,
                                           @Valid @NotNull ReviewRequest review) {
        return service.returnForChanges(cycleId, id, review);
    }

    @GET
    @Path("/{id}/revisions")
    @RolesAllowed({Roles.ADMIN, Roles.STRATEGIST, Roles.BOARD_EDITOR, Roles.READER})
    @Operation(operationId = "listAssessmentRevisions", summary = "Every submission and review of an assessment, oldest first")
    public RestResponse<Page<AssessmentRevisionView>> revisions(@PathParam("cycleId") UUID cycleId, @PathParam("id") UUID id,
                                                                @Valid @BeanParam PageRequest page, @Context UriInfo uri) {
        return Responses.page(ListPages.of(service.revisions(cycleId, id), page), uri);
    }
}
