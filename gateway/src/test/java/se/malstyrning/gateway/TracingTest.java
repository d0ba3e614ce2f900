package se.malstyrning.gateway;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class TracingTest {

    private static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    @BeforeEach
    void answerEverything() {
        UpstreamStub.answerEverything();
    }

    @Test
    void shouldPassTheCallersRequestIdOnAndBack() {
        given().header("X-Request-Id", "portal-42").when().get("/goals/v1/goals")
                .then().statusCode(200)
                .header("X-Request-Id", equalTo("portal-42"));
        UpstreamStub.server.verify(getRequestedFor(urlPathEqualTo("/goals/v1/goals"))
                .withHeader("X-Request-Id", com.github.tomakehurst.wiremock.client.WireMock.equalTo("portal-42")));
    }

    @Test
    void shouldReturnTheRequestIdOnceWhenTheServiceReturnsItToo() {
        UpstreamStub.server.stubFor(get("/goals/v1/goals/echo")
                .willReturn(okJson("{}").withHeader("X-Request-Id", "portal-43")));
        List<String> ids = given().header("X-Request-Id", "portal-43").when().get("/goals/v1/goals/echo")
                .then().statusCode(200)
                .extract().headers().getValues("X-Request-Id");
        assertEquals(List.of("portal-43"), ids);
    }

    @Test
    void shouldCreateARequestIdWhenNoneWasSent() {
        String id = given().when().get("/goals/v1/goals")
                .then().statusCode(200)
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"))
                .extract().header("X-Request-Id");
        UpstreamStub.server.verify(getRequestedFor(urlPathEqualTo("/goals/v1/goals"))
                .withHeader("X-Request-Id", com.github.tomakehurst.wiremock.client.WireMock.equalTo(id)));
    }

    @Test
    void shouldReplaceARequestIdThatIsNotAPlainToken() {
        given().header("X-Request-Id", "a b\"<script>").when().get("/goals/v1/goals")
                .then().header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void shouldContinueTheCallersTraceInAChildSpan() {
        given().header("traceparent", TRACEPARENT).when().get("/goals/v1/goals").then().statusCode(200);
        UpstreamStub.server.verify(getRequestedFor(urlPathEqualTo("/goals/v1/goals"))
                .withHeader("traceparent", matching("00-4bf92f3577b34da6a3ce929d0e0e4736-(?!00f067aa0ba902b7)[0-9a-f]{16}-0[01]")));
        List<String> sent = UpstreamStub.server.findAll(getRequestedFor(urlPathEqualTo("/goals/v1/goals"))).getLast()
                .getHeaders().getHeader("traceparent").values();
        assertEquals(1, sent.size(), sent.toString());
    }

    @Test
    void shouldStartATraceWhenNoneWasSent() {
        given().when().get("/goals/v1/goals").then().statusCode(200);
        UpstreamStub.server.verify(getRequestedFor(urlPathEqualTo("/goals/v1/goals"))
                .withHeader("traceparent", matching("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]")));
    }

    @Test
    void shouldRecordNoSpanWhenNoCollectorIsConfigured() {
        given().header("traceparent", TRACEPARENT).when().get("/goals/v1/goals/unsampled").then().statusCode(200);
        UpstreamStub.server.verify(getRequestedFor(urlPathEqualTo("/goals/v1/goals/unsampled"))
                .withHeader("traceparent", matching("00-4bf92f3577b34da6a3ce929d0e0e4736-[0-9a-f]{16}-00")));
    }

    @Test
    void shouldAllowAConfiguredPortalOrigin() {
        given().header("Origin", "https://portal.test").when().get("/goals/v1/goals")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("https://portal.test"));
    }

    @Test
    void shouldNotAllowAnyOtherOrigin() {
        given().header("Origin", "https://evil.test").when().get("/goals/v1/goals")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void shouldAnswerAPortalsPreflightForAWrite() {
        given().header("Origin", "https://portal.test")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type,if-match")
                .when().options("/followup/v1/cases")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("https://portal.test"))
                .header("Access-Control-Allow-Methods", org.hamcrest.Matchers.containsString("POST"));
    }
}
