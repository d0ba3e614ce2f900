package se.malstyrning.indicators.fulfilment;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.malstyrning.indicators.catalogue.Horizon;
import se.malstyrning.indicators.observation.Years;

import java.util.UUID;

@Path("/indicators/v1/mandate-periods/{mandatePeriodId}/fulfilment")
@Tag(name = "Fulfilment")
@Produces(MediaType.APPLICATION_JSON)
public class GoalTreeFulfilmentResource {

    private final FulfilmentService service;
    private final String homeArea;

    public GoalTreeFulfilmentResource(FulfilmentService service, @ConfigProperty(name = "malstyrning.home-area") String homeArea) {
        this.service = service;
        this.homeArea = homeArea;
    }

    @GET
    @PermitAll
    @Operation(operationId = "getGoalTreeFulfilment", summary = "The computed fulfilment of every goal of a mandate period's goal tree",
            description = "The tree as goals-service shows it to the caller (without a token: the adopted goals), each goal "
                    + "computed as getGoalFulfilment does, in one answer. Unknown mandate period: 404. goals-service down: 503 "
                    + "with Retry-After.")
    public GoalTreeFulfilmentView get(@PathParam("mandatePeriodId") UUID mandatePeriodId,
                                      @Parameter(description = "Municipality or org unit code; default the home municipality")
                                      @QueryParam("area") @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9_.-]{1,32}", message = "must be a municipality or org unit code")
                                      String area,
                                      @Parameter(description = "STRUCTURAL or SHORT_TERM; absent for all targets")
                                      @QueryParam("horizon") @Size(max = 16) String horizon,
                                      @Parameter(description = "Fulfilment as of this period (year): only observations up to it count (a"
                                              + " follow-up of 2022 uses the data of 2022; the answer's asOfYear); absent for all"
                                              + " observations", example = "2022")
                                      @QueryParam("period") @Size(max = 4) @Pattern(regexp = "[0-9]{4}", message = "must be a year") String period,
                                      @Parameter(description = "Deprecated: period, the same name as the observations'.", deprecated = true, example = "2022")
                                      @QueryParam("year") @Size(max = 4) String year) {
        return service.ofTree(mandatePeriodId, area == null ? homeArea : area, Horizon.parse("horizon", horizon),
                Years.period(period, year));
    }
}
