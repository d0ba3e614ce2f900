package se.malstyrning.systemtest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.malstyrning.systemtest.Api.activityBody;
import static se.malstyrning.systemtest.Api.office;

/**
 * One request through the gateway, traced from end to end: the gateway, followup-service and the
 * goals-service it asks each send their spans, under the caller's trace id, to the OTLP receiver the
 * suite was configured with (as to a collector), the database statements among them.
 */
@ExtendWith(RunningSuite.class)
class TracingSystemTest {

    private static final int SERVER = 2;
    private static final int CLIENT = 3;

    @Test
    void shouldTraceOneRequestThroughTheGatewayAndBothServicesUnderOneTraceId() throws InterruptedException {
        HexFormat hex = HexFormat.of();
        String traceId = hex.toHexDigits(ThreadLocalRandom.current().nextLong() | 1) + hex.toHexDigits(ThreadLocalRandom.current().nextLong());
        // Creating an activity makes followup-service ask goals-service for its owner.
        office().header("traceparent", "00-" + traceId + "-" + hex.toHexDigits(ThreadLocalRandom.current().nextLong() | 1) + "-01")
                .body(activityBody("BUN")).post("/followup/v1/activities").then().statusCode(201);

        List<OtlpReceiver.ReceivedSpan> spans = awaitSpans(traceId, Set.of("gateway", "followup-service", "goals-service"));
        Map<String, List<OtlpReceiver.ReceivedSpan>> byService = spans.stream()
                .collect(Collectors.groupingBy(OtlpReceiver.ReceivedSpan::service));
        assertEquals(Set.of("gateway", "followup-service", "goals-service"), byService.keySet(), () -> describe(spans));
        assertTrue(byService.get("gateway").stream().anyMatch(span -> span.kind() == SERVER), () -> describe(spans));
        assertTrue(byService.get("gateway").stream().anyMatch(span -> span.kind() == CLIENT), () -> describe(spans));
        assertTrue(byService.get("followup-service").stream().anyMatch(span -> span.kind() == CLIENT), () -> describe(spans));
        assertTrue(byService.get("goals-service").stream().anyMatch(span -> span.kind() == SERVER), () -> describe(spans));
        // Each span but the gateway's first has its parent among them: one tree, not three traces.
        Set<String> ids = spans.stream().map(OtlpReceiver.ReceivedSpan::spanId).collect(Collectors.toSet());
        assertEquals(1, spans.stream().filter(span -> !ids.contains(span.parentSpanId())).count(), () -> describe(spans));
    }

    @Test
    void shouldTraceTheServicesDatabaseStatements() throws InterruptedException {
        HexFormat hex = HexFormat.of();
        String traceId = hex.toHexDigits(ThreadLocalRandom.current().nextLong() | 1) + hex.toHexDigits(ThreadLocalRandom.current().nextLong());
        office().header("traceparent", "00-" + traceId + "-" + hex.toHexDigits(ThreadLocalRandom.current().nextLong() | 1) + "-01")
                .body(activityBody("SN")).post("/followup/v1/activities").then().statusCode(201);

        List<OtlpReceiver.ReceivedSpan> spans = awaitSpans(traceId, Set.of("gateway", "followup-service", "goals-service"));
        for (String service : List.of("followup-service", "goals-service")) {
            assertTrue(spans.stream().anyMatch(span -> service.equals(span.service()) && span.kind() == CLIENT
                    && span.attributeNames().stream().anyMatch(name -> name.startsWith("db."))), () -> service + ": " + describe(spans));
        }
    }

    @Test
    void shouldServeTheGatewaysMetricsOnItsManagementPortOnly() {
        io.restassured.RestAssured.given().get("/q/metrics").then().statusCode(404);
        java.net.URI metrics = RunningSuite.suite().gatewayMetricsUrl();
        io.restassured.RestAssured.given().baseUri("http://" + metrics.getHost()).port(metrics.getPort())
                .get(metrics.getPath())
                .then().statusCode(200).body(org.hamcrest.Matchers.containsString("jvm_memory_used_bytes"));
    }

    /** Spans arrive in batches, each process on its own schedule: waits until every service has sent some. */
    private static List<OtlpReceiver.ReceivedSpan> awaitSpans(String traceId, Set<String> services) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        List<OtlpReceiver.ReceivedSpan> spans = RunningSuite.otlp().spansOf(traceId);
        while (Instant.now().isBefore(deadline)
                && !spans.stream().map(OtlpReceiver.ReceivedSpan::service).collect(Collectors.toSet()).containsAll(services)) {
            Thread.sleep(250);
            spans = RunningSuite.otlp().spansOf(traceId);
        }
        // The last batches of the same trace may be a moment behind the first.
        Thread.sleep(1000);
        return RunningSuite.otlp().spansOf(traceId);
    }

    private static String describe(List<OtlpReceiver.ReceivedSpan> spans) {
        return spans.stream().map(span -> span.service() + " " + span.kind() + " " + span.name() + " " + span.spanId()
                + "<-" + span.parentSpanId() + " " + span.attributeNames()).collect(Collectors.joining("\n", "\n", ""));
    }
}
