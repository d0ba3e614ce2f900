package se.malstyrning.gateway;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.malstyrning.testsupport.http.StrictHttp1Client;

import java.net.URI;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.malstyrning.testsupport.http.BodilessResponses.assertBodiless;

/**
 * Responses without a body, read through the gateway by a strict HTTP/1.1 client on a raw socket
 * (not the JDK's client, which copes with what Python's requests does not): no chunked encoding,
 * no length, nothing after the head, and the next response on the connection intact.
 */
@QuarkusTest
class BodilessResponsesTest {

    @TestHTTPResource("/")
    URI gateway;

    @BeforeEach
    void upstream() {
        UpstreamStub.server.resetAll();
        UpstreamStub.server.stubFor(get(urlEqualTo("/goals/v1/goals/cached"))
                .willReturn(aResponse().withStatus(304).withHeader("ETag", "\"3\"")));
        UpstreamStub.server.stubFor(get(urlEqualTo("/goals/v1/goals/cached-with-length"))
                .willReturn(aResponse().withStatus(304).withHeader("ETag", "\"3\"").withHeader("Content-Length", "0")));
        UpstreamStub.server.stubFor(delete(urlEqualTo("/indicators/v1/targets/gone"))
                .willReturn(aResponse().withStatus(204)));
        UpstreamStub.server.stubFor(any(urlEqualTo("/goals/v1/goals/next"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("{\"id\":\"next\"}")));
    }

    private static void assertTheNextResponseIsIntact(StrictHttp1Client connection) {
        StrictHttp1Client.Response next = connection.send("GET", "/goals/v1/goals/next", null);
        assertEquals(200, next.status(), next.statusLine());
        assertEquals("{\"id\":\"next\"}", next.bodyText());
    }

    @Test
    void shouldAnswerNotModifiedWithNeitherChunkedEncodingNorABody() {
        try (StrictHttp1Client connection = StrictHttp1Client.connect(gateway)) {
            StrictHttp1Client.Response notModified = connection.send("GET", "/goals/v1/goals/cached", null,
                    "If-None-Match", "\"3\"");
            assertBodiless(connection, notModified, 304);
            assertEquals("\"3\"", notModified.header("ETag"));
            assertTheNextResponseIsIntact(connection);
        }
    }

    @Test
    void shouldAnswerNotModifiedWithoutTheLengthTheServiceSent() {
        try (StrictHttp1Client connection = StrictHttp1Client.connect(gateway)) {
            assertBodiless(connection, connection.send("GET", "/goals/v1/goals/cached-with-length", null,
                    "If-None-Match", "\"3\""), 304);
            assertTheNextResponseIsIntact(connection);
        }
    }

    @Test
    void shouldAnswerNoContentWithNeitherChunkedEncodingNorABody() {
        try (StrictHttp1Client connection = StrictHttp1Client.connect(gateway)) {
            assertBodiless(connection, connection.send("DELETE", "/indicators/v1/targets/gone", null,
                    "Authorization", RealmStub.bearer("deleter"), "If-Match", "\"1\""), 204);
            assertTheNextResponseIsIntact(connection);
        }
    }

    @Test
    void shouldAnswerHeadWithoutABody() {
        try (StrictHttp1Client connection = StrictHttp1Client.connect(gateway)) {
            StrictHttp1Client.Response head = connection.send("HEAD", "/goals/v1/goals/next", null);
            assertBodiless(connection, head, 200);
            assertTheNextResponseIsIntact(connection);
        }
    }
}
