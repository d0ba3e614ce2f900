package se.malstyrning.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * An instance that closes the connection under a request without answering it (as a service does
 * that shuts down while the gateway reuses a kept-alive connection): a safe request is sent once
 * more and answered; a write is not repeated and is a 502 problem.
 */
@QuarkusTest
@TestProfile(ClosedConnectionTest.ClosingIndicators.class)
class ClosedConnectionTest {

    public static class ClosingIndicators implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(ClosingUpstream.class));
        }
    }

    /** Answers every second request it reads with 200; closes the connection under the others. */
    public static class ClosingUpstream implements QuarkusTestResourceLifecycleManager {

        static final AtomicInteger REQUESTS = new AtomicInteger();
        static final List<String> REQUEST_LINES = new CopyOnWriteArrayList<>();
        private ServerSocket server;

        @Override
        public Map<String, String> start() {
            try {
                server = new ServerSocket(0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Thread.ofPlatform().daemon().start(this::serve);
            return Map.of("gateway.routes.indicators.upstream", "http://localhost:" + server.getLocalPort());
        }

        private void serve() {
            while (!server.isClosed()) {
                try {
                    Socket connection = server.accept();
                    Thread.ofPlatform().daemon().start(() -> exchange(connection));
                } catch (IOException e) {
                    return;
                }
            }
        }

        private static void exchange(Socket connection) {
            try (connection) {
                BufferedReader in = new BufferedReader(new InputStreamReader(connection.getInputStream(), StandardCharsets.ISO_8859_1));
                OutputStream out = connection.getOutputStream();
                while (true) {
                    String requestLine = in.readLine();
                    if (requestLine == null) {
                        return;
                    }
                    int length = 0;
                    for (String header = in.readLine(); header != null && !header.isEmpty(); header = in.readLine()) {
                        if (header.regionMatches(true, 0, "Content-Length:", 0, 15)) {
                            length = Integer.parseInt(header.substring(15).strip());
                        }
                    }
                    in.skip(length);
                    REQUEST_LINES.add(requestLine);
                    if (REQUESTS.incrementAndGet() % 2 == 1) {
                        return;
                    }
                    byte[] body = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
                    out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                            + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                    out.write(body);
                    out.flush();
                }
            } catch (IOException e) {
                // the gateway went away
            }
        }

        @Override
        public void stop() {
            try {
                server.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @BeforeEach
    void countFromAnOddRequest() {
        ClosingUpstream.REQUEST_LINES.clear();
        if (ClosingUpstream.REQUESTS.get() % 2 == 1) {
            ClosingUpstream.REQUESTS.incrementAndGet();
        }
    }

    @Test
    void shouldSendASafeRequestOnceMoreWhenItsConnectionWasClosedUnderIt() {
        given().when().get("/indicators/v1/indicators")
                .then().statusCode(200)
                .body("ok", equalTo(true));

        assertEquals(List.of("GET /indicators/v1/indicators HTTP/1.1", "GET /indicators/v1/indicators HTTP/1.1"),
                ClosingUpstream.REQUEST_LINES);
    }

    @Test
    void shouldNotRepeatAWriteWhoseConnectionWasClosedUnderIt() {
        given().header("Authorization", RealmStub.bearer("closing-writer"))
                .contentType("application/json").body("{\"code\": \"X1\"}")
                .when().post("/indicators/v1/indicators")
                .then().statusCode(502)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:malstyrning:problem:bad-gateway"));

        assertEquals(List.of("POST /indicators/v1/indicators HTTP/1.1"), ClosingUpstream.REQUEST_LINES);
    }
}
