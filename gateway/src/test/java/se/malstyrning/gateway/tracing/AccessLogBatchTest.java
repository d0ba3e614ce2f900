package se.malstyrning.gateway.tracing;

import io.vertx.core.Vertx;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class AccessLogBatchTest {

    // The category is shared with the gateways that other test classes start in this JVM: only this test's lines count.
    private final String run = UUID.randomUUID().toString();
    private final BlockingQueue<String> records = new LinkedBlockingQueue<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getMessage().contains(run)) {
                records.add(record.getMessage());
            }
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

    private String line(int n) {
        return "{\"run\":\"" + run + "\",\"n\":" + n + "}";
    }

    private AccessLog accessLog(Duration flushInterval) {
        return new AccessLog(vertx, () -> flushInterval);
    }

    @Test
    void shouldHandOverTheLinesOfAnEventLoopAsOneRecordOnceTheIntervalHasPassed() throws Exception {
        AccessLog log = accessLog(Duration.ofMillis(50));
        vertx.runOnContext(go -> List.of(line(1), line(2), line(3)).forEach(log::write));
        assertEquals(line(1) + "\n" + line(2) + "\n" + line(3), records.poll(5, TimeUnit.SECONDS));
        assertNull(records.poll(200, TimeUnit.MILLISECONDS));
    }

    @Test
    void shouldHandOverAFullBatchWithoutWaiting() throws Exception {
        AccessLog log = accessLog(Duration.ofHours(1));
        String line = "{\"run\":\"" + run + "\",\"path\":\"" + "x".repeat(1000) + "\"}";
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
        log.write(line(1));
        assertEquals(line(1), records.poll(1, TimeUnit.SECONDS));
    }

    @Test
    void shouldWriteWhatIsLeftWhenTheGatewayStops() throws Exception {
        AccessLog log = accessLog(Duration.ofHours(1));
        vertx.runOnContext(go -> log.write(line(1)));
        Thread.sleep(100);
        assertNull(records.poll());
        log.flushAll(null);
        assertEquals(line(1), records.poll(1, TimeUnit.SECONDS));
    }
}
