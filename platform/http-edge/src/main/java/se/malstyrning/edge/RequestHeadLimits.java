package se.malstyrning.edge;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import java.util.Map;

/**
 * The suite's limits on a request's head (its request line and its header fields), answered as
 * problem documents: {@code 414} over the request line's limit, {@code 431} over the headers'.
 *
 * <p>The HTTP server's codec refuses a head over its own limits before any code of the suite sees
 * the request, with an empty body that nothing can change (Vert.x's default invalid-request
 * handler; Quarkus sets no other on the server it creates and offers no way to). So the codec's
 * limits are set well above these ({@code META-INF/microprofile-config.properties}: 64 KiB each)
 * and these are checked here, in the first filter: only an absurd head still meets the codec.
 *
 * <p>Counted as the codec counts: the request line is method, target and version with the spaces
 * between; the header fields are each name, {@code ": "} and value.
 */
@Singleton
public class RequestHeadLimits {

    /** Before the request ids (1000), CORS (300) and authentication (200); after the gateway's tracing (2000). */
    static final int PRIORITY = 1900;

    private static final String PROBLEM = "application/problem+json";
    private static final int SPACES_AND_VERSION = " HTTP/1.1".length() + 1;

    @ConfigMapping(prefix = "malstyrning.http.request-head")
    public interface Settings {
        /** The longest request line (method, path and query, version), in bytes. */
        @WithDefault("4096")
        int maxRequestLineBytes();

        /** The most bytes of header fields (names and values) in one request. */
        @WithDefault("20480")
        int maxHeaderBytes();
    }

    private final Settings settings;

    public RequestHeadLimits(Settings settings) {
        this.settings = settings;
    }

    void register(@Observes Filters filters) {
        filters.register(this::check, PRIORITY);
    }

    void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (requestLineBytes(request) > settings.maxRequestLineBytes()) {
            refuse(context, 414, "uri-too-long", "URI too long",
                    "The request line (method, path and query, version) may be at most "
                            + settings.maxRequestLineBytes() + " bytes", null);
        } else if (headerBytes(request.headers()) > settings.maxHeaderBytes()) {
            refuse(context, 431, "request-header-fields-too-large", "Request header fields too large",
                    "The request's header fields (names and values) may be at most "
                            + settings.maxHeaderBytes() + " bytes in all", request.path());
        } else {
            context.next();
        }
    }

    static int requestLineBytes(HttpServerRequest request) {
        return request.method().name().length() + request.uri().length() + SPACES_AND_VERSION;
    }

    static long headerBytes(MultiMap headers) {
        long bytes = 0;
        for (Map.Entry<String, String> header : headers) {
            bytes += header.getKey().length() + 2 + header.getValue().length();
        }
        return bytes;
    }

    /**
     * The problem, on a connection that closes after it: the rest of the request (its body) is not
     * read. A 414 names no instance, since its path is what was too long to repeat.
     */
    private static void refuse(RoutingContext context, int status, String type, String title, String detail,
            String instance) {
        JsonObject problem = new JsonObject()
                .put("type", "urn:malstyrning:problem:" + type)
                .put("title", title)
                .put("status", status)
                .put("detail", detail);
        if (instance != null) {
            problem.put("instance", instance);
        }
        Buffer body = problem.toBuffer();
        context.response().setStatusCode(status)
                .putHeader("Content-Type", PROBLEM)
                .putHeader("Content-Length", Integer.toString(body.length()))
                .putHeader("Connection", "close")
                .end(body);
    }
}
