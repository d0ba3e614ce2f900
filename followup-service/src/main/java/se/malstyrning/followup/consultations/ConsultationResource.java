package se.malstyrning.followup.consultations;

import io.quarkus.security.Authenticated;
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
import se.malstyrning.followup.paging.ListPages;
import se.malstyrning.runtime.concurrency.Versions;
import se.malstyrning.runtime.idempotency.Idempotent;
import se.malstyrning.runtime.paging.Page;
import se.malstyrning.runtime.paging.PageRequest;
import se.malstyrning.runtime.rest.Responses;
import se.malstyrning.runtime.security.Roles;

import java.util.Optional;
import java.util.UUID;

@Path("/followup/v1/consultations")
@Tag(name = "Consultations", description = "Remiss: proposals sent to boards and companies for their answers")
@Produces(MediaType.APPLICATION_JSON)
public class ConsultationResource {

    private final ConsultationService service;
    private final CompilationService compilations;
    private final ReminderService reminders;

    public ConsultationResource(ConsultationService service, CompilationService compilations, ReminderService reminders) {
        this.service = service;
        this.compilations = compilations;
        this.reminders = reminders;
    }

    @GET
    @Authenticated
    @Operation(operationId = "listConsultations", summary = "List the consultations you may see, newest first",
            description = "The office sees all, readers every sent one, board editors those sent to their org units.")
    public RestResponse<Page<ConsultationView>> list(@QueryParam("status") ConsultationStatus status, @Valid @BeanParam PageRequest page,
                                                     @Context UriInfo uri) {
        return Responses.page(service.list(Optional.ofNullable(status), page.limit, page.offset), uri);
    }

    @GET
    @APIResponse(responseCode = "200", description = "The resource; ETag names its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConsultationView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag given in If-None-Match")
    @Path("/{id}")
    @Authenticated
    @Operation(operationId = "getConsultation", summary = "Get one consultation with its recipients")
    public Response get(@PathParam("id") UUID id, @Context Request request) {
        ConsultationView consultation = service.get(id);
        return Responses.versioned(request, consultation.version(), consultation);
    }

    @POST
    @APIResponse(responseCode = "201", description = "Created: Location names the new resource, ETag its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConsultationView.class)))
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.STRATEGIST})
    @Operation(operationId = "draftConsultation", summary = "Draft a consultation",
            description = "Goals and recipient org units are checked at goals-service: unknown → 422, goals-service down → 503.")
    public Response create(@Valid @NotNull ConsultationRequest request, @Context UriInfo uri) {
        ConsultationView created = service.create(request);
        return Responses.created(uri, created.id(), created.version(), created);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.STRATEGIST})
    @Operation(operationId = "updateConsultation", summary = "Change a draft consultation",
            description = "Send the ETag of your GET in If-Match: 412 when changed since, 428 without it; 409 once sent.")
    public RestResponse<ConsultationView> update(@PathParam("id") UUID id,
                                                 @Parameter(description = "The ETag the change was made against") @HeaderParam(Versions.IF_MATCH) String ifMatch,
                                                 @Valid @NotNull ConsultationRequest request) {
        return versionedOk(service.update(id, ifMatch, request));
    }

    @POST
    @Idempotent
    @Path("/{id}/send")
    @RolesAllowed({Roles.ADMIN, Roles.STRATEGIST})
    @Operation(operationId = "sendConsultation", summary = "Send a draft to its recipients",
            description = "422 naming recipientOrgUnitIds without recipients, or replyDate when missing or past.")
    public RestResponse<ConsultationView> send(@PathParam("id") UUID id) {
        return versionedOk(service.send(id));
    }

    @POST
    @Idempotent
    @Path("/{id}/close")
    @RolesAllowed({Roles.ADMIN, Roles.STRATEGIST})
    @Operation(operationId = "closeConsultation", summary = "Close a sent consultation",
            description = "An answer after closing is late: taken and marked late, or refused with a 409 problem,"
                    + " by the consultation's rule lateAnswers.")
    public RestResponse<ConsultationView> close(@PathParam("id") UUID id) {
        return versionedOk(service.close(id));
    }

    @POST
    @Idempotent
    @Path("/{id}/compile")
    @RolesAllowed({Roles.ADMIN, Roles.STRATEGIST})
    @Operation(operationId = "compileConsultation", summary = "Mark a closed consultation compiled; it then takes no answers")
    public RestResponse<ConsultationView> compile(@PathParam("id") UUID id) {
        return versionedOk(service.compile(id));
    }

    @GET
    @Path("/{id}/overdue-recipients")
    @RolesAllowed({Roles.ADMIN, Roles.STRATEGIST, Roles.READER})
    @Operation(operationId = "listOverdueRecipients", summary = "Recipients that have not answered by the reply date")
    public RestResponse<Page<RecipientView>> overdue(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page, @Context UriInfo uri) {
        return Responses.page(ListPages.of(service.overdueRecipients(id), page), uri);
    }

    @GET
    @Path("/{id}/unanswered-recipients")
    @RolesAllowed({Roles.ADMIN, Roles.STRATEGIST, Roles.READER})
    @Operation(operationId = "listUnansweredRecipients", summary = "Recipients to remind: not answered with the reply date near",
            description = "The recipients of a sent consultation that have not answered while its reply date is at most"
                    + " daysBefore days away (and not past; after it see overdue-recipients). Without daysBefore the"
                    + " setting malstyrning.consultation-reminders.days-before (7) applies.")
    public RestResponse<Page<RecipientView>> unanswered(@PathParam("id") UUID id,
                                                        @Parameter(description = "Days before the reply date")
                                                        @QueryParam("daysBefore") @Min(0) @Max(365) Integer daysBefore,
                                                        @Valid @BeanParam PageRequest page, @Context UriInfo uri) {
        int days = daysBefore == null ? reminders.defaultDaysBefore() : daysBefore;
        return Responses.page(ListPages.of(reminders.unanswered(id, days), page), uri);
    }

    @GET
    @Path("/{id}/reminders")
    @RolesAllowed({Roles.ADMIN, Roles.STRATEGIST, Roles.READER})
    @Operation(operationId = "listConsultationReminders", summary = "The reminders recorded for recipients that had not answered",
            description = "Recorded by the scheduled job (malstyrning.consultation-reminders.*), one per recipient, reply"
                    + " date and number of days before it.")
    public RestResponse<Page<ReminderView>> remindersSent(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page,
                                                          @Context UriInfo uri) {
        return Responses.page(ListPages.of(reminders.sent(id), page), uri);
    }

    @GET
    @Path("/{id}/compilation")
    @RolesAllowed({Roles.ADMIN, Roles.STRATEGIST, Roles.READER})
    @APIResponse(responseCode = "200", description = "As JSON, or as a Markdown document to those who ask for it",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CompilationView.class)),
                       @Content(mediaType = CompilationDocument.MEDIA_TYPE)})
    @Operation(operationId = "getConsultationCompilation", summary = "Every answer grouped by position and by goal")
    public CompilationView compilation(@PathParam("id") UUID id) {
        return compilations.compilation(id);
    }

    @GET
    @Path("/{id}/compilation")
    // JSON stays the answer to Accept: */*; the document is for those who ask for it.
    @Produces(CompilationDocument.MEDIA_TYPE + "; qs=0.5")
    @RolesAllowed({Roles.ADMIN, Roles.STRATEGIST, Roles.READER})
    @APIResponse(responseCode = "200", description = "As JSON, or as a Markdown document to those who ask for it",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CompilationView.class)),
                       @Content(mediaType = CompilationDocument.MEDIA_TYPE)})
    @Operation(operationId = "downloadConsultationCompilation", summary = "The compilation as a readable Markdown document")
    public Response compilationDocument(@PathParam("id") UUID id) {
        return Response.ok(CompilationDocument.render(compilations.compilation(id)))
                .header("Content-Disposition", "attachment; filename=\"sammanstallning-" + id + ".md\"")
                .build();
    }

    private static RestResponse<ConsultationView> versionedOk(ConsultationView consultation) {
        return RestResponse.ResponseBuilder.ok(consultation).tag(Versions.etag(consultation.version())).build();
    }
}
