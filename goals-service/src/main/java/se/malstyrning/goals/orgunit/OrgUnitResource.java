package se.malstyrning.goals.orgunit;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.malstyrning.runtime.paging.PageRequest;
import se.malstyrning.runtime.paging.PageResponses;
import se.malstyrning.runtime.security.Roles;

import java.net.URI;
import java.util.Optional;
import java.util.UUID;

@Path("/goals/v1/org-units")
@Tag(name = "Org units", description = "Council, executive board, committees, boards, companies and departments")
@Produces(MediaType.APPLICATION_JSON)
public class OrgUnitResource {

    private final OrgUnitService service;

    public OrgUnitResource(OrgUnitService service) {
        this.service = service;
    }

    @GET
    @PermitAll
    @Operation(operationId = "listOrgUnits", summary = "List the org units, by code")
    public Response list(@QueryParam("kind") OrgUnitKind kind, @Valid @BeanParam PageRequest page, @Context UriInfo uri) {
        return PageResponses.ok(service.list(Optional.ofNullable(kind), page.limit, page.offset), uri);
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(operationId = "getOrgUnit", summary = "Get one org unit")
    public OrgUnitView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.STRATEGIST})
    @Operation(operationId = "createOrgUnit", summary = "Create an org unit")
    public Response create(@Valid @NotNull OrgUnitRequest request, @Context UriInfo uri) {
        OrgUnitView created = service.create(request);
        return Response.created(URI.create(uri.getPath() + "/" + created.id())).entity(created).build();
    }
}
