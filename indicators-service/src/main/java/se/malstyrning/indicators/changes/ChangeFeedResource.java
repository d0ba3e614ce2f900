package se.malstyrning.indicators.changes;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.malstyrning.runtime.changes.ChangeFeed;

@Path("/indicators/v1/changes")
@Tag(name = "Changes", description = "A feed of every change, for systems that sync incrementally")
@Produces(MediaType.APPLICATION_JSON)
public class ChangeFeedResource {

    private final ChangeFeed feed;

    public ChangeFeedResource(ChangeFeed feed) {
        this.feed = feed;
    }

    @GET
    @PermitAll
    @Operation(operationId = "listIndicatorChanges", summary = "Changes after a revision, oldest first",
            description = "Start with since=0 and pass nextSince back until hasMore is false. Answers 304 to If-None-Match"
                    + " when nothing changed anywhere since the ETag was given.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ChangeFeedView.class)))
    @APIResponse(responseCode = "304", description = "Nothing changed since the ETag given in If-None-Match")
    public Response changes(@Parameter(description = "The last revision already seen") @QueryParam("since")
                            @DefaultValue("0") @Min(0) @Max(Long.MAX_VALUE) long since,
                            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit,
                            @Context Request request) {
        return feed.respond(request, since, limit, ChangeFeedView::of);
    }
}
