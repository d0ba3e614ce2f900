package se.malstyrning.gateway;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;

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
    void shouldSendTheLimitAndWhatIsLeftOfItAsRateLimitHeaders() {
        String token = RealmStub.bearer("counted-client");
        given().header("Authorization", token).when().get("/goals/v1/goals")
                .then().statusCode(200)
                .header("RateLimit-Policy", equalTo("\"clients\";q=5;w=60"))
                .header("RateLimit", equalTo("\"clients\";r=4;t=12"));
        given().header("Authorization", token).when().get("/goals/v1/goals")
                .then().statusCode(200)
                .header("RateLimit", matchesPattern("\"clients\";r=3;t=2[34]"));
        given().header("X-Forwarded-For", "192.0.2.50").when().get("/goals/v1/goals")
                .then().statusCode(200)
                .header("RateLimit-Policy", equalTo("\"anonymous\";q=100000;w=3600000"))
                .header("RateLimit", startsWith("\"anonymous\";r=99999;"));
        given().header("X-Forwarded-For", "192.0.2.51").contentType("application/json").body("{}")
                .when().post(ANSWERS)
                .then().statusCode(200)
                .header("RateLimit-Policy", equalTo("\"citizen-answers\";q=3;w=600"))
                .header("RateLimit", startsWith("\"citizen-answers\";r=2;"));
    }

    @Test
    void shouldCountRequestsWithBadTokensAgainstTheCallersAddress() {
        String address = "192.0.2.60";
        String[] refused = {RealmStub.bearerSignedByAnotherKey("forger"), "Bearer garbage", "Basic dXNlcjpwYXNz"};
        for (int i = 0; i < refused.length; i++) {
            given().header("X-Forwarded-For", address).header("Authorization", refused[i])
                    .contentType("application/json").body("{}")
                    .when().post("/goals/v1/goals")
                    .then().statusCode(401)
                    .header("RateLimit", startsWith("\"anonymous\";r=" + (99_999 - i) + ";"));
        }
        given().header("X-Forwarded-For", address).contentType("application/json").body("{}")
                .when().post("/goals/v1/goals")
                .then().statusCode(401)
                .header("RateLimit", startsWith("\"anonymous\";r=99996;"));
        given().header("X-Forwarded-For", address).when().get("/goals/v1/goals")
                .then().statusCode(200)
                .header("RateLimit", startsWith("\"anonymous\";r=99995;"));
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
