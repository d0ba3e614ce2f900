package se.malstyrning.followup.report;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.malstyrning.runtime.problem.ProblemException;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

@Path("/followup/v1/reports/goal-fulfilment")
@Tag(name = "Reports", description = "The goal fulfilment report: goals, computed fulfilment and the boards' assessments")
public class ReportResource {

    private static final String FORMATS = "md, html or docx";

    private final ReportService service;

    public ReportResource(ReportService service) {
        this.service = service;
    }

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "200", description = "As JSON, or as a document (Markdown, HTML or DOCX) to those who ask for it",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GoalFulfilmentReport.class)),
                       @Content(mediaType = ReportDocument.MEDIA_TYPE),
                       @Content(mediaType = ReportFormats.HTML),
                       @Content(mediaType = ReportFormats.DOCX)})
    @Operation(operationId = "getGoalFulfilmentReport", summary = "The goal fulfilment report of a follow-up cycle",
            description = "Every adopted goal of the cycle's mandate period, assessed or not (Ej bedömt), and every goal assessed"
                    + " in the cycle, each with its computed fulfilment as of the cycle's year. Open data with the approved"
                    + " assessments; with a token, all assessments. As a document for the annual report, in Swedish words: ask"
                    + " with Accept text/markdown, text/html or " + ReportFormats.DOCX + ", or with format=md, html or docx."
                    + " 503 with Retry-After when goals-service or indicators-service is down: never a report with parts missing.")
    public Response report(@QueryParam("cycleId") @NotNull UUID cycleId,
                           @Parameter(description = "A document instead of JSON: " + FORMATS + " (same as asking by Accept)")
                           @QueryParam("format") @Size(max = 8) String format) {
        if (format != null) {
            return document(cycleId, switch (format.toLowerCase(Locale.ROOT)) {
                case "md", "markdown" -> ReportDocument.MEDIA_TYPE;
                case "html" -> ReportFormats.HTML;
                case "docx" -> ReportFormats.DOCX;
                default -> throw ProblemException.invalidField("format", "must be " + FORMATS);
            });
        }
        return Response.ok(service.report(cycleId), MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @PermitAll
    // JSON stays the answer to Accept: */*; the documents are for those who ask for them.
    @Produces({ReportDocument.MEDIA_TYPE + "; qs=0.5", ReportFormats.HTML + "; qs=0.5", ReportFormats.DOCX + "; qs=0.5"})
    @APIResponse(responseCode = "200", description = "As JSON, or as a document (Markdown, HTML or DOCX) to those who ask for it",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GoalFulfilmentReport.class)),
                       @Content(mediaType = ReportDocument.MEDIA_TYPE),
                       @Content(mediaType = ReportFormats.HTML),
                       @Content(mediaType = ReportFormats.DOCX)})
    @Operation(operationId = "downloadGoalFulfilmentReport", summary = "The goal fulfilment report as a document: Markdown, HTML or DOCX")
    public Response document(@QueryParam("cycleId") @NotNull UUID cycleId, @Context HttpHeaders headers) {
        MediaType asked = headers.getAcceptableMediaTypes().stream()
                .filter(type -> type.isCompatible(MediaType.valueOf(ReportFormats.DOCX)) && !type.isWildcardType()
                        || type.isCompatible(MediaType.TEXT_HTML_TYPE) && !type.isWildcardType() && !type.isWildcardSubtype())
                .findFirst().orElse(MediaType.valueOf(ReportDocument.MEDIA_TYPE));
        return document(cycleId, asked.isCompatible(MediaType.TEXT_HTML_TYPE) ? ReportFormats.HTML
                : asked.isCompatible(MediaType.valueOf(ReportFormats.DOCX)) ? ReportFormats.DOCX : ReportDocument.MEDIA_TYPE);
    }

    private Response document(UUID cycleId, String mediaType) {
        GoalFulfilmentReport report = service.report(cycleId);
        String markdown = ReportDocument.render(report);
        String name = "maluppfyllelse-" + report.cycle().year() + "-" + cycleId;
        Response.ResponseBuilder response = switch (mediaType) {
            case ReportFormats.HTML -> Response.ok(ReportFormats.html(ReportDocument.title(report), markdown).getBytes(StandardCharsets.UTF_8),
                    ReportFormats.HTML + "; charset=UTF-8").header("Content-Disposition", "inline; filename=\"" + name + ".html\"");
            case ReportFormats.DOCX -> Response.ok(ReportFormats.docx(markdown), ReportFormats.DOCX)
                    .header("Content-Disposition", "attachment; filename=\"" + name + ".docx\"");
            default -> Response.ok(markdown.getBytes(StandardCharsets.UTF_8), ReportDocument.MEDIA_TYPE + "; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"" + name + ".md\"");
        };
        return response.header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
    }
}
