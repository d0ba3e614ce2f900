package se.malstyrning.indicators.observation;

import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.malstyrning.runtime.input.DeprecatedNames;
import se.malstyrning.runtime.paging.Page;
import se.malstyrning.runtime.problem.ProblemException;
import se.malstyrning.runtime.rest.PublicAddresses;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

@Path("/indicators/v1/observations")
@Tag(name = "Observations", description = "Indicator values per area, period and gender; open data")
@Produces(MediaType.APPLICATION_JSON)
public class ObservationResource {

    private static final String LISTS = "Repeat the parameter or separate values by commas.";

    private final ObservationStore store;

    public ObservationResource(ObservationStore store) {
        this.store = store;
    }

    @GET
    @PermitAll
    @Operation(operationId = "listObservations",
            summary = "Observations of many indicators, areas, years and genders at once, by indicator, area, period, gender",
            description = "Name at least one indicator or area. " + LISTS)
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ObservationPage.Body.class)))
    public ObservationPage list(@Valid @BeanParam Query query, @Valid @BeanParam ObservationPageRequest page, @Context UriInfo uri,
                                @Context HttpServerRequest request) {
        ObservationFilter filter = query.filter();
        return new ObservationPage(items -> store.page(filter, page.limit, page.offset, items),
                page.limit, page.offset, PublicAddresses.ofRequest(uri), request);
    }

    @GET
    @Path("/latest")
    @PermitAll
    @Operation(operationId = "listLatestObservations",
            summary = "The newest observation with a value per indicator, area and gender",
            description = "Name at least one indicator or area; toYear gives the latest value up to a year. " + LISTS)
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ObservationPage.Body.class)))
    public ObservationPage latest(@Valid @BeanParam Query query, @Valid @BeanParam ObservationPageRequest page, @Context UriInfo uri,
                                  @Context HttpServerRequest request) {
        ObservationFilter filter = query.filter();
        return new ObservationPage(items -> store.latest(filter, page.limit, page.offset, items),
                page.limit, page.offset, PublicAddresses.ofRequest(uri), request);
    }

    @GET
    @Path("/export")
    @Produces("text/csv")
    @APIResponse(responseCode = "200", description = "The observations as CSV", content = @Content(mediaType = "text/csv"))
    @PermitAll
    @Operation(operationId = "exportObservations",
            summary = "The matching observations as CSV (the import format), streamed",
            description = "Columns: indicator,area,period,gender,value,status,source. A text cell that a spreadsheet would run"
                    + " as a formula (beginning with =, +, -, @, a tab or a carriage return) is written quoted with a leading"
                    + " apostrophe (OWASP, CSV injection); the import takes it off again. " + LISTS)
    public Response export(@Valid @BeanParam Query query) {
        ObservationFilter filter = query.filter();
        StreamingOutput csv = output -> store.exportCsv(filter,
                new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8)));
        return Response.ok(csv, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"observations.csv\"").build();
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(operationId = "getObservation", summary = "Get one observation")
    public ObservationView get(@PathParam("id") UUID id) {
        return store.get(id).orElseThrow(() -> ProblemException.notFound("observation", id));
    }

    @GET
    @Path("/{id}/history")
    @PermitAll
    @Operation(operationId = "getObservationHistory", summary = "The values an observation had before it was revised, oldest first")
    public Page<RevisionView> history(@PathParam("id") UUID id) {
        get(id);
        List<RevisionView> revisions = store.history(id);
        return new Page<>(revisions, revisions.size(), revisions.size(), 0);
    }

    /** The filter parameters shared by list, latest and export. */
    public static class Query {
        /** How often one filter may be repeated, and how long one value (a comma-separated list) may be. */
        static final int MAX_VALUES = 100;
        static final int MAX_VALUE_LENGTH = 1000;

        @QueryParam("indicator")
        @Size(max = MAX_VALUES)
        @Parameter(description = "Indicator codes", example = "N15428,N00945")
        public List<@Size(max = MAX_VALUE_LENGTH) String> indicator;

        @QueryParam("area")
        @Size(max = MAX_VALUES)
        @Parameter(description = "Municipality or org unit codes", example = "0665,0680")
        public List<@Size(max = MAX_VALUE_LENGTH) String> area;

        @QueryParam("period")
        @Parameter(description = "Periods (years, " + Years.FIRST + "-" + Years.LAST + "), as the observations name them", example = "2019,2020")
        @Size(max = MAX_VALUES)
        public List<@Size(max = MAX_VALUE_LENGTH) String> period;

        @QueryParam("fromPeriod")
        @Parameter(description = "First period, inclusive (" + Years.FIRST + "-" + Years.LAST + ", not after toPeriod)")
        @Size(max = 4)
        public String fromPeriod;

        @QueryParam("toPeriod")
        @Parameter(description = "Last period, inclusive (" + Years.FIRST + "-" + Years.LAST + ")")
        @Size(max = 4)
        public String toPeriod;

        @QueryParam("year")
        @Parameter(description = "Deprecated: period. Periods (years, " + Years.FIRST + "-" + Years.LAST + ")", example = "2019,2020",
                deprecated = true)
        @Size(max = MAX_VALUES)
        public List<@Size(max = MAX_VALUE_LENGTH) String> year;

        @QueryParam("fromYear")
        @Parameter(description = "Deprecated: fromPeriod. First period, inclusive (" + Years.FIRST + "-" + Years.LAST
                + ", not after toYear)", deprecated = true)
        @Size(max = 4)
        public String fromYear;

        @QueryParam("toYear")
        @Parameter(description = "Deprecated: toPeriod. Last period, inclusive (" + Years.FIRST + "-" + Years.LAST + ")",
                deprecated = true)
        @Size(max = 4)
        public String toYear;

        @QueryParam("gender")
        @Parameter(description = "T (total), K (women), M (men)", example = "T")
        @Size(max = MAX_VALUES)
        public List<@Size(max = MAX_VALUE_LENGTH) String> gender;

        ObservationFilter filter() {
            DeprecatedNames.Named<List<String>> periods = DeprecatedNames.either("period", period, "year", year);
            DeprecatedNames.Named<String> from = DeprecatedNames.either("fromPeriod", fromPeriod, "fromYear", fromYear);
            DeprecatedNames.Named<String> to = DeprecatedNames.either("toPeriod", toPeriod, "toYear", toYear);
            return ObservationFilter.parse(indicator, area, new ObservationFilter.Periods(periods.name(), periods.value(),
                    from.name(), from.value(), to.name(), to.value()), gender);
        }
    }
}
