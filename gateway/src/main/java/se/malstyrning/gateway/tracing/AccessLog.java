package se.malstyrning.gateway.tracing;

import io.quarkus.runtime.ShutdownEvent;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The log category {@code gateway.access}, written in batches as nginx's buffered {@code access_log}
 * is: each event loop gathers its lines and hands them over as one log record (one line per request,
 * separated by newlines) when the batch is full or {@code flush-interval} has passed. A record per
 * request would wake the console's writer thread and cost it a write for every request.
 */
@ApplicationScoped
class AccessLog {

    private static final Logger ACCESS = Logger.getLogger("gateway.access");
    private static final int FULL = 32 * 1024;

    private final Vertx vertx;
    private final long flushMillis;
    private final Set<StringBuilder> batches = ConcurrentHashMap.newKeySet();
    private final ThreadLocal<StringBuilder> batchOfThisEventLoop = ThreadLocal.withInitial(() -> {
        StringBuilder batch = new StringBuilder(FULL + 1024);
        batches.add(batch);
        return batch;
    });

    AccessLog(Vertx vertx, AccessLogConfig config) {
        this.vertx = vertx;
        this.flushMillis = Math.max(1, config.flushInterval().toMillis());
    }

    boolean isEnabled() {
        return ACCESS.isInfoEnabled();
    }

    void write(String line) {
        if (!Context.isOnEventLoopThread()) {
            ACCESS.info(line);
            return;
        }
        StringBuilder batch = batchOfThisEventLoop.get();
        boolean first;
        boolean full;
        synchronized (batch) {
            first = batch.isEmpty();
            if (!first) {
                batch.append('\n');
            }
            batch.append(line);
            full = batch.length() >= FULL;
        }
        if (full) {
            flush(batch);
        } else if (first) {
            // Runs on this event loop, as everything else that touches its batch.
            vertx.setTimer(flushMillis, timer -> flush(batch));
        }
    }

    void flushAll(@Observes ShutdownEvent shutdown) {
        batches.forEach(AccessLog::flush);
    }

    private static void flush(StringBuilder batch) {
        String lines;
        synchronized (batch) {
            if (batch.isEmpty()) {
                return;
            }
            lines = batch.toString();
            batch.setLength(0);
        }
        ACCESS.info(lines);
    }
}
