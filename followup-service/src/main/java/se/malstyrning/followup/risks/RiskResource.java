package se.malstyrning.followup.risks;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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

import java.util.UUID;

@Path("/followup/v1")
@Tag(name = "Risks", description = "Risks that counteract the goals, with probability, consequence and the risk matrix")
@Produces(MediaType.APPLICATION_JSON)
public class RiskResource {

    private final RiskService service;

    public RiskResource(RiskService service) {
        this.service = service;
    }

    @GET
    @Path("/risks")
    @RolesAllowed({Roles.ADMIN, Roles.STRATEGIST, Roles.BOARD_EDITOR, Roles.READER})
    @Operation(operationId = "listRisks", summary = "The risks of a year, largest risk value first")
    public RestResponse<Page<RiskView>> list(@QueryParam("year") @NotNull @Min(1900) @Max(2100) Integer year,
                                             @Valid @BeanParam PageRequest page, @Context UriInfo uri) {
        return Responses.page(service.list(year, page.limit, page.offset), uri);
    }

    @GET
    @APIResponse(responseCode = "200", description = "The resource; ETag names its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RiskView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag given in If-None-Match")
    @Path("/risks/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.STRATEGIST, Roles.BOARD_EDITOR, Roles.READER})
    @Operation(operationId = "getRisk", summary = "Get one risk")
    public Response get(@PathParam("id") UUID id, @Context Request request) {
        RiskView risk = service.get(id);
        return Responses.versioned(request, risk.version(), risk);
    }

    @POST
    @APIResponse(responseCode = "201", description = "Created: Location names the new resource, ETag its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RiskView.class)))
    @Idempotent
    @Path("/risks")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.STRATEGIST, Roles.BOARD_EDITOR})
    @Operation(operationId = "recordRisk", summary = "Record a risk of an org unit",
            description = "Board editors only for their own org units (403 otherwise).")
    public Response create(@Valid @NotNull RiskRequest request, @Context UriInfo uri) {
        RiskView created = service.create(request);
        return Responses.created(uri, created.id(), created.version(), created);
    }

    @PUT
    @APIResponse(responseCode = "200", description = "Changed; ETag names the new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RiskView.class)))
    @Path("/risks/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.STRATEGIST, Roles.BOARD_EDITOR})
    @Operation(operationId = "updateRisk", summary = "Reassess or change a risk",
            description = "If-Match: 412 when stale, 428 without it.")
    public Response update(@PathParam("id") UUID id,
                           @Parameter(description = "The ETag the change was made against") @HeaderParam(Versions.IF_MATCH) String ifMatch,
                           @Valid @NotNull RiskRequest request) {
        RiskView updated = service.update(id, ifMatch, request);
        return Response.ok(updated).tag(Versions.etag(updated.version())).build();
    }

    @GET
    @Path("/risk-matrix")
    @RolesAllowed({Roles.ADMIN, Roles.STRATEGIST, Roles.BOARD_EDITOR, Roles.READER})
    @Operation(operationId = "getRiskMatrix", summary = "The year's risks in the 4 × 4 matrix of probability and consequence")
    public RiskMatrixView matrix(@QueryParam("year") @NotNull @Min(1900) @Max(2100) Integer year) {
        return service.matrix(year);
    }
}
