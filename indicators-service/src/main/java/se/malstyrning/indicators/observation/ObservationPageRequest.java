package se.malstyrning.indicators.observation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import se.malstyrning.runtime.paging.PageRequest;

/**
 * {@code limit} and {@code offset} of observation queries. Pages are larger than elsewhere: the rows are
 * small and a national series is read whole, so one indicator for all 290 municipalities × 20 years
 * × 3 genders (17,400 values) is one page, and one query, rather than 35.
 */
public class ObservationPageRequest {

    public static final int MAX_LIMIT = 20_000;

    @QueryParam("limit")
    @DefaultValue("50")
    @Min(1)
    @Max(MAX_LIMIT)
    @Parameter(description = "Items per page, at most " + MAX_LIMIT)
    public int limit;

    @QueryParam("offset")
    @DefaultValue("0")
    @Min(0)
    @Max(PageRequest.MAX_OFFSET)
    @Parameter(description = "Items to skip")
    public int offset;
}
