package se.malstyrning.systemtest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Webhooks with the real services: a receiver of the test's own subscribes to the remiss journey's
 * events, verifies every signature, sees each event once (after de-duplication by its id), and
 * gets the events queued while it was down once it is back.
 */
@ExtendWith(RunningSuite.class)
class WebhooksSystemTest {

    /** What the services need for this test: its receiver is on loopback, and retries come quickly. */
    static final Map<String, String> SERVICE_ENVIRONMENT = Map.of(
            "MALSTYRNING_WEBHOOKS_ALLOW_PRIVATE_CALLBACKS", "true",
            "MALSTYRNING_WEBHOOKS_DELIVER_EVERY", "1s",
            "MALSTYRNING_WEBHOOKS_FIRST_RETRY_AFTER", "1S",
            "MALSTYRNING_WEBHOOKS_LONGEST_RETRY_AFTER", "2S");

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    /** A receiver of webhooks: verifies each delivery's signature with the secret of its path. */
    private static final class Receiver {
        final Map<String, String> secrets = new ConcurrentHashMap<>();
        final Map<String, JsonPath> events = new ConcurrentHashMap<>();
        final List<String> badSignatures = new CopyOnWriteArrayList<>();
        final List<String> deliveries = new CopyOnWriteArrayList<>();
        int port;
        HttpServer server;

        void start() throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
            server.createContext("/", this::receive);
            server.start();
            port = server.getAddress().getPort();
        }

        void stop() {
            server.stop(0);
        }

        String url(String path) {
            return "http://127.0.0.1:" + port + path;
        }

        private void receive(HttpExchange exchange) throws IOException {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String id = exchange.getRequestHeaders().getFirst("webhook-id");
            String timestamp = exchange.getRequestHeaders().getFirst("webhook-timestamp");
            String signature = exchange.getRequestHeaders().getFirst("webhook-signature");
            String secret = secrets.get(exchange.getRequestURI().getPath());
            deliveries.add(id);
            if (secret == null || signature == null || !signature.equals(sign(secret, id + "." + timestamp + "." + body))
                    || Math.abs(Instant.now().getEpochSecond() - Long.parseLong(timestamp)) > 300) {
                badSignatures.add(id);
                exchange.sendResponseHeaders(401, -1);
            } else {
                JsonPath event = JsonPath.from(body);
                assertEquals(id, event.getString("id"), "the webhook-id is the event's id");
                events.putIfAbsent(id, event);
                exchange.sendResponseHeaders(204, -1);
            }
            exchange.close();
        }

        List<JsonPath> of(Predicate<JsonPath> which) {
            return events.values().stream().filter(which).toList();
        }
    }

    private final Receiver receiver = new Receiver();

    private static RequestSpecification as(String user) {
        return given().header("Authorization", Tokens.bearer(user)).contentType(ContentType.JSON);
    }

    private static String orgUnit(String code) {
        return given().queryParam("code", code).get("/goals/v1/org-units").then().statusCode(200).extract().path("items[0].id");
    }

    private static String sign(String secret, String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
            return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private void subscribe(String api, List<String> eventTypes) {
        String path = "/" + api;
        String secret = as("strateg").body(Map.of("callbackUrl", receiver.url(path), "eventTypes", eventTypes,
                        "description", "Systemtestets mottagare"))
                .post("/" + api + "/v1/webhooks").then().statusCode(201).extract().path("secret");
        receiver.secrets.put(path, secret);
    }

    private void awaitEvents(Predicate<JsonPath> which, int count) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (receiver.of(which).size() < count && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
        }
        assertEquals(count, receiver.of(which).size(), () -> "events received: " + receiver.events.values().stream()
                .map(event -> event.getString("type")).toList());
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop();
    }

    @Test
    void shouldTellASignedReceiverEveryEventOfTheRemissJourneyOnceIncludingThoseQueuedWhileItWasDown() throws Exception {
        receiver.start();
        subscribe("followup", List.of("consultation.sent", "consultation.answer-received", "consultation.compiled",
                "decision.recorded"));
        subscribe("goals", List.of("goal.adopted"));
        String period = given().queryParam("limit", 100).get("/goals/v1/mandate-periods")
                .then().extract().path("items.find { it.code == '2019-2022' }.id");
        String area = given().get("/goals/v1/goal-areas").then().extract().path("find { it.number == 4 }.id");
        String goal = as("strateg").body("""
                        {"code": "WH-%s", "title": "Måluppfyllelse (webhooks, systemtest)", "level": "COUNCIL",
                         "mandatePeriodId": "%s", "goalAreaId": "%s", "ownerOrgUnitId": "%s", "horizon": "STRUCTURAL"}
                        """.formatted(UUID.randomUUID().toString().substring(0, 6), period, area, orgUnit("KF")))
                .post("/goals/v1/goals").then().statusCode(201).extract().path("id");
        String bun = orgUnit("BUN");
        String sn = orgUnit("SN");
        String caseId = as("strateg").body("{\"body\": \"KS\", \"year\": 2026, \"title\": \"Webhooks (systemtest)\"}")
                .post("/followup/v1/cases").then().statusCode(201).extract().path("id");
        String consultation = as("strateg").body("""
                        {"caseId": "%s", "subject": "Remiss (webhooks)", "goalIds": ["%s"], "replyDate": "%s",
                         "recipientOrgUnitIds": ["%s", "%s"]}
                        """.formatted(caseId, goal, LocalDate.now().plusDays(30), bun, sn))
                .post("/followup/v1/consultations").then().statusCode(201).extract().path("id");
        Predicate<JsonPath> ofThisConsultation = event -> consultation.equals(event.getString("data.consultationId"));

        as("strateg").post("/followup/v1/consultations/" + consultation + "/send").then().statusCode(200);
        String responses = "/followup/v1/consultations/" + consultation + "/responses";
        as("bun").body("{\"orgUnitId\": \"%s\", \"position\": \"SUPPORTS\", \"text\": \"Tillstyrker.\"}".formatted(bun))
                .post(responses).then().statusCode(201);
        as("sn").body("{\"orgUnitId\": \"%s\", \"position\": \"SUPPORTS\", \"text\": \"Tillstyrker.\"}".formatted(sn))
                .post(responses).then().statusCode(201);
        awaitEvents(ofThisConsultation, 4);

        receiver.stop();
        as("strateg").post("/followup/v1/consultations/" + consultation + "/close").then().statusCode(200);
        as("strateg").post("/followup/v1/consultations/" + consultation + "/compile").then().statusCode(200);
        as("strateg").body("""
                        {"body": "KF", "date": "%s", "paragraph": "§ 9", "text": "Kommunfullmäktige antar målet.",
                         "consultationId": "%s", "adoptsGoalIds": ["%s"]}
                        """.formatted(LocalDate.now(), consultation, goal))
                .post("/followup/v1/cases/" + caseId + "/decisions").then().statusCode(201);
        Thread.sleep(3000);
        receiver.start();

        awaitEvents(ofThisConsultation, 5);
        awaitEvents(event -> caseId.equals(event.getString("data.caseId")), 1);
        awaitEvents(event -> goal.equals(event.getString("data.goalId")), 1);

        List<String> journey = new ArrayList<>(receiver.of(ofThisConsultation).stream().map(event -> event.getString("type")).toList());
        journey.sort(null);
        assertEquals(List.of("consultation.answer-received", "consultation.answer-received", "consultation.compiled",
                "consultation.sent", "consultation.sent"), journey);
        assertEquals(List.of("BUN", "SN"), receiver.of(ofThisConsultation.and(event -> "consultation.sent".equals(event.getString("type"))))
                .stream().map(event -> event.getString("orgUnit")).sorted().toList());
        JsonPath adopted = receiver.of(event -> goal.equals(event.getString("data.goalId"))).getFirst();
        assertEquals("goal.adopted", adopted.getString("type"));
        assertTrue(adopted.getString("href").endsWith("/goals/v1/goals/" + goal), adopted.getString("href"));
        assertEquals(List.of(), receiver.badSignatures, "every delivery is signed with the subscription's secret");
    }
}
