package se.malstyrning.gateway.tracing;

import io.vertx.core.Vertx;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class AccessLogBatchTest {

    private final BlockingQueue<String> records = new LinkedBlockingQueue<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private Vertx vertx;

    @BeforeEach
    void start() {
        vertx = Vertx.vertx();
        Logger.getLogger("gateway.access").addHandler(capture);
    }

    @AfterEach
    void stop() {
        Logger.getLogger("gateway.access").removeHandler(capture);
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    private AccessLog accessLog(Duration flushInterval) {
        return new AccessLog(vertx, () -> flushInterval);
    }

    @Test
    void shouldHandOverTheLinesOfAnEventLoopAsOneRecordOnceTheIntervalHasPassed() throws Exception {
        AccessLog log = accessLog(Duration.ofMillis(50));
        vertx.runOnContext(go -> List.of("{\"n\":1}", "{\"n\":2}", "{\"n\":3}").forEach(log::write));
        assertEquals("{\"n\":1}\n{\"n\":2}\n{\"n\":3}", records.poll(5, TimeUnit.SECONDS));
        assertNull(records.poll(200, TimeUnit.MILLISECONDS));
    }

    @Test
    void shouldHandOverAFullBatchWithoutWaiting() throws Exception {
        AccessLog log = accessLog(Duration.ofHours(1));
        String line = "{\"path\":\"" + "x".repeat(1000) + "\"}";
        vertx.runOnContext(go -> {
            for (int i = 0; i < 40; i++) {
                log.write(line);
            }
        });
        String batch = records.poll(5, TimeUnit.SECONDS);
        assertEquals(List.of(line), List.of(batch.split("\n")).stream().distinct().toList());
    }

    @Test
    void shouldWriteALineFromOutsideAnEventLoopAtOnce() throws Exception {
        AccessLog log = accessLog(Duration.ofHours(1));
        log.write("{\"n\":1}");
        assertEquals("{\"n\":1}", records.poll(1, TimeUnit.SECONDS));
    }

    @Test
    void shouldWriteWhatIsLeftWhenTheGatewayStops() throws Exception {
        AccessLog log = accessLog(Duration.ofHours(1));
        vertx.runOnContext(go -> log.write("{\"n\":1}"));
        Thread.sleep(100);
        assertNull(records.poll());
        log.flushAll(null);
        assertEquals("{\"n\":1}", records.poll(1, TimeUnit.SECONDS));
    }
}
