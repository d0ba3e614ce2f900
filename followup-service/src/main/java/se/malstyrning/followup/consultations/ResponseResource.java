package se.malstyrning.followup.consultations;

import io.quarkus.security.Authenticated;
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

@Path("/followup/v1/consultations/{consultationId}/responses")
@Tag(name = "Consultation responses", description = "Remissvar: one answer per recipient, revised with history")
@Produces(MediaType.APPLICATION_JSON)
public class ResponseResource {

    private final ResponseService service;

    public ResponseResource(ResponseService service) {
        this.service = service;
    }

    @GET
    @Authenticated
    @Operation(operationId = "listConsultationResponses", summary = "The answers you may see; boards see their own")
    public RestResponse<Page<ResponseView>> list(@PathParam("consultationId") UUID consultationId, @Valid @BeanParam PageRequest page,
                                                 @Context UriInfo uri) {
        return Responses.page(ListPages.of(service.list(consultationId), page), uri);
    }

    @GET
    @APIResponse(responseCode = "200", description = "The resource; ETag names its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ResponseView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag given in If-None-Match")
    @Path("/{id}")
    @Authenticated
    @Operation(operationId = "getConsultationResponse", summary = "Get one answer in its latest revision")
    public Response get(@PathParam("consultationId") UUID consultationId, @PathParam("id") UUID id,
                        @Context Request request) {
        ResponseView response = service.get(consultationId, id);
        return Responses.versioned(request, response.version(), response);
    }

    @POST
    @APIResponse(responseCode = "201", description = "Created: Location names the new resource, ETag its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ResponseView.class)))
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.STRATEGIST, Roles.BOARD_EDITOR})
    @Operation(operationId = "answerConsultation", summary = "Answer for a recipient org unit, once",
            description = "403 for another board's org unit; 409 when it has answered already (revise it instead)"
                    + " or the consultation takes no answers. After the reply date the answer is marked late.")
    public Response answer(@PathParam("consultationId") UUID consultationId, @Valid @NotNull ResponseRequest request,
                           @Context UriInfo uri) {
        ResponseView created = service.answer(consultationId, request);
        return Responses.created(uri, created.id(), created.version(), created);
    }

    @PUT
    @APIResponse(responseCode = "200", description = "Changed; ETag names the new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ResponseView.class)))
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.STRATEGIST, Roles.BOARD_EDITOR})
    @Operation(operationId = "reviseConsultationResponse", summary = "Submit a new revision of an answer",
            description = "The earlier revisions stay readable. If-Match: 412 when stale, 428 without it.")
    public Response revise(@PathParam("consultationId") UUID consultationId, @PathParam("id") UUID id,
                           @Parameter(description = "The ETag the revision was made against") @HeaderParam(Versions.IF_MATCH) String ifMatch,
                           @Valid @NotNull ResponseRequest request) {
        ResponseView revised = service.revise(consultationId, id, ifMatch, request);
        return Response.ok(revised).tag(Versions.etag(revised.version())).build();
    }

    @GET
    @Path("/{id}/revisions")
    @Authenticated
    @Operation(operationId = "listConsultationResponseRevisions", summary = "Every submitted revision of an answer, oldest first")
    public RestResponse<Page<RevisionView>> revisions(@PathParam("consultationId") UUID consultationId, @PathParam("id") UUID id,
                                                      @Valid @BeanParam PageRequest page, @Context UriInfo uri) {
        return Responses.page(ListPages.of(service.revisions(consultationId, id), page), uri);
    }
}
