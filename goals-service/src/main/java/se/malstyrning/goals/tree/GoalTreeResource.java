package se.malstyrning.goals.tree;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.malstyrning.goals.goal.GoalAccess;
import se.malstyrning.goals.history.HistoryService;
import se.malstyrning.goals.lifecycle.GoalStatus;
import se.malstyrning.runtime.input.DeprecatedNames;
import se.malstyrning.runtime.orgunits.OrgUnitKey;
import se.malstyrning.runtime.rest.Responses;
import se.malstyrning.runtime.security.Caller;

import java.util.Set;
import java.util.UUID;

@Path("/goals/v1/mandate-periods/{id}/tree")
@Tag(name = "Goal tree", description = "The whole goal structure of a mandate period in one call")
@Produces(MediaType.APPLICATION_JSON)
public class GoalTreeResource {

    private final GoalTreeService trees;
    private final HistoryService history;
    private final Caller caller;
    private final GoalAccess access;

    public GoalTreeResource(GoalTreeService trees, HistoryService history, Caller caller, GoalAccess access) {
        this.trees = trees;
        this.history = history;
        this.caller = caller;
        this.access = access;
    }

    @GET
    @PermitAll
    @Operation(operationId = "getGoalTree", summary = "Vision → areas → council goals → board goals → sub-goals",
            description = "Without a token only adopted goals. Without status, only the current goals: a version replaced by a"
                    + " newer one and an archived goal are left out (they stay in their history), and so is a new version still"
                    + " being drafted while the version it would replace is in the tree. Answers 304 to If-None-Match when nothing changed,"
                    + " and gzipped to clients that accept it.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = GoalTreeView.class)))
    @APIResponse(responseCode = "304", description = "The tree did not change since the ETag given in If-None-Match")
    public Response tree(@PathParam("id") UUID mandatePeriodId,
                         @Parameter(description = OrgUnitKey.FILTER + " Only the board goals and sub-goals it owns.", example = "BUN")
                         @QueryParam("ownerOrgUnit") @Size(max = OrgUnitKey.ID_OR_CODE_MAX_LENGTH)
                         @Pattern(regexp = OrgUnitKey.ID_OR_CODE_PATTERN, message = OrgUnitKey.ID_OR_CODE_MESSAGE) String ownerOrgUnit,
                         @Parameter(description = "Deprecated: ownerOrgUnit, the same name as the goals' list uses", deprecated = true)
                         @QueryParam("orgUnit") @Size(max = OrgUnitKey.CODE_MAX_LENGTH) String orgUnit,
                         @QueryParam("status") GoalStatus status,
                         @HeaderParam(HttpHeaders.ACCEPT_ENCODING) @Size(max = 1000) String acceptEncoding,
                         @Context Request request) {
        String orgUnitCode = trees.ownerCode(DeprecatedNames.either("ownerOrgUnit", ownerOrgUnit, "orgUnit", orgUnit));
        long revision = history.latestRevision();
        EntityTag etag = new EntityTag(revision + (caller.mayRead() ? "-all" : "-public"));
        Response.ResponseBuilder notModified = Responses.conditional(request, etag);
        if (notModified != null) {
            return notModified.tag(etag).build();
        }
        Set<GoalStatus> statuses = access.listedStatuses(status);
        SerializedTree tree = trees.serialized(mandatePeriodId, orgUnitCode, statuses, caller.mayRead(), revision);
        boolean gzip = acceptEncoding != null && acceptEncoding.contains("gzip");
        Response.ResponseBuilder response = Response.ok(gzip ? tree.gzip() : tree.json(), MediaType.APPLICATION_JSON_TYPE)
                .tag(etag).header(HttpHeaders.VARY, "Accept-Encoding");
        return (gzip ? response.encoding("gzip") : response).build();
    }
}
