package se.malstyrning.gateway;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** Tokens are checked at the gateway before anything reaches a service. */
@QuarkusTest
class IdentityTest {

    @BeforeEach
    void answerEverything() {
        UpstreamStub.answerEverything();
    }

    private static void assertRefusedAtTheGateway(String authorization) {
        given().header("Authorization", authorization).contentType("application/json").body("{}")
                .when().post("/goals/v1/goals")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer realm=\"malstyrning\", error=\"invalid_token\""))
                .body("type", equalTo("urn:malstyrning:problem:unauthorized"))
                .body("status", equalTo(401))
                .body("instance", equalTo("/goals/v1/goals"));
        UpstreamStub.server.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void shouldPassAValidTokenOnToTheService() {
        String token = RealmStub.bearer("valid");
        given().header("Authorization", token).contentType("application/json").body("{}")
                .when().post("/goals/v1/goals")
                .then().statusCode(200);
        UpstreamStub.server.verify(postRequestedFor(urlEqualTo("/goals/v1/goals"))
                .withHeader("Authorization", com.github.tomakehurst.wiremock.client.WireMock.equalTo(token)));
    }

    @Test
    void shouldRefuseAnExpiredToken() {
        assertRefusedAtTheGateway(RealmStub.bearer(RealmStub.claims("expired")
                .issuedAt(System.currentTimeMillis() / 1000 - 600)
                .expiresAt(System.currentTimeMillis() / 1000 - 60)));
    }

    @Test
    void shouldRefuseATokenItAcceptedBeforeOnceItHasExpired() throws InterruptedException {
        long now = System.currentTimeMillis() / 1000;
        String token = RealmStub.bearer(RealmStub.claims("short-lived").issuedAt(now).expiresAt(now + 2));
        given().header("Authorization", token).when().get("/goals/v1/goals").then().statusCode(200);
        Thread.sleep(Math.max(0, (now + 2) * 1000 - System.currentTimeMillis()) + 1_100);
        given().header("Authorization", token).when().get("/goals/v1/goals")
                .then().statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer realm=\"malstyrning\", error=\"invalid_token\""));
    }

    @Test
    void shouldRefuseATokenSignedByAnotherKey() {
        assertRefusedAtTheGateway(RealmStub.bearerSignedByAnotherKey("forger"));
    }

    @Test
    void shouldRefuseATokenOfAnotherIssuer() {
        assertRefusedAtTheGateway(RealmStub.bearer(RealmStub.claims("foreign").issuer("https://elsewhere.test/realms/malstyrning")));
    }

    @Test
    void shouldRefuseATokenForAnotherAudience() {
        assertRefusedAtTheGateway(RealmStub.bearer(RealmStub.claims("account").audience("account")));
    }

    @Test
    void shouldRefuseAMalformedToken() {
        assertRefusedAtTheGateway("Bearer not.a.jwt");
    }

    @Test
    void shouldRefuseOtherKindsOfCredentials() {
        given().header("Authorization", "Basic c3RyYXRlZzpzdHJhdGVn")
                .when().get("/goals/v1/goals")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"));
        UpstreamStub.server.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void shouldLetAnAnonymousReadOfOpenDataThrough() {
        given().when().get("/goals/v1/goals")
                .then().statusCode(200);
        UpstreamStub.server.verify(getRequestedFor(urlEqualTo("/goals/v1/goals")));
    }

    @Test
    void shouldRefuseAnAnonymousWriteWithAChallenge() {
        given().contentType("application/json").body("{}")
                .when().post("/goals/v1/goals")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", equalTo("Bearer realm=\"malstyrning\""))
                .body("detail", startsWith("Send a bearer token"));
        UpstreamStub.server.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void shouldLetAnAnonymousCitizenDialogueAnswerThrough() {
        given().header("X-Forwarded-For", "192.0.2.10").contentType("application/json").body("{\"answers\": []}")
                .when().post("/followup/v1/citizen-dialogues/6d0f5f4e-1d3a-4a57-9d3e-7c1f0a3b2c11/answers")
                .then().statusCode(200);
        UpstreamStub.server.verify(postRequestedFor(
                urlEqualTo("/followup/v1/citizen-dialogues/6d0f5f4e-1d3a-4a57-9d3e-7c1f0a3b2c11/answers")));
    }

    @Test
    void shouldRefuseAnAnonymousWriteToTheDialogueItself() {
        given().contentType("application/json").body("{}")
                .when().post("/followup/v1/citizen-dialogues")
                .then().statusCode(401);
    }
}
