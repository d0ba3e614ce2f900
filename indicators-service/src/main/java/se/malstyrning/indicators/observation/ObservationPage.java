package se.malstyrning.indicators.observation;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.malstyrning.runtime.rest.Responses;

import java.util.List;
import java.util.function.Consumer;

/**
 * A page of observations that is read from the database while {@link ObservationPageWriter} writes it:
 * the query that reads it, its limit and offset, the request's address for the link to the next page, and the
 * request, whose response is broken off if the query fails after the first bytes have been sent.
 */
public record ObservationPage(Consumer<ObservationStore.PageSink> query, int limit, int offset, UriBuilder address,
                              HttpServerRequest request) {

    /** Whether observations remain after this page ({@link se.malstyrning.runtime.paging.Page#hasMore()}: such a page is full). */
    boolean hasMore(long total) {
        return (long) offset + limit < total;
    }

    /** The {@code Link: <…>; rel="next"} of {@link Responses#page}. */
    Link next() {
        return Responses.next(address, offset + limit, limit);
    }

    /** The body as the OpenAPI document describes it: a {@code Page} of {@link ObservationView}, named as SmallRye names one. */
    @Schema(name = "PageObservationView")
    record Body(List<ObservationView> items, long total, int limit, int offset) {
    }
}
