package se.malstyrning.runtime.rest;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
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
            var next = uri.getRequestUriBuilder()
                    .replaceQueryParam("offset", page.offset() + page.items().size())
                    .replaceQueryParam("limit", page.limit())
                    .build();
            response.links(Link.fromUri(next).rel("next").build());
        }
        return response.build();
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
