package se.malstyrning.gateway.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import se.malstyrning.gateway.identity.Caller;

import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Every request gets an {@code X-Request-Id} (the caller's, if it is a plain token, else a new one),
 * which goes on to the service and back to the caller. The W3C trace context is OpenTelemetry's: the
 * server span continues the caller's {@code traceparent} (or starts a trace) and the proxied call
 * carries its own child span's. One JSON line per request goes to the log category
 * {@code gateway.access} ({@link AccessLog}): no token, no query values (they may hold personal data), no body.
 */
public class Tracing {

    public static final String REQUEST_ID = "X-Request-Id";
    static final String TRACEPARENT = "traceparent";
    static final String TRACESTATE = "tracestate";

    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private final AccessLog accessLog;

    Tracing(AccessLog accessLog) {
        this.accessLog = accessLog;
    }

    void register(@Observes Filters filters) {
        filters.register(this::trace, 2000);
    }

    private void trace(RoutingContext context) {
        long started = System.nanoTime();
        HttpServerRequest request = context.request();
        MultiMap headers = request.headers();
        String requestId = headers.get(REQUEST_ID);
        if (requestId == null || !SAFE_ID.matcher(requestId).matches()) {
            requestId = newRequestId();
            headers.set(REQUEST_ID, requestId);
        }
        // The server span has taken the caller's trace context already; the proxied call carries its
        // own client span's (injected by OpenTelemetry), not a copy of the caller's header.
        headers.remove(TRACEPARENT);
        headers.remove(TRACESTATE);
        String id = requestId;
        // Set as the head is written: the service returns the id too, and the caller gets it once.
        context.addHeadersEndHandler(written -> context.response().headers().set(REQUEST_ID, id));
        if (accessLog.isEnabled()) {
            SpanContext span = Span.current().getSpanContext();
            String traceId = span.isValid() ? span.getTraceId() : null;
            context.addEndHandler(ended -> accessLog.write(accessLine(context, id, traceId, started)));
        }
        context.next();
    }

    private static String accessLine(RoutingContext context, String requestId, String traceId, long started) {
        HttpServerRequest request = context.request();
        Caller caller = Caller.of(context);
        return new AccessLine(request.method().name(), request.path(), context.response().getStatusCode(),
                TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - started), requestId, traceId,
                request.params().isEmpty() ? List.of() : new TreeSet<>(request.params().names()),
                caller != null && !caller.isAnonymous() ? caller.clientId() : null).toJson();
    }

    /**
     * A random (version 4) UUID. An id names a request in logs and is no secret, so it comes from the
     * thread's own generator rather than {@link UUID#randomUUID()}'s shared secure one.
     */
    static String newRequestId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new UUID(random.nextLong() & ~0xF000L | 0x4000L,
                random.nextLong() & ~(0xCL << 60) | 0x8L << 60).toString();
    }
}
