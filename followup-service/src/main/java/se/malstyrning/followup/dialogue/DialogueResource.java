package se.malstyrning.followup.dialogue;

import io.vertx.core.http.HttpServerRequest;
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

@Path("/followup/v1/citizen-dialogues")
@Tag(name = "Citizen dialogue", description = "Medborgardialog: events, questions per goal area, anonymous answers")
@Produces(MediaType.APPLICATION_JSON)
public class DialogueResource {

    private final DialogueService service;

    public DialogueResource(DialogueService service) {
        this.service = service;
    }

    @Schema(name = "CitizenAnswersReceived")
    public record Received(int answers) {
    }

    @GET
    @PermitAll
    @Operation(operationId = "listCitizenDialogues", summary = "The citizen dialogues, newest first (open data)")
    public RestResponse<Page<DialogueView>> list(@Valid @BeanParam PageRequest page, @Context UriInfo uri) {
        return Responses.page(service.list(page.limit, page.offset), uri);
    }

    @GET
    @APIResponse(responseCode = "200", description = "The resource; ETag names its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DialogueView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag given in If-None-Match")
    @Path("/{id}")
    @PermitAll
    @Operation(operationId = "getCitizenDialogue", summary = "A dialogue with its questions (open data)")
    public Response get(@PathParam("id") UUID id, @Context Request request) {
        DialogueView dialogue = service.get(id);
        return Responses.versioned(request, dialogue.version(), dialogue);
    }

    @POST
    @APIResponse(responseCode = "201", description = "Created: Location names the new resource, ETag its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DialogueView.class)))
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.STRATEGIST})
    @Operation(operationId = "createCitizenDialogue", summary = "Record a dialogue event with its questions per goal area")
    public Response create(@Valid @NotNull DialogueRequest request, @Context UriInfo uri) {
        DialogueView created = service.create(request);
        return Responses.created(uri, created.id(), created.version(), created);
    }

    @POST
    @Idempotent
    @Path("/{id}/answers")
    @APIResponse(responseCode = "202", description = "Received: the number of answers taken",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Received.class)))
    @APIResponse(responseCode = "429", description = "Too many answers from this address; Retry-After says when to try again",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @Consumes(MediaType.APPLICATION_JSON)
    @PermitAll
    @Operation(operationId = "answerCitizenDialogue", summary = "Answer the questions without an account",
            description = "No personal data is asked for or stored. 429 with Retry-After beyond the limit per address;"
                    + " 409 when the dialogue takes no digital answers.")
    public Response answer(@PathParam("id") UUID id, @Valid @NotNull CitizenAnswerRequest request,
                           @Context HttpServerRequest http) {
        int received = service.answer(id, request, http.remoteAddress().hostAddress());
        return Response.accepted(new Received(received)).build();
    }

    @GET
    @Path("/{id}/summary")
    @RolesAllowed({Roles.ADMIN, Roles.STRATEGIST, Roles.READER})
    @Operation(operationId = "summarizeCitizenDialogue", summary = "The answers per goal area and target group, for the office")
    public DialogueSummary summary(@PathParam("id") UUID id) {
        return service.summary(id);
    }
}
