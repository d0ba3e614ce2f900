package se.malstyrning.followup.cycles;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import se.malstyrning.runtime.idempotency.Idempotent;
import se.malstyrning.runtime.openapi.OptionalToken;
import se.malstyrning.runtime.paging.Page;
import se.malstyrning.runtime.paging.PageRequest;
import se.malstyrning.runtime.rest.Responses;
import se.malstyrning.runtime.security.Roles;

import java.util.UUID;

@Path("/followup/v1/follow-up-cycles")
@Tag(name = "Follow-up cycles", description = "Baseline, interim and annual follow-up, per year and mandate period")
@Produces(MediaType.APPLICATION_JSON)
public class CycleResource {

    private final CycleService service;

    public CycleResource(CycleService service) {
        this.service = service;
    }

    @GET
    @PermitAll
    @Extension(name = OptionalToken.EXTENSION, value = "true")
    @Operation(operationId = "listFollowUpCycles", summary = "The cycles, newest year first",
            description = "Without a token the published cycles (open data): those with an approved assessment, each"
                    + " with the link to its public report.")
    public RestResponse<Page<CycleView>> list(@Valid @BeanParam PageRequest page, @Context UriInfo uri) {
        return Responses.page(service.list(page.limit, page.offset), uri);
    }

    @GET
    @APIResponse(responseCode = "200", description = "The resource; ETag names its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CycleView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag given in If-None-Match")
    @Path("/{id}")
    @PermitAll
    @Extension(name = OptionalToken.EXTENSION, value = "true")
    @Operation(operationId = "getFollowUpCycle", summary = "Get one cycle; without a token only a published one")
    public Response get(@PathParam("id") UUID id, @Context Request request) {
        CycleView cycle = service.get(id);
        return Responses.versioned(request, cycle.version(), cycle);
    }

    @POST
    @APIResponse(responseCode = "201", description = "Created: Location names the new resource, ETag its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CycleView.class)))
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.STRATEGIST})
    @Operation(operationId = "openFollowUpCycle", summary = "Open a follow-up cycle with its deadline",
            description = "409 naming year when a cycle of the kind exists for the year.")
    public Response open(@Valid @NotNull CycleRequest request, @Context UriInfo uri) {
        CycleView opened = service.open(request);
        return Responses.created(uri, opened.id(), opened.version(), opened);
    }
}
