package se.malstyrning.indicators.comparison;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.malstyrning.indicators.observation.Gender;
import se.malstyrning.indicators.observation.Years;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

@Path("/indicators/v1/indicators/{id}/comparison")
@Tag(name = "Comparison", description = "Rank and quartile of a municipality among all municipalities or a group; open data")
@Produces(MediaType.APPLICATION_JSON)
public class ComparisonResource {

    private final ComparisonService service;

    public ComparisonResource(ComparisonService service) {
        this.service = service;
    }

    @GET
    @PermitAll
    @Operation(operationId = "compareMunicipality", summary = "Rank, quartile and Kolada colour of a municipality for an indicator and year")
    public ComparisonView compare(@PathParam("id") UUID id,
                                  @Parameter(description = "Municipality code", example = "0665")
                                  @QueryParam("area") @NotNull @Size(max = 4) @Pattern(regexp = "[0-9]{4}", message = "must be a municipality code") String area,
                                  @Parameter(description = "The period (year) compared; default the municipality's latest with a value", example = "2022")
                                  @QueryParam("period") @Size(max = 4) @Pattern(regexp = "[0-9]{4}", message = "must be a year") String period,
                                  @Parameter(description = "Deprecated: period, the same name as the observations'.", deprecated = true, example = "2022")
                                  @QueryParam("year") @Size(max = 4) String year,
                                  @Parameter(description = "T, K or M") @QueryParam("gender") @DefaultValue("T") @Size(max = 1) String gender,
                                  @Parameter(description = "A comparison group: municipality codes, comma-separated, or the code of"
                                          + " a municipality group (GL06 for a county, G100001); default all municipalities")
                                  @QueryParam("group") @Size(max = 2000) String group) {
        List<String> members = group == null ? List.of()
                : Arrays.stream(group.split(",")).map(String::strip).filter(code -> !code.isEmpty()).distinct().toList();
        return service.compare(id, area, Years.period(period, year),
                Gender.parse("gender", gender), members);
    }
}
