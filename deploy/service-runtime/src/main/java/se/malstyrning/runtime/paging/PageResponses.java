package se.malstyrning.runtime.paging;

import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Answers a page with a {@code Link: <…>; rel="next"} header while more items remain. */
public final class PageResponses {

    private PageResponses() {
    }

    public static <T> Response ok(Page<T> page, UriInfo uri) {
        Response.ResponseBuilder response = Response.ok(page);
        if (page.hasMore()) {
            var next = uri.getRequestUriBuilder()
                    .replaceQueryParam("offset", page.offset() + page.items().size())
                    .replaceQueryParam("limit", page.limit())
                    .build();
            response.links(Link.fromUri(next).rel("next").build());
        }
        return response.build();
    }
}
