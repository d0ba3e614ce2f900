package se.malstyrning.followup.cases;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import se.malstyrning.runtime.idempotency.Idempotent;
import se.malstyrning.runtime.paging.Page;
import se.malstyrning.runtime.paging.PageRequest;
import se.malstyrning.runtime.rest.Responses;
import se.malstyrning.runtime.security.Roles;

import java.util.UUID;

@Path("/followup/v1/cases")
@Tag(name = "Cases", description = "Ärenden with their registration numbers (diarienummer)")
@Produces(MediaType.APPLICATION_JSON)
public class CaseResource {

    private final CaseService service;

    public CaseResource(CaseService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.STRATEGIST, Roles.BOARD_EDITOR, Roles.READER})
    @Operation(operationId = "listCases", summary = "List cases, newest registration first")
    public RestResponse<Page<CaseView>> list(@Valid @BeanParam PageRequest page, @Context UriInfo uri) {
        return Responses.page(service.list(page.limit, page.offset), uri);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.STRATEGIST, Roles.BOARD_EDITOR, Roles.READER})
    @Operation(operationId = "getCase", summary = "Get one case")
    public CaseView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @POST
    @APIResponse(responseCode = "201", description = "Created: Location names the new resource, ETag its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)))
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.STRATEGIST})
    @Operation(operationId = "openCase", summary = "Open a case and assign its registration number")
    public Response open(@Valid @NotNull CaseRequest request, @Context UriInfo uri) {
        CaseView opened = service.open(request);
        return Responses.created(uri, opened.id(), opened.version(), opened);
    }
}
