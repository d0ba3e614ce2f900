package se.malstyrning.gateway;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A 100 MB import streams through: the client holds back all but its first megabyte until the
 * service has received bytes, which it could not if the gateway waited for the whole body.
 */
@QuarkusTest
@TestProfile(StreamingTest.StreamingIndicators.class)
class StreamingTest {

    private static final long SIZE = 100L * 1024 * 1024;
    private static final int FIRST_PART = 1024 * 1024;

    static HttpServer upstream;
    static final CountDownLatch RECEIVING = new CountDownLatch(1);

    @TestHTTPResource("/indicators/v1/imports")
    URI imports;

    public static class StreamingIndicators implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(CountingUpstream.class));
        }
    }

    /** A real HTTP server that reads the body as it comes and answers how many bytes it got. */
    public static class CountingUpstream implements QuarkusTestResourceLifecycleManager {
        @Override
        public Map<String, String> start() {
            try {
                upstream = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            upstream.createContext("/indicators/v1/imports", exchange -> {
                long received = 0;
                byte[] buffer = new byte[64 * 1024];
                try (InputStream body = exchange.getRequestBody()) {
                    for (int read; (read = body.read(buffer)) > 0; ) {
                        received += read;
                        RECEIVING.countDown();
                    }
                }
                byte[] answer = Long.toString(received).getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, answer.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(answer);
                }
            });
            upstream.start();
            return Map.of("gateway.routes.indicators.upstream", "http://localhost:" + upstream.getAddress().getPort());
        }

        @Override
        public void stop() {
            upstream.stop(0);
        }
    }

    /** 100 MB of zeros, of which all but the first megabyte wait until the service is receiving. */
    private static InputStream heldBackBody() {
        return new InputStream() {
            private long sent;

            @Override
            public int read() {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : 0;
            }

            @Override
            public int read(byte[] target, int offset, int length) {
                if (sent >= SIZE) {
                    return -1;
                }
                if (sent >= FIRST_PART) {
                    try {
                        if (!RECEIVING.await(30, TimeUnit.SECONDS)) {
                            throw new IllegalStateException("The service got nothing while the body was unfinished");
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException(e);
                    }
                }
                int count = (int) Math.min(length, (sent < FIRST_PART ? FIRST_PART : SIZE) - sent);
                java.util.Arrays.fill(target, offset, offset + count, (byte) 0);
                sent += count;
                return count;
            }
        };
    }

    @Test
    void shouldStreamAHundredMegabyteImportToTheService() throws Exception {
        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(HttpRequest.newBuilder(imports)
                                .header("Authorization", RealmStub.bearer("importer"))
                                .header("Content-Type", "application/octet-stream")
                                .POST(HttpRequest.BodyPublishers.ofInputStream(StreamingTest::heldBackBody))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertEquals(200, response.statusCode());
        assertEquals(Long.toString(SIZE), response.body());
    }
}
