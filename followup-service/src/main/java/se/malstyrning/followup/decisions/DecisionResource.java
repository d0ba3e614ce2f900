package se.malstyrning.followup.decisions;

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
import se.malstyrning.followup.paging.ListPages;
import se.malstyrning.runtime.idempotency.Idempotent;
import se.malstyrning.runtime.openapi.OptionalToken;
import se.malstyrning.runtime.paging.Page;
import se.malstyrning.runtime.paging.PageRequest;
import se.malstyrning.runtime.rest.Responses;
import se.malstyrning.runtime.security.Roles;

import java.util.UUID;

@Path("/followup/v1/cases/{caseId}/decisions")
@Tag(name = "Decisions", description = "Beslut on cases; decisions that adopt goals tell goals-service")
@Produces(MediaType.APPLICATION_JSON)
public class DecisionResource {

    private final DecisionService service;
    private final AdoptedGoalsMeasurement measurement;

    public DecisionResource(DecisionService service, AdoptedGoalsMeasurement measurement) {
        this.service = service;
        this.measurement = measurement;
    }

    @GET
    @PermitAll
    @Extension(name = OptionalToken.EXTENSION, value = "true")
    @Operation(operationId = "listDecisions", summary = "The decisions on a case, in date order",
            description = "Public records (open data): without a token without the user name of who recorded them.")
    public RestResponse<Page<DecisionView>> list(@PathParam("caseId") UUID caseId, @Valid @BeanParam PageRequest page, @Context UriInfo uri) {
        return Responses.page(ListPages.of(service.list(caseId), page), uri);
    }

    @GET
    @APIResponse(responseCode = "200", description = "The resource; ETag names its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DecisionView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag given in If-None-Match")
    @Path("/{id}")
    @PermitAll
    @Extension(name = OptionalToken.EXTENSION, value = "true")
    @Operation(operationId = "getDecision", summary = "Get one decision",
            description = "A public record (open data): without a token without the user name of who recorded it.")
    public Response get(@PathParam("caseId") UUID caseId, @PathParam("id") UUID id, @Context Request request) {
        DecisionView decision = service.get(caseId, id);
        return Responses.versioned(request, decision.version(), decision);
    }

    @POST
    @APIResponse(responseCode = "201", description = "Created: Location names the new resource, ETag its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DecisionView.class)))
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.STRATEGIST})
    @Operation(operationId = "recordDecision", summary = "Record a decision on the case",
            description = "409 when the consultation it concludes is not compiled, or the paragraph is taken;"
                    + " 503 with Retry-After, nothing recorded, when goals-service cannot adopt the goals now."
                    + " Once recorded, each adopted goal takes over the targets and indicator links of the goal it continues"
                    + " (indicators-service's carry-over); measurementCarryOver says for each whether it did. indicators-service"
                    + " being down leaves the decision standing, the goal marked NOT_CARRIED_OVER, to be carried over again.")
    public Response record(@PathParam("caseId") UUID caseId, @Valid @NotNull DecisionRequest request, @Context UriInfo uri) {
        // The carry-over follows the committed decision: it never undoes it, and holds no lock while it waits.
        DecisionView recorded = measurement.carryOver(service.record(caseId, request));
        return Responses.created(uri, recorded.id(), recorded.version(), recorded);
    }
}
