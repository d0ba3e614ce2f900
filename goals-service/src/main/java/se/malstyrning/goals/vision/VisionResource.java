package se.malstyrning.goals.vision;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import se.malstyrning.goals.decision.DecisionRequest;
import se.malstyrning.goals.history.HistoryService;
import se.malstyrning.goals.history.RevisionView;
import se.malstyrning.runtime.concurrency.Versions;
import se.malstyrning.runtime.idempotency.Idempotent;
import se.malstyrning.runtime.rest.PublicAddresses;
import se.malstyrning.runtime.rest.Responses;
import se.malstyrning.runtime.security.Roles;

import java.util.List;
import java.util.UUID;

@Path("/goals/v1/visions")
@Tag(name = "Vision", description = "The vision and core values (värdegrund) with their validity")
@Produces(MediaType.APPLICATION_JSON)
public class VisionResource {

    private final VisionService service;
    private final HistoryService history;

    public VisionResource(VisionService service, HistoryService history) {
        this.service = service;
        this.history = history;
    }

    @GET
    @PermitAll
    @Operation(operationId = "listVisions", summary = "List visions, newest first; drafts need a token")
    public List<VisionView> list() {
        return service.list();
    }

    @GET
    @APIResponse(responseCode = "200", description = "The resource; ETag names its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VisionView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag given in If-None-Match")
    @Path("/{id}")
    @PermitAll
    @Operation(operationId = "getVision", summary = "Get one vision")
    public Response get(@PathParam("id") UUID id, @Context Request request) {
        VisionView vision = service.get(id);
        return Responses.versioned(request, vision.version(), vision);
    }

    @POST
    @APIResponse(responseCode = "201", description = "Created: Location names the new resource, ETag its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VisionView.class)))
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.STRATEGIST})
    @Operation(operationId = "createVision", summary = "Record a vision; with a decision it is adopted")
    public Response create(@Valid @NotNull VisionRequest request, @Context UriInfo uri) {
        VisionView created = service.create(request);
        return Responses.created(uri, created.id(), created.version(), created);
    }

    @PUT
    @APIResponse(responseCode = "200", description = "Changed; ETag names the new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VisionView.class)))
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.STRATEGIST})
    @Operation(operationId = "updateVision", summary = "Change a draft vision (If-Match required); with a decision it is adopted",
            description = "An adopted vision is never edited in place (409): a change, such as extending its validity, is a new"
                    + " version (createVisionVersion) adopted by a decision, which replaces the version it was made from.")
    public Response update(@PathParam("id") UUID id,
                           @Parameter(description = "The ETag the change was made against", required = true)
                           @HeaderParam(Versions.IF_MATCH) String ifMatch,
                           @Valid @NotNull VisionRequest request) {
        VisionView updated = service.update(id, ifMatch, request);
        return Response.ok(updated).tag(Versions.etag(updated.version())).build();
    }

    @POST
    @APIResponse(responseCode = "201", description = "Created: Location names the new resource, ETag its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VisionView.class)))
    @Idempotent
    @Path("/{id}/versions")
    @RolesAllowed({Roles.ADMIN, Roles.STRATEGIST})
    @Operation(operationId = "createVisionVersion", summary = "Start a new version of an adopted vision as a draft",
            description = "The draft has the adopted wording and validity; change it with updateVision and adopt it with"
                    + " adoptVision. The adopted version stays as it is until then.")
    public Response newVersion(@PathParam("id") UUID id) {
        VisionView draft = service.newVersion(id);
        return Response.created(PublicAddresses.of("/goals/v1/visions/" + draft.id()))
                .tag(Versions.etag(draft.version())).entity(draft).build();
    }

    @POST
    @Idempotent
    @Path("/{id}/adopt")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.STRATEGIST})
    @Operation(operationId = "adoptVision", summary = "Record the decision that adopted a vision",
            description = "A new version, when adopted, replaces the version it was made from (status REPLACED, in history).")
    public VisionView adopt(@PathParam("id") UUID id, @Valid @NotNull DecisionRequest decision) {
        return service.adopt(id, decision);
    }

    @GET
    @Path("/{id}/history")
    @PermitAll
    @Operation(operationId = "getVisionHistory", summary = "Every recorded change of a vision: who, when, what",
            description = "Without a token only the states in which the vision was adopted.")
    public List<RevisionView> history(@PathParam("id") UUID id) {
        service.get(id);
        return history.of(Vision.class, id, VisionView::of, vision -> vision.status != null && vision.status.isPublic());
    }
}
