package se.malstyrning.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One JSON line per request in {@code gateway.access}, with no token and no query value. */
@QuarkusTest
class AccessLogTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            lines.addAll(List.of(record.getMessage().split("\n")));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void captureTheAccessLog() {
        UpstreamStub.answerEverything();
        Logger.getLogger("gateway.access").addHandler(capture);
    }

    @AfterEach
    void stopCapturing() {
        Logger.getLogger("gateway.access").removeHandler(capture);
    }

    private JsonNode lineOf(String requestId) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(5));
        while (Instant.now().isBefore(deadline)) {
            for (String line : lines) {
                if (line.contains(requestId)) {
                    return JSON.readTree(line);
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("No access line for " + requestId + " in " + lines);
    }

    @Test
    void shouldWriteOneJsonLinePerRequestWithoutTokenOrQueryValues() throws Exception {
        String token = RealmStub.bearer("valid");
        given().header("Authorization", token).header("X-Request-Id", "access-1")
                .queryParam("area", "0665").queryParam("year", "2024")
                .when().get("/indicators/v1/observations")
                .then().statusCode(200);
        JsonNode line = lineOf("access-1");
        assertEquals("GET", line.path("method").asText());
        assertEquals("/indicators/v1/observations", line.path("path").asText());
        assertEquals(200, line.path("status").asInt());
        assertTrue(line.path("durationMs").isNumber());
        assertEquals(32, line.path("traceId").asText().length());
        assertEquals("[\"area\",\"year\"]", line.path("queryParameters").toString());
        assertEquals("cli", line.path("clientId").asText());
        String raw = line.toString();
        assertFalse(raw.contains(token.substring(7)), raw);
        assertFalse(raw.contains("0665"), raw);
    }
}
