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

import java.net.URI;
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
            response.links(next(uri.getRequestUriBuilder(), page.offset() + page.items().size(), page.limit()));
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
     * {@code If-None-Match} already names that version.
     */
    public static Response versioned(Request request, long version, Object body) {
        EntityTag etag = Versions.etag(version);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(etag);
        return (notModified != null ? notModified : Response.ok(body)).tag(etag).build();
    }

    /** 201 with the new resource's address (below the collection that was posted to) and its representation. */
    public static Response created(UriInfo uri, UUID id, long version, Object body) {
        return Response.created(URI.create(uri.getPath() + "/" + id)).tag(Versions.etag(version)).entity(body).build();
    }
}
