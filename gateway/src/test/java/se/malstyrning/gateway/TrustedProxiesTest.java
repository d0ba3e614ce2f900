package se.malstyrning.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import se.malstyrning.testsupport.http.StrictHttp1Client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Forwarded headers are checked against the configured trusted proxies without asking DNS: with a
 * name server that never answers, a request from a trusted address and one forwarded from elsewhere
 * are answered at once, and no query is sent. With {@code ::1} unbracketed among the trusted
 * proxies (Quarkus reads it as the host {@code :}), each request waited 5 s for that server.
 */
@QuarkusTest
@TestProfile(TrustedProxiesTest.SilentNameServer.class)
class TrustedProxiesTest {

    static final AtomicInteger QUERIES = new AtomicInteger();

    @TestHTTPResource("/")
    URI gateway;

    public static class SilentNameServer implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(Silence.class));
        }
    }

    /** A name server that reads every query and answers none. */
    public static class Silence implements QuarkusTestResourceLifecycleManager {
        private DatagramSocket socket;

        @Override
        public Map<String, String> start() {
            try {
                socket = new DatagramSocket(0, InetAddress.getLoopbackAddress());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Thread.ofPlatform().daemon().start(() -> {
                byte[] buffer = new byte[512];
                while (!socket.isClosed()) {
                    try {
                        socket.receive(new DatagramPacket(buffer, buffer.length));
                        QUERIES.incrementAndGet();
                    } catch (IOException closed) {
                        return;
                    }
                }
            });
            return Map.of("quarkus.vertx.resolver.servers", "127.0.0.1:" + socket.getLocalPort());
        }

        @Override
        public void stop() {
            socket.close();
        }
    }

    @Test
    void shouldAnswerWithoutAskingDnsWhoeverTheCallerIs() {
        UpstreamStub.answerEverything();
        int before = QUERIES.get();
        try (StrictHttp1Client connection = StrictHttp1Client.connect(gateway)) {
            for (String[] headers : List.of(new String[0], new String[] {"X-Forwarded-For", "198.51.100.7"})) {
                long started = System.nanoTime();
                StrictHttp1Client.Response answer = connection.send("GET", "/goals/v1/goals", null, headers);
                long millis = (System.nanoTime() - started) / 1_000_000;

                assertEquals(200, answer.status(), answer.bodyText());
                assertTrue(millis < 2_000, "answered after " + millis + " ms");
            }
        }
        assertEquals(before, QUERIES.get(), "DNS queries sent while answering");
    }
}
