package se.malstyrning.gateway;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** A service that is down is a 503 problem at once, with Retry-After. */
@QuarkusTest
@TestProfile(UpstreamOutageTest.GoalsDown.class)
class UpstreamOutageTest {

    public static class GoalsDown implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gateway.routes.goals.upstream", "http://localhost:" + closedPort());
        }
    }

    @Test
    void shouldAnswer503WithRetryAfterWhenTheServiceIsDown() {
        given().when().get("/goals/v1/goals")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", equalTo("5"))
                .body("type", equalTo("urn:malstyrning:problem:dependency-unavailable"))
                .body("title", equalTo("Service unavailable"))
                .body("status", equalTo(503))
                .body("instance", equalTo("/goals/v1/goals"));
    }

    @Test
    void shouldAnswerTheMergedDocumentWithA503ProblemWhileAServiceCannotServeIt() {
        given().when().get("/openapi")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:malstyrning:problem:dependency-unavailable"))
                .body("instance", equalTo("/openapi"));
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
