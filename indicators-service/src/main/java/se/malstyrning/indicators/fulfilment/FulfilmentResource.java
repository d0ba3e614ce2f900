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

@Path("/indicators/v1/goals/{goalId}/fulfilment")
@Tag(name = "Fulfilment", description = "Goal fulfilment computed from targets and observations; open data for adopted goals")
@Produces(MediaType.APPLICATION_JSON)
public class FulfilmentResource {

    private final FulfilmentService service;
    private final String homeArea;

    public FulfilmentResource(FulfilmentService service, @ConfigProperty(name = "malstyrning.home-area") String homeArea) {
        this.service = service;
        this.homeArea = homeArea;
    }

    @GET
    @PermitAll
    @Operation(operationId = "getGoalFulfilment", summary = "The computed fulfilment of a goal, with every input shown",
            description = "Per target: status from the latest total (T) value against the desired and accepted values, progress "
                    + "from baseline, and the trend by the Open SDG growth-rate method; per goal: the rule in the response. "
                    + "horizon=STRUCTURAL or SHORT_TERM gives the structural or the short-term view. Adopted goals are open "
                    + "data, other goals need a token (401). goals-service down: 503 with Retry-After. period=2022 gives the fulfilment as of "
                    + "2022 (observations up to 2022). rollUp: the fulfilment rolled up from the sub-goals and the board and company "
                    + "goals that contribute to the goal, with its rule; the goal's own status stays that of its own targets.")
    public GoalFulfilmentView get(@PathParam("goalId") UUID goalId,
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
        return service.ofGoal(goalId, area == null ? homeArea : area, Horizon.parse("horizon", horizon),
                Years.period(period, year));
    }
}
