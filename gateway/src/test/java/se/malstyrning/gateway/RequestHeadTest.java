package se.malstyrning.gateway;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.malstyrning.testsupport.http.StrictHttp1Client;

import java.net.URI;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The front door's limits on a request's head (platform/http-edge), seen on the wire: a request
 * line over 4 KiB is a 414 problem and header fields over 20 KiB a 431 problem, where the HTTP
 * server's codec used to answer both with an empty body; nothing over a limit reaches a service.
 */
@QuarkusTest
class RequestHeadTest {

    @TestHTTPResource("/")
    URI gateway;

    @BeforeEach
    void upstream() {
        UpstreamStub.answerEverything();
    }

    @Test
    void shouldRefuseARequestLineOverItsLimitWithAProblemNamingTheLimit() {
        try (StrictHttp1Client connection = StrictHttp1Client.connect(gateway)) {
            StrictHttp1Client.Response answer = connection.send("GET", "/goals/v1/goals?q=" + "a".repeat(5_000), null);

            assertEquals(414, answer.status(), answer.bodyText());
            assertEquals("application/problem+json", answer.header("Content-Type"));
            assertTrue(answer.bodyText().contains("\"type\":\"urn:malstyrning:problem:uri-too-long\""), answer.bodyText());
            assertTrue(answer.bodyText().contains("\"status\":414"), answer.bodyText());
            assertTrue(answer.bodyText().contains("at most 4096 bytes"), answer.bodyText());
            assertEquals("close", answer.header("Connection"));
        }
        UpstreamStub.server.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void shouldPassARequestLineWithinItsLimit() {
        String target = "/goals/v1/goals?q=";
        target += "a".repeat(4096 - "GET ".length() - target.length() - " HTTP/1.1".length());
        try (StrictHttp1Client connection = StrictHttp1Client.connect(gateway)) {
            StrictHttp1Client.Response answer = connection.send("GET", target, null);

            assertEquals(200, answer.status(), answer.bodyText());
        }
    }

    @Test
    void shouldRefuseHeaderFieldsOverTheirLimitWithAProblemNamingTheLimit() {
        try (StrictHttp1Client connection = StrictHttp1Client.connect(gateway)) {
            StrictHttp1Client.Response answer = connection.send("GET", "/goals/v1/goals", null,
                    "X-Padding", "a".repeat(12_000), "X-More-Padding", "b".repeat(12_000));

            assertEquals(431, answer.status(), answer.bodyText());
            assertEquals("application/problem+json", answer.header("Content-Type"));
            assertTrue(answer.bodyText().contains("\"type\":\"urn:malstyrning:problem:request-header-fields-too-large\""),
                    answer.bodyText());
            assertTrue(answer.bodyText().contains("at most 20480 bytes"), answer.bodyText());
            assertTrue(answer.bodyText().contains("\"instance\":\"/goals/v1/goals\""), answer.bodyText());
            assertEquals("close", answer.header("Connection"));
        }
        UpstreamStub.server.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void shouldStillRefuseAHeadBeyondWhatTheHttpServerReadsAtAll() {
        try (StrictHttp1Client connection = StrictHttp1Client.connect(gateway)) {
            StrictHttp1Client.Response answer = connection.send("GET", "/goals/v1/goals", null,
                    "X-Padding", "a".repeat(70_000));

            assertEquals(431, answer.status());
        }
        UpstreamStub.server.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void shouldStillRefuseAHeaderNameWithACharacterHttpDoesNotAllow() {
        try (StrictHttp1Client connection = StrictHttp1Client.connect(gateway)) {
            StrictHttp1Client.Response answer = connection.send("GET", "/goals/v1/goals", null, "Bad Name", "x");

            assertEquals(400, answer.status());
        }
        UpstreamStub.server.verify(0, anyRequestedFor(anyUrl()));
    }
}
