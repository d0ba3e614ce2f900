package se.malstyrning.gateway.tracing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AccessLineTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldStayValidJsonWhateverThePathHolds() throws Exception {
        String path = "/goals/v1/goals/\"quoted\"\\back\u0001";
        JsonNode line = JSON.readTree(new AccessLine("GET", path, 404, 1_234, "id", "trace", List.of(), null).toJson());
        assertEquals(path, line.path("path").asText());
        assertTrue(line.path("clientId").isMissingNode());
        assertTrue(line.path("queryParameters").isMissingNode());
    }

    @Test
    void shouldWriteTheDurationInMillisecondsWithMicrosecondDigits() throws Exception {
        JsonNode line = JSON.readTree(new AccessLine("GET", "/", 200, 2_007, "id", "trace", List.of("a"), "cli").toJson());
        assertEquals(2.007, line.path("durationMs").asDouble());
        assertEquals("0.045", JSON.readTree(new AccessLine("GET", "/", 200, 45, "id", "trace", List.of(), null).toJson())
                .path("durationMs").asText());
    }
}
