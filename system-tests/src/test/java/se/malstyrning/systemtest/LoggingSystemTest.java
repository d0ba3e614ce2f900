package se.malstyrning.systemtest;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.malstyrning.launcher.Service;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static se.malstyrning.systemtest.Api.indicator;
import static se.malstyrning.systemtest.Api.indicatorCode;
import static se.malstyrning.systemtest.Api.office;

/**
 * The services' logs as a log shipper in a cluster reads them: one JSON object per line, and what is
 * logged while serving a request carries that request's trace and span ids.
 */
@ExtendWith(RunningSuite.class)
class LoggingSystemTest {

    @Test
    void shouldLogOneJsonObjectPerLineInEveryService() throws IOException {
        for (Service service : List.of(Service.GOALS, Service.INDICATORS, Service.FOLLOWUP)) {
            List<String> lines = ServiceLog.logged(service);
            assertTrue(lines.stream().anyMatch(line -> line.contains("started in")), service + " has not logged its start");
            for (String line : lines) {
                JsonNode entry = ServiceLog.entry(line);
                for (String field : List.of("timestamp", "level", "loggerName", "message")) {
                    assertTrue(entry.hasNonNull(field), () -> service + " logged without " + field + ": " + line);
                }
            }
        }
    }

    @Test
    void shouldLogTheTraceAndSpanIdsOfTheRequestBeingServed() throws IOException, InterruptedException {
        HexFormat hex = HexFormat.of();
        String traceId = hex.toHexDigits(ThreadLocalRandom.current().nextLong() | 1) + hex.toHexDigits(ThreadLocalRandom.current().nextLong());
        String code = indicatorCode(indicator());
        office().contentType("text/csv")
                .header("traceparent", "00-" + traceId + "-" + hex.toHexDigits(ThreadLocalRandom.current().nextLong() | 1) + "-01")
                .body("indicator,area,period,gender,value,status\n" + code + ",0665,2021,T,42.5,FINAL\n")
                .post("/indicators/v1/imports").then().statusCode(200);

        JsonNode imported = awaitEntry(Service.INDICATORS, traceId)
                .orElseGet(() -> fail("indicators-service logged nothing under trace " + traceId));
        assertTrue(imported.path("message").asText().startsWith("Import of CSV"), imported::toString);
        assertEquals("INFO", imported.path("level").asText(), imported::toString);
        assertTrue(imported.path("mdc").path("spanId").asText().matches("[0-9a-f]{16}"), imported::toString);
    }

    /** The console handler writes asynchronously: waits a little for the line. */
    private static Optional<JsonNode> awaitEntry(Service service, String traceId) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (true) {
            Optional<JsonNode> found = ServiceLog.logged(service).stream().map(ServiceLog::entry)
                    .filter(entry -> traceId.equals(entry.path("mdc").path("traceId").asText()))
                    .findFirst();
            if (found.isPresent() || Instant.now().isAfter(deadline)) {
                return found;
            }
            Thread.sleep(200);
        }
    }
}
