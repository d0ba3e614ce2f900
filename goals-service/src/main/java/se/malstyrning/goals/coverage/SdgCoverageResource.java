package se.malstyrning.goals.coverage;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.malstyrning.goals.sdg.SdgViews;

import java.util.UUID;

@Path("/goals/v1/sdg/coverage")
@Tag(name = "Agenda 2030")
@Produces(MediaType.APPLICATION_JSON)
public class SdgCoverageResource {

    private final SdgCoverageService service;

    public SdgCoverageResource(SdgCoverageService service) {
        this.service = service;
    }

    @GET
    @PermitAll
    @Operation(operationId = "getSdgCoverage", summary = "Which SDGs and targets the adopted goals and documents address, and which none does")
    public SdgViews.Coverage coverage(@Parameter(description = "Only goals of this mandate period")
                                      @QueryParam("mandatePeriodId") UUID mandatePeriodId) {
        return service.coverage(mandatePeriodId);
    }
}
