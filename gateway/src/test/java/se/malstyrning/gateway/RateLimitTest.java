package se.malstyrning.gateway;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

/**
 * In the tests a token may send 5 requests a minute, the client {@code portal-app} 2 for all its
 * tokens, and an address 3 citizen-dialogue answers.
 */
@QuarkusTest
class RateLimitTest {

    private static final String ANSWERS = "/followup/v1/citizen-dialogues/0b8e7c1a-7a4e-4a55-8f53-1f2a3b4c5d6e/answers";

    @BeforeEach
    void answerEverything() {
        UpstreamStub.answerEverything();
    }

    @Test
    void shouldRefuseAClientBeyondItsLimitWithRetryAfter() {
        String token = RealmStub.bearer("busy-client");
        for (int i = 0; i < 5; i++) {
            given().header("Authorization", token).when().get("/goals/v1/goals").then().statusCode(200);
        }
        given().header("Authorization", token)
                .when().get("/goals/v1/goals")
                .then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .body("type", equalTo("urn:malstyrning:problem:too-many-requests"))
                .body("status", equalTo(429));
    }

    @Test
    void shouldCountEachClientOnItsOwn() {
        String busy = RealmStub.bearer("greedy-client");
        for (int i = 0; i < 6; i++) {
            given().header("Authorization", busy).when().get("/goals/v1/goals");
        }
        given().header("Authorization", RealmStub.bearer("patient-client"))
                .when().get("/goals/v1/goals")
                .then().statusCode(200);
    }

    @Test
    void shouldCountAllTokensOfAClientWithALimitOfItsOwnTogether() {
        for (String user : new String[]{"portal-user-1", "portal-user-2"}) {
            given().header("Authorization", RealmStub.bearer(RealmStub.claims(user).claim("azp", "portal-app")))
                    .when().get("/goals/v1/goals").then().statusCode(200);
        }
        given().header("Authorization", RealmStub.bearer(RealmStub.claims("portal-user-3").claim("azp", "portal-app")))
                .when().get("/goals/v1/goals")
                .then().statusCode(429);
    }

    @Test
    void shouldLimitAnonymousCitizenAnswersPerAddressTightly() {
        for (int i = 0; i < 3; i++) {
            given().header("X-Forwarded-For", "192.0.2.20").contentType("application/json").body("{}")
                    .when().post(ANSWERS).then().statusCode(200);
        }
        given().header("X-Forwarded-For", "192.0.2.20").contentType("application/json").body("{}")
                .when().post(ANSWERS)
                .then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", matchesPattern("[1-9][0-9]*"));
    }

    @Test
    void shouldKeepTheAnswerLimitApartFromOtherAddresses() {
        for (int i = 0; i < 4; i++) {
            given().header("X-Forwarded-For", "192.0.2.30").contentType("application/json").body("{}").post(ANSWERS);
        }
        given().header("X-Forwarded-For", "192.0.2.31").contentType("application/json").body("{}")
                .when().post(ANSWERS)
                .then().statusCode(200);
    }

    @Test
    void shouldKeepReadsOfTheSameAddressFreeOfTheAnswerLimit() {
        for (int i = 0; i < 4; i++) {
            given().header("X-Forwarded-For", "192.0.2.40").contentType("application/json").body("{}").post(ANSWERS);
        }
        given().header("X-Forwarded-For", "192.0.2.40")
                .when().get("/followup/v1/citizen-dialogues")
                .then().statusCode(200);
    }
}
