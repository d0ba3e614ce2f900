package se.malstyrning.followup.cases;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
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

@Path("/followup/v1/cases")
@Tag(name = "Cases", description = "Ärenden with their registration numbers (diarienummer)")
@Produces(MediaType.APPLICATION_JSON)
public class CaseResource {

    static final String REGISTRATION_NUMBER = "[A-ZÅÄÖ]{1,16} \\d{4}/\\d{1,6}";

    private final CaseService service;

    public CaseResource(CaseService service) {
        this.service = service;
    }

    @GET
    @PermitAll
    @Extension(name = OptionalToken.EXTENSION, value = "true")
    @Operation(operationId = "listCases", summary = "List cases, newest registration first; find one by its registration number",
            description = "Public records (open data): without a token without user names, and without the proposal until"
                    + " the case has been on a meeting that has taken place.")
    public RestResponse<Page<CaseView>> list(
            @Parameter(description = "The case's registration number (diarienummer)", example = "KS 2019/160")
            @QueryParam("registrationNumber") @Size(max = 30) @Pattern(regexp = REGISTRATION_NUMBER,
                    message = "must have the form BODY YYYY/NNN, e.g. KS 2019/160") String registrationNumber,
            @Valid @BeanParam PageRequest page, @Context UriInfo uri) {
        return Responses.page(service.list(registrationNumber, page.limit, page.offset), uri);
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Extension(name = OptionalToken.EXTENSION, value = "true")
    @Operation(operationId = "getCase", summary = "Get one case",
            description = "A public record (open data): without a token without user names, and without the proposal"
                    + " until the case has been on a meeting that has taken place.")
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
