package se.malstyrning.indicators.chart;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.malstyrning.indicators.observation.Gender;

import java.util.Optional;
import java.util.UUID;

@Path("/indicators/v1/indicators/{id}/chart.svg")
@Tag(name = "Charts", description = "Embeddable SVG charts of a series with its target lines; open data")
public class ChartResource {

    public static final String SVG = "image/svg+xml";

    private final ChartService service;

    public ChartResource(ChartService service) {
        this.service = service;
    }

    @GET
    @Produces(SVG)
    @PermitAll
    @Operation(operationId = "getIndicatorChart", summary = "The series of an indicator for an area as SVG, with desired and accepted values",
            description = "The lines are those of the target for the indicator and area (of goalId when given) whose goal the caller"
                    + " may see (without a token: a published one); none without such a target.")
    public String chart(@PathParam("id") UUID id,
                        @Parameter(description = "Municipality or org unit code", example = "0665")
                        @QueryParam("area") @NotNull @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9_.-]{1,32}") String area,
                        @Parameter(description = "T, K or M") @QueryParam("gender") @DefaultValue("T") @Size(max = 1) String gender,
                        @Parameter(description = "The goal whose target lines to draw") @QueryParam("goalId") UUID goalId,
                        @QueryParam("width") @DefaultValue("640") @Min(200) @Max(2000) int width,
                        @QueryParam("height") @DefaultValue("400") @Min(150) @Max(2000) int height) {
        return service.svg(id, area, Gender.parse("gender", gender), Optional.ofNullable(goalId), width, height);
    }
}
