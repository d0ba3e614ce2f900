package se.malstyrning.runtime.tracing;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.MDC;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Echoes an {@code X-Request-Id} on every response, creating one when the caller (or the gateway)
 * sent none, and puts it in the logging context as {@code requestId}.
 */
public class RequestIdFilter {

    public static final String HEADER = "X-Request-Id";
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    void register(@Observes Filters filters) {
        filters.register(context -> {
            String requestId = requestId(context.request());
            context.response().putHeader(HEADER, requestId);
            MDC.put("requestId", requestId);
            context.next();
        }, 1000);
    }

    static String requestId(HttpServerRequest request) {
        String given = request.getHeader(HEADER);
        return given != null && SAFE_ID.matcher(given).matches() ? given : UUID.randomUUID().toString();
    }
}
