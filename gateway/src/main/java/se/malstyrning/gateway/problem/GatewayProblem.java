package se.malstyrning.gateway.problem;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;

/**
 * The RFC 9457 problems the gateway itself answers with, of the same shape and type URIs as the
 * services' ({@code urn:malstyrning:problem:...}), so that a client cannot tell who refused.
 */
public enum GatewayProblem {
    BAD_REQUEST(400, "Bad request"),
    UNAUTHORIZED(401, "Authentication required"),
    FORBIDDEN(403, "Not allowed"),
    NOT_FOUND(404, "Not found"),
    METHOD_NOT_ALLOWED(405, "Method not allowed"),
    NOT_ACCEPTABLE(406, "Not acceptable"),
    PRECONDITION_FAILED(412, "Precondition failed"),
    PAYLOAD_TOO_LARGE(413, "Payload too large"),
    URI_TOO_LONG(414, "URI too long"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
    TOO_MANY_REQUESTS(429, "Too many requests"),
    REQUEST_HEADER_FIELDS_TOO_LARGE(431, "Request header fields too large"),
    INTERNAL(500, "Unexpected error"),
    NOT_IMPLEMENTED(501, "Not implemented"),
    BAD_GATEWAY(502, "Bad gateway"),
    DEPENDENCY_UNAVAILABLE(503, "Service unavailable"),
    GATEWAY_TIMEOUT(504, "Gateway timeout");

    public static final String MEDIA_TYPE = "application/problem+json";

    private final int status;
    private final String title;

    GatewayProblem(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String type() {
        return "urn:malstyrning:problem:" + name().toLowerCase().replace('_', '-');
    }

    /** The problem document for one occurrence; {@code instance} is the request path, without its query. */
    public Buffer body(String detail, String instance) {
        JsonObject problem = new JsonObject()
                .put("type", type())
                .put("title", title)
                .put("status", status);
        if (detail != null) {
            problem.put("detail", detail);
        }
        return problem.put("instance", instance).toBuffer();
    }

    /** The problem of a status: its own kind, or a 400 or 500 for any other client or server error. */
    public static GatewayProblem of(int status) {
        for (GatewayProblem problem : values()) {
            if (problem.status == status) {
                return problem;
            }
        }
        return status >= 500 ? INTERNAL : BAD_REQUEST;
    }

    /** Ends the response with this problem; headers set before (Retry-After, WWW-Authenticate) stay. */
    public void send(HttpServerResponse response, String detail, String instance) {
        Buffer body = body(detail, instance);
        response.setStatusCode(status)
                .putHeader("Content-Type", MEDIA_TYPE)
                .putHeader("Content-Length", Integer.toString(body.length()))
                .end(body);
    }
}
