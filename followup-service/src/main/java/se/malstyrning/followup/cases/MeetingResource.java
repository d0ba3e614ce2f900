package se.malstyrning.followup.cases;

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

@Path("/followup/v1/cases/{caseId}/meetings")
@Tag(name = "Cases")
@Produces(MediaType.APPLICATION_JSON)
public class MeetingResource {

    private final MeetingService service;

    public MeetingResource(MeetingService service) {
        this.service = service;
    }

    @GET
    @PermitAll
    @Extension(name = OptionalToken.EXTENSION, value = "true")
    @Operation(operationId = "listCaseMeetings", summary = "The meetings on the case's path, in date order",
            description = "Public records (open data): without a token only the meetings that have taken place.")
    public RestResponse<Page<MeetingView>> list(@PathParam("caseId") UUID caseId, @Valid @BeanParam PageRequest page, @Context UriInfo uri) {
        return Responses.page(ListPages.of(service.list(caseId), page), uri);
    }

    @POST
    @APIResponse(responseCode = "201", description = "Created: Location names the new resource, ETag its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeetingView.class)))
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.STRATEGIST})
    @Operation(operationId = "planCaseMeeting", summary = "Put the case on a meeting of AU, KS or KF",
            description = "422 naming date when it breaks the order AU → KS → KF.")
    public Response plan(@PathParam("caseId") UUID caseId, @Valid @NotNull MeetingRequest request, @Context UriInfo uri) {
        MeetingView planned = service.plan(caseId, request);
        return Responses.created(uri, planned.id(), planned.version(), planned);
    }
}
