package se.malstyrning.goals.document;

import jakarta.annotation.security.PermitAll;
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
import se.malstyrning.goals.history.RevisionView;
import se.malstyrning.runtime.concurrency.Versions;
import se.malstyrning.runtime.idempotency.Idempotent;
import se.malstyrning.runtime.paging.Page;
import se.malstyrning.runtime.paging.PageRequest;
import se.malstyrning.runtime.rest.Responses;
import se.malstyrning.runtime.security.Roles;

import java.util.List;
import java.util.UUID;

@Path("/goals/v1/steering-documents")
@Tag(name = "Steering documents", description = "Policies, programmes, plans and guidelines linked to the goal structure")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentResource {

    private final DocumentService service;

    public DocumentResource(DocumentService service) {
        this.service = service;
    }

    @GET
    @PermitAll
    @Operation(operationId = "listSteeringDocuments", summary = "List the steering documents (open data)",
            description = "Without a token, links to goals that are not public are left out.")
    public RestResponse<Page<DocumentView>> list(@Valid @BeanParam PageRequest page, @Context UriInfo uri) {
        return Responses.page(service.list(page.limit, page.offset), uri);
    }

    @GET
    @APIResponse(responseCode = "200", description = "The resource; ETag names its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag given in If-None-Match")
    @Path("/{id}")
    @PermitAll
    @Operation(operationId = "getSteeringDocument", summary = "Get one steering document",
            description = "Without a token, links to goals that are not public are left out.")
    public Response get(@PathParam("id") UUID id, @Context Request request) {
        DocumentView document = service.get(id);
        return Responses.versioned(request, document.version(), document);
    }

    @POST
    @APIResponse(responseCode = "201", description = "Created: Location names the new resource, ETag its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentView.class)))
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.STRATEGIST})
    @Operation(operationId = "createSteeringDocument", summary = "Register a steering document")
    public Response create(@Valid @NotNull DocumentRequest request, @Context UriInfo uri) {
        DocumentView created = service.create(request);
        return Responses.created(uri, created.id(), created.version(), created);
    }

    @PUT
    @APIResponse(responseCode = "200", description = "Changed; ETag names the new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentView.class)))
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.STRATEGIST})
    @Operation(operationId = "updateSteeringDocument", summary = "Change a steering document (If-Match required)")
    public Response update(@PathParam("id") UUID id,
                           @Parameter(description = "The ETag the change was made against", required = true)
                           @HeaderParam(Versions.IF_MATCH) String ifMatch,
                           @Valid @NotNull DocumentRequest request) {
        DocumentView updated = service.update(id, ifMatch, request);
        return Response.ok(updated).tag(Versions.etag(updated.version())).build();
    }

    @GET
    @Path("/{id}/history")
    @PermitAll
    @Operation(operationId = "getSteeringDocumentHistory", summary = "Every recorded change of a steering document: who, when, what",
            description = "Without a token, links to goals that are not public are left out, as in the document itself.")
    public List<RevisionView> history(@PathParam("id") UUID id) {
        return service.history(id);
    }
}
