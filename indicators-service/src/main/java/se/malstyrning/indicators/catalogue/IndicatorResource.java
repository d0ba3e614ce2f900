package se.malstyrning.indicators.catalogue;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import se.malstyrning.runtime.idempotency.Idempotent;
import se.malstyrning.runtime.paging.Page;
import se.malstyrning.runtime.paging.PageRequest;
import se.malstyrning.runtime.rest.Responses;
import se.malstyrning.runtime.security.Roles;

import java.util.Optional;
import java.util.UUID;

@Path("/indicators/v1/indicators")
@Tag(name = "Indicator catalogue", description = "Kolada key figures and local measures, actual and perceived quality")
@Produces(MediaType.APPLICATION_JSON)
public class IndicatorResource {

    private final IndicatorService service;

    public IndicatorResource(IndicatorService service) {
        this.service = service;
    }

    @GET
    @PermitAll
    @Operation(operationId = "listIndicators", summary = "List the indicator catalogue, by code")
    public RestResponse<Page<IndicatorView>> list(@Parameter(description = "STRUCTURAL or SHORT_TERM") @QueryParam("horizon") @Size(max = 16) String horizon,
                                                  @Parameter(description = "Only indicators linked to this goal") @QueryParam("goalId") UUID goalId, @Valid @BeanParam PageRequest page, @Context UriInfo uri) {
        return Responses.page(service.list(Horizon.parse("horizon", horizon), Optional.ofNullable(goalId), page.limit, page.offset), uri);
    }

    @GET
    @APIResponse(responseCode = "200", description = "The resource; ETag names its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IndicatorView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag given in If-None-Match")
    @Path("/{id}")
    @PermitAll
    @Operation(operationId = "getIndicator", summary = "Get one indicator")
    public Response get(@PathParam("id") UUID id, @Context Request request) {
        IndicatorView indicator = service.get(id);
        return Responses.versioned(request, indicator.version(), indicator);
    }

    @PUT
    @APIResponse(responseCode = "200", description = "Changed; ETag names the new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IndicatorView.class)))
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.STRATEGIST})
    @Operation(operationId = "updateIndicator", summary = "Change an indicator",
            description = "Send the ETag of your GET in If-Match: 412 when the indicator changed since, 428 without it.")
    public Response update(@PathParam("id") UUID id,
                           @Parameter(description = "The ETag the change was made against", required = true)
                           @HeaderParam(Versions.IF_MATCH) String ifMatch,
                           @Valid @NotNull IndicatorRequest request) {
        IndicatorView updated = service.update(id, ifMatch, request);
        return Response.ok(updated).tag(Versions.etag(updated.version())).build();
    }

    @POST
    @APIResponse(responseCode = "201", description = "Created: Location names the new resource, ETag its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IndicatorView.class)))
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.STRATEGIST})
    @Operation(operationId = "createIndicator", summary = "Add an indicator to the catalogue")
    public Response create(@Valid @NotNull IndicatorRequest request, @Context UriInfo uri) {
        IndicatorView created = service.create(request);
        return Responses.created(uri, created.id(), created.version(), created);
    }
}
