package se.malstyrning.runtime.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The {@code limit} and {@code offset} query parameters of every collection, with their bounds. */
public class PageRequest {

    public static final int MAX_LIMIT = 500;
    /** Deeper than any collection of the suite (a national data set has some 3.5 million observations). */
    public static final int MAX_OFFSET = 1_000_000_000;

    @QueryParam("limit")
    @DefaultValue("50")
    @Min(1)
    @Max(MAX_LIMIT)
    @Parameter(description = "Items per page, at most " + MAX_LIMIT)
    public int limit;

    @QueryParam("offset")
    @DefaultValue("0")
    @Min(0)
    @Max(MAX_OFFSET)
    @Parameter(description = "Items to skip")
    public int offset;

    public static PageRequest of(int limit, int offset) {
        PageRequest request = new PageRequest();
        request.limit = limit;
        request.offset = offset;
        return request;
    }
}
