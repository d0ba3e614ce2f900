package se.malstyrning.followup.report;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/followup/v1/reports/goal-fulfilment")
@Tag(name = "Reports", description = "The goal fulfilment report: goals, computed fulfilment and the boards' assessments")
public class ReportResource {

    private final ReportService service;

    public ReportResource(ReportService service) {
        this.service = service;
    }

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "200", description = "As JSON, or as a Markdown document to those who ask for it",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GoalFulfilmentReport.class)),
                       @Content(mediaType = ReportDocument.MEDIA_TYPE)})
    @Operation(operationId = "getGoalFulfilmentReport", summary = "The goal fulfilment report of a follow-up cycle",
            description = "Open data with the approved assessments; with a token, all assessments. 503 with Retry-After"
                    + " when goals-service or indicators-service is down: never a report with parts missing.")
    public GoalFulfilmentReport report(@QueryParam("cycleId") @NotNull UUID cycleId) {
        return service.report(cycleId);
    }

    @GET
    @PermitAll
    // JSON stays the answer to Accept: */*; the document is for those who ask for it.
    @Produces(ReportDocument.MEDIA_TYPE + "; qs=0.5")
    @APIResponse(responseCode = "200", description = "As JSON, or as a Markdown document to those who ask for it",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GoalFulfilmentReport.class)),
                       @Content(mediaType = ReportDocument.MEDIA_TYPE)})
    @Operation(operationId = "downloadGoalFulfilmentReport", summary = "The goal fulfilment report as a Markdown document")
    public Response document(@QueryParam("cycleId") @NotNull UUID cycleId) {
        return Response.ok(ReportDocument.render(service.report(cycleId)))
                .header("Content-Disposition", "attachment; filename=\"maluppfyllelse-" + cycleId + ".md\"")
                .build();
    }
}
