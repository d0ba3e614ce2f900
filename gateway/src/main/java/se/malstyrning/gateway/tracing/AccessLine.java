package se.malstyrning.gateway.tracing;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

import java.util.Collection;

/**
 * One request as the access log writes it, a JSON object on one line. It holds no token, no query
 * value and no body, which may carry personal data: only the names of the query parameters.
 */
record AccessLine(String method, String path, int status, long durationMicros, String requestId, String traceId,
                  Collection<String> queryParameters, String clientId) {

    private static final JsonStringEncoder STRINGS = JsonStringEncoder.getInstance();

    /** Written by hand rather than through a tree of nodes: it is done for every request. */
    String toJson() {
        StringBuilder json = new StringBuilder(192).append('{');
        string(json, "method", method).append(',');
        string(json, "path", path).append(',');
        json.append("\"status\":").append(status).append(',');
        long fraction = durationMicros % 1000;
        json.append("\"durationMs\":").append(durationMicros / 1000).append('.')
                .append(fraction < 100 ? "0" : "").append(fraction < 10 ? "0" : "").append(fraction).append(',');
        string(json, "requestId", requestId);
        if (traceId != null) {
            string(json.append(','), "traceId", traceId);
        }
        if (!queryParameters.isEmpty()) {
            json.append(",\"queryParameters\":[");
            boolean first = true;
            for (String name : queryParameters) {
                if (!first) {
                    json.append(',');
                }
                quoted(json, name);
                first = false;
            }
            json.append(']');
        }
        if (clientId != null) {
            json.append(',');
            string(json, "clientId", clientId);
        }
        return json.append('}').toString();
    }

    private static StringBuilder string(StringBuilder json, String name, String value) {
        return quoted(json.append('"').append(name).append("\":"), value);
    }

    private static StringBuilder quoted(StringBuilder json, String value) {
        json.append('"');
        STRINGS.quoteAsString(value, json);
        return json.append('"');
    }
}
