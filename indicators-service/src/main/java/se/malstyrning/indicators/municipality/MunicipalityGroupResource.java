package se.malstyrning.indicators.municipality;

import jakarta.annotation.security.PermitAll;
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

@Path("/indicators/v1/municipality-groups")
@Tag(name = "Municipality groups", description = "Kommungrupper: one per county, all municipalities, and groups an administrator"
        + " defines; data for a group in the Kolada-compatible API is the unweighted mean of its members")
@Produces(MediaType.APPLICATION_JSON)
public class MunicipalityGroupResource {

    private final MunicipalityGroupService service;

    public MunicipalityGroupResource(MunicipalityGroupService service) {
        this.service = service;
    }

    @GET
    @PermitAll
    @Operation(operationId = "listMunicipalityGroups", summary = "List the municipality groups, by code")
    public RestResponse<Page<MunicipalityGroupView>> list(@Parameter(description = "Only groups whose title contains this text")
                                                          @QueryParam("title") @Size(max = 200) String title,
                                                          @Valid @BeanParam PageRequest page, @Context UriInfo uri) {
        return Responses.page(service.list(List.of(), Optional.ofNullable(title).filter(text -> !text.isBlank()),
                page.limit, page.offset), uri);
    }

    @GET
    @APIResponse(responseCode = "200", description = "The resource; ETag names its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MunicipalityGroupView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag given in If-None-Match")
    @Path("/{id}")
    @PermitAll
    @Operation(operationId = "getMunicipalityGroup", summary = "Get one municipality group with its members")
    public Response get(@PathParam("id") UUID id, @Context Request request) {
        MunicipalityGroupView group = service.get(id);
        return Responses.versioned(request, group.version(), group);
    }

    @POST
    @APIResponse(responseCode = "201", description = "Created: Location names the new resource, ETag its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MunicipalityGroupView.class)))
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createMunicipalityGroup", summary = "Define a municipality group",
            description = "Its code (G100001, …) is its id in the Kolada-compatible API. Members must be known municipality codes (422 naming the member).")
    public Response create(@Valid @NotNull MunicipalityGroupRequest request, @Context UriInfo uri) {
        MunicipalityGroupView created = service.create(request);
        return Responses.created(uri, created.id(), created.version(), created);
    }

    @PUT
    @APIResponse(responseCode = "200", description = "Changed; ETag names the new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MunicipalityGroupView.class)))
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "updateMunicipalityGroup", summary = "Change a group an administrator defined",
            description = "Send the ETag of your GET in If-Match: 412 when the group changed since, 428 without it."
                    + " The county groups and all municipalities are reference data: 409.")
    public Response update(@PathParam("id") UUID id,
                           @Parameter(description = "The ETag the change was made against", required = true)
                           @HeaderParam(Versions.IF_MATCH) String ifMatch,
                           @Valid @NotNull MunicipalityGroupRequest request) {
        MunicipalityGroupView updated = service.update(id, ifMatch, request);
        return Response.ok(updated).tag(Versions.etag(updated.version())).build();
    }

    @DELETE
    @APIResponse(responseCode = "204", description = "Removed")
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deleteMunicipalityGroup", summary = "Remove a group an administrator defined",
            description = "Send the ETag of your GET in If-Match. The county groups and all municipalities are reference data: 409.")
    public Response delete(@PathParam("id") UUID id,
                           @Parameter(description = "The ETag the deletion was decided on", required = true)
                           @HeaderParam(Versions.IF_MATCH) String ifMatch) {
        service.delete(id, ifMatch);
        return Response.noContent().build();
    }
}
