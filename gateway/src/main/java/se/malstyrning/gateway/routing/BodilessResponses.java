package se.malstyrning.gateway.routing;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;

/**
 * A 1xx, 204 or 304 has no body (RFC 9110), so it goes out without {@code Transfer-Encoding} and
 * without {@code Content-Length}, whatever the service's answer carried. The reverse proxy passes
 * on the service's reason phrase, and with one Vert.x no longer recognises a 304 and leaves the
 * chunked encoding it set for the (empty) body stream: a strict client (Python {@code requests})
 * then waits for chunks that never come.
 */
public class BodilessResponses {

    void register(@Observes Filters filters) {
        filters.register(BodilessResponses::onHead, 2100);
    }

    private static void onHead(RoutingContext context) {
        context.addHeadersEndHandler(written -> strip(context.response()));
        context.next();
    }

    static void strip(HttpServerResponse response) {
        int status = response.getStatusCode();
        if (status / 100 == 1 || status == 204 || status == 304) {
            response.headers().remove(HttpHeaders.TRANSFER_ENCODING);
            response.headers().remove(HttpHeaders.CONTENT_LENGTH);
        }
    }
}
