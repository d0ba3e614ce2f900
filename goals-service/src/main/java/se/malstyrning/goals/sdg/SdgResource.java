package se.malstyrning.goals.sdg;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/goals/v1/sdg")
@Tag(name = "Agenda 2030", description = "The 17 goals and 169 targets, and how the goal structure covers them")
@Produces(MediaType.APPLICATION_JSON)
public class SdgResource {

    private final SdgService service;

    public SdgResource(SdgService service) {
        this.service = service;
    }

    @GET
    @Path("/goals")
    @PermitAll
    @Operation(operationId = "listSdgGoals", summary = "The 17 goals of Agenda 2030 with their targets",
            description = "English titles: open-sdg/sdg-translations (MIT licence); Swedish short names of the goals.")
    public List<SdgViews.Goal> goals() {
        return service.goals();
    }
}
