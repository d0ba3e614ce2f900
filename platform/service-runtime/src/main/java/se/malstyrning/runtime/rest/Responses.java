package se.malstyrning.runtime.rest;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestResponse;
import se.malstyrning.runtime.concurrency.Versions;
import se.malstyrning.runtime.paging.Page;
import se.malstyrning.runtime.problem.ProblemException;
import se.malstyrning.runtime.problem.ProblemType;

import java.util.UUID;

/** The response shapes every resource uses. */
public final class Responses {

    private Responses() {
    }

    /**
     * A page, with a {@code Link: <…>; rel="next"} header while more items remain. Typed, so that the
     * document has the page's schema ({@link se.malstyrning.runtime.openapi.PageLinks} describes the header).
     */
    public static <T> RestResponse<Page<T>> page(Page<T> page, UriInfo uri) {
        RestResponse.ResponseBuilder<Page<T>> response = RestResponse.ResponseBuilder.ok(page);
        if (page.hasMore()) {
            response.links(next(PublicAddresses.ofRequest(uri), page.offset() + page.items().size(), page.limit()));
        }
        return response.build();
    }

    /** The {@code Link: <…>; rel="next"} of a page: the request's address with the next offset and the same limit. */
    public static Link next(UriBuilder request, int nextOffset, int limit) {
        return Link.fromUri(request.replaceQueryParam("offset", nextOffset).replaceQueryParam("limit", limit).build())
                .rel("next").build();
    }

    /**
     * 200 with the representation and its ETag (the version), or 304 when the client's
     * {@code If-None-Match} already names that version; an {@code If-Match} naming another version
     * is a 412 problem.
     */
    public static Response versioned(Request request, long version, Object body) {
        EntityTag etag = Versions.etag(version);
        Response.ResponseBuilder notModified = conditional(request, etag);
        return (notModified != null ? notModified : Response.ok(body)).tag(etag).build();
    }

    /**
     * The answer to the request's preconditions against the current ETag: null when the request is
     * to be served, a 304 builder when {@code If-None-Match} names it; throws a 412 problem when
     * {@code If-Match} names another (JAX-RS would answer that with an empty body).
     */
    public static Response.ResponseBuilder conditional(Request request, EntityTag etag) {
        Response.ResponseBuilder answer = request.evaluatePreconditions(etag);
        if (answer != null && answer.build().getStatus() == Response.Status.PRECONDITION_FAILED.getStatusCode()) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED.problem(
                    "If-Match names another version than the current one, " + etag));
        }
        return answer;
    }

    /**
     * 201 with the new resource's address (below the collection that was posted to, on the public
     * base URL) and its representation.
     */
    public static Response created(UriInfo uri, UUID id, long version, Object body) {
        return Response.created(PublicAddresses.of(uri.getRequestUri().getRawPath() + "/" + id))
                .tag(Versions.etag(version)).entity(body).build();
    }
}
