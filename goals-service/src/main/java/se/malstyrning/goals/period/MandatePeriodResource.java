package se.malstyrning.goals.period;

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

@Path("/goals/v1/mandate-periods")
@Tag(name = "Mandate periods", description = "Mandate periods and the budget years inside them")
@Produces(MediaType.APPLICATION_JSON)
public class MandatePeriodResource {

    private final MandatePeriodService service;

    public MandatePeriodResource(MandatePeriodService service) {
        this.service = service;
    }

    @GET
    @PermitAll
    @Operation(operationId = "listMandatePeriods", summary = "List the mandate periods, oldest first")
    public RestResponse<Page<MandatePeriodView>> list(@Valid @BeanParam PageRequest page, @Context UriInfo uri) {
        return Responses.page(service.list(page.limit, page.offset), uri);
    }

    @GET
    @APIResponse(responseCode = "200", description = "The resource; ETag names its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MandatePeriodView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag given in If-None-Match")
    @Path("/{id}")
    @PermitAll
    @Operation(operationId = "getMandatePeriod", summary = "Get one mandate period")
    public Response get(@PathParam("id") UUID id, @Context Request request) {
        MandatePeriodView period = service.get(id);
        return Responses.versioned(request, period.version(), period);
    }

    @POST
    @APIResponse(responseCode = "201", description = "Created: Location names the new resource, ETag its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MandatePeriodView.class)))
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.STRATEGIST})
    @Operation(operationId = "createMandatePeriod", summary = "Create a mandate period")
    public Response create(@Valid @NotNull MandatePeriodRequest request, @Context UriInfo uri) {
        MandatePeriodView created = service.create(request);
        return Responses.created(uri, created.id(), created.version(), created);
    }
}
