package se.malstyrning.gateway;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.malstyrning.testsupport.http.StrictHttp1Client;

import java.net.URI;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every error leaving the front door is a problem document, whoever found it. */
@QuarkusTest
class GatewayErrorsTest {

    @TestHTTPResource("/")
    URI gateway;

    @BeforeEach
    void upstream() {
        UpstreamStub.server.resetAll();
    }

    @Test
    void shouldAnswerAPathItsOwnFilesCannotTakeWithAProblemRatherThanAnErrorId() {
        try (StrictHttp1Client connection = StrictHttp1Client.connect(gateway)) {
            StrictHttp1Client.Response answer = connection.send("GET", "/swagger-ui/%00", null, "Accept", "application/json");

            assertEquals(400, answer.status(), answer.bodyText());
            assertEquals("application/problem+json", answer.header("Content-Type"));
            assertTrue(answer.bodyText().contains("\"type\":\"urn:malstyrning:problem:bad-request\""), answer.bodyText());
            assertFalse(answer.bodyText().contains("Error id"), answer.bodyText());
            assertFalse(answer.bodyText().contains("Exception"), answer.bodyText());
        }
    }

    @Test
    void shouldAnswerAnErrorAServiceSentWithoutABodyWithAProblemOfTheSameStatus() {
        UpstreamStub.server.stubFor(post(urlEqualTo("/indicators/v1/imports"))
                .willReturn(aResponse().withStatus(413).withHeader("Content-Length", "0")));

        given().header("Authorization", RealmStub.bearer("importer")).contentType("text/csv").body("indicator\n")
                .when().post("/indicators/v1/imports")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:malstyrning:problem:payload-too-large"))
                .body("status", equalTo(413))
                .body("instance", equalTo("/indicators/v1/imports"));
    }
}
