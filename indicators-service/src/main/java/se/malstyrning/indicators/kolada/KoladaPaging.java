package se.malstyrning.indicators.kolada;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import se.malstyrning.runtime.paging.Page;

import java.util.List;
import java.util.function.Function;

/** Kolada's {@code page} (from 1) and {@code per_page} (at most 5000) parameters, and the envelope they produce. */
public class KoladaPaging {

    public static final int MAX_PER_PAGE = 5000;

    @QueryParam("page")
    @DefaultValue("1")
    @Min(1)
    @Parameter(description = "Page number, from 1")
    public int page;

    @QueryParam("per_page")
    @DefaultValue("5000")
    @Min(1)
    @Max(MAX_PER_PAGE)
    @Parameter(description = "Values per page, at most " + MAX_PER_PAGE)
    public int perPage;

    int offset() {
        return (page - 1) * perPage;
    }

    <T, R> KoladaEnvelope<R> envelope(Page<T> result, Function<T, R> shape, UriInfo uri) {
        List<R> values = result.items().stream().map(shape).toList();
        String next = result.hasMore() ? link(uri, page + 1) : null;
        String previous = page > 1 ? link(uri, page - 1) : null;
        return new KoladaEnvelope<>(result.total(), values, next, previous);
    }

    private String link(UriInfo uri, int toPage) {
        return uri.getRequestUriBuilder().replaceQueryParam("page", toPage).replaceQueryParam("per_page", perPage)
                .build().toString();
    }
}
