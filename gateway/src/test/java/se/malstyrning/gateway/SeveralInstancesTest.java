package se.malstyrning.gateway;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.malstyrning.gateway.routing.Upstreams;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * goals-service as four instances, the second of them down and the fourth gone (its name no longer
 * resolves, as a pod's that was stopped): requests are spread over the two that answer.
 */
@QuarkusTest
@TestProfile(SeveralInstancesTest.ThreeGoalsInstances.class)
class SeveralInstancesTest {

    @Inject
    Upstreams upstreams;

    static WireMockServer first;
    static WireMockServer third;
    static int down;
    static final String GONE = "http://goals-service-pod-9.invalid:8081";

    public static class ThreeGoalsInstances implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(Instances.class));
        }
    }

    public static class Instances implements QuarkusTestResourceLifecycleManager {
        @Override
        public Map<String, String> start() {
            first = new WireMockServer(WireMockConfiguration.options().dynamicPort());
            third = new WireMockServer(WireMockConfiguration.options().dynamicPort());
            first.start();
            third.start();
            down = closedPort();
            return Map.of("gateway.routes.goals.upstream",
                    first.baseUrl() + ",http://localhost:" + down + "," + third.baseUrl() + "," + GONE);
        }

        @Override
        public void stop() {
            first.stop();
            third.stop();
        }
    }

    @BeforeEach
    void answer() {
        for (WireMockServer instance : List.of(first, third)) {
            instance.resetAll();
            instance.stubFor(get(urlPathEqualTo("/goals/v1/goal-areas")).willReturn(aResponse().withStatus(200)
                    .withHeader("Content-Type", "application/json").withBody("[]")));
            instance.stubFor(get(urlEqualTo("/q/health/ready")).willReturn(aResponse().withStatus(200)));
        }
    }

    @Test
    void shouldSpreadRequestsOverTheInstancesThatAnswer() {
        for (int i = 0; i < 8; i++) {
            given().when().get("/goals/v1/goal-areas").then().statusCode(200);
        }
        int atFirst = first.findAll(getRequestedFor(urlPathEqualTo("/goals/v1/goal-areas"))).size();
        int atThird = third.findAll(getRequestedFor(urlPathEqualTo("/goals/v1/goal-areas"))).size();
        assertEquals(8, atFirst + atThird);
        org.hamcrest.MatcherAssert.assertThat(atFirst, org.hamcrest.Matchers.greaterThan(0));
        org.hamcrest.MatcherAssert.assertThat(atThird, org.hamcrest.Matchers.greaterThan(0));
    }

    @Test
    void shouldLeaveAnInstanceThatCannotBeReachedOutOfTheRotation() {
        for (int i = 0; i < 4; i++) {
            given().when().get("/goals/v1/goal-areas").then().statusCode(200);
        }
        for (int i = 0; i < 8; i++) {
            var instance = upstreams.select("goals");
            org.hamcrest.MatcherAssert.assertThat(instance.getPort(), org.hamcrest.Matchers.not(down));
            org.hamcrest.MatcherAssert.assertThat(instance.getHost(), org.hamcrest.Matchers.not("goals-service-pod-9.invalid"));
        }
    }

    @Test
    void shouldShowEachInstancesReadinessInTheUpstreamStatus() {
        given().when().get("/q/health/group/upstreams")
                .then().statusCode(503)
                .body("status", equalTo("DOWN"))
                .body("checks[0].data.'goals " + first.baseUrl() + "'", equalTo("UP"))
                .body("checks[0].data.'goals http://localhost:" + down + "'", equalTo("DOWN"))
                .body("checks[0].data.'goals " + third.baseUrl() + "'", equalTo("UP"));
    }

    @Test
    void shouldKeepTheGatewaysOwnReadinessUpWhileAnInstanceIsDown() {
        given().when().get("/q/health/ready").then().statusCode(200);
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
