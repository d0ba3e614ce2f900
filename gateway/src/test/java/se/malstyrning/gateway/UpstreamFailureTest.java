package se.malstyrning.gateway;

import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** A service that is too slow or breaks off is a problem answered by the gateway (the followup route waits 1 s in the tests). */
@QuarkusTest
class UpstreamFailureTest {

    @BeforeEach
    void reset() {
        UpstreamStub.server.resetAll();
    }

    @Test
    void shouldAnswer504WhenTheServiceIsTooSlow() {
        UpstreamStub.server.stubFor(get(urlPathEqualTo("/followup/v1/cases"))
                .willReturn(aResponse().withStatus(200).withFixedDelay(5_000)));

        given().header("Authorization", RealmStub.bearer("slow-reader"))
                .when().get("/followup/v1/cases")
                .then().statusCode(504)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:malstyrning:problem:gateway-timeout"))
                .body("title", equalTo("Gateway timeout"))
                .body("status", equalTo(504))
                .body("detail", containsString("followup"))
                .body("instance", equalTo("/followup/v1/cases"));
    }

    @Test
    void shouldAnswer502WhenTheServiceBreaksOff() {
        UpstreamStub.server.stubFor(get(urlPathEqualTo("/goals/v1/goals"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        given().when().get("/goals/v1/goals")
                .then().statusCode(502)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:malstyrning:problem:bad-gateway"))
                .body("status", equalTo(502));
    }

    @Test
    void shouldAnswerAnUnknownAddressWithA404Problem() {
        given().when().get("/nothing/here")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:malstyrning:problem:not-found"))
                .body("instance", equalTo("/nothing/here"));
    }

    @Test
    void shouldAnswerAMethodTheMergedDocumentDoesNotSupportWithA405Problem() {
        given().when().delete("/openapi")
                .then().statusCode(405)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:malstyrning:problem:method-not-allowed"))
                .body("instance", equalTo("/openapi"));
    }
}
