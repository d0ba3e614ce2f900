package se.malstyrning.indicators.target;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import se.malstyrning.indicators.GoalsStub;
import se.malstyrning.indicators.TestData;
import se.malstyrning.testsupport.TestTokens;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class TargetResourceTest {

    private static String body(UUID goalId, String indicatorId, double desired, double accepted) {
        return """
                {"goalId": "%s", "indicatorId": "%s", "area": "0665", "baselineValue": 70.1, "baselineYear": 2019,
                 "desiredValue": %s, "desiredYear": 2022, "acceptedValue": %s, "direction2030": "INCREASE"}
                """.formatted(goalId, indicatorId, desired, accepted);
    }

    private static ValidatableResponse post(String token, String body) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(body)
                .when().post("/indicators/v1/targets").then();
    }

    private static String newIndicator() {
        return TestData.indicator(TestData.uniqueCode());
    }

    private static int targetCount(UUID goalId) {
        return given().header("Authorization", TestTokens.reader()).queryParam("goalId", goalId)
                .when().get("/indicators/v1/targets").then().statusCode(200).extract().path("total");
    }

    @Test
    void shouldSetATargetAsStrategist() {
        UUID goal = GoalsStub.adoptedGoal("KF");
        String indicator = newIndicator();

        String id = post(TestTokens.strategist(), body(goal, indicator, 75.0, 72.0))
                .statusCode(201)
                .header("ETag", notNullValue())
                .body("goalOwnerOrgUnitCode", equalTo("KF"))
                .extract().path("id");

        given().header("Authorization", TestTokens.reader()).when().get("/indicators/v1/targets/" + id)
                .then().statusCode(200)
                .body("desiredValue", equalTo(75.0f))
                .body("acceptedValue", equalTo(72.0f))
                .body("direction2030", equalTo("INCREASE"));
    }

    @Test
    void shouldRefuseAValueBeyondTheRangeOfANumberInsteadOfStoringInfinity() {
        UUID goal = GoalsStub.adoptedGoal("KF");

        post(TestTokens.strategist(), body(goal, newIndicator(), 75.0, 72.0).replace("\"desiredValue\": 75.0", "\"desiredValue\": 1e309"))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("desiredValue"))
                .body("errors[0].message", equalTo("must be a finite number"));
        assertEquals(0, targetCount(goal));
    }

    @Test
    void shouldRefuseAFractionalBaselineYearInsteadOfTruncatingIt() {
        UUID goal = GoalsStub.adoptedGoal("KF");

        post(TestTokens.strategist(), body(goal, newIndicator(), 75.0, 72.0).replace("2019", "2019.9"))
                .statusCode(400)
                .body("errors.field", contains("baselineYear"));
        assertEquals(0, targetCount(goal));
    }

    @Test
    void shouldRefuseANumberSentAsTextInsteadOfCoercingIt() {
        UUID goal = GoalsStub.adoptedGoal("KF");

        post(TestTokens.strategist(), body(goal, newIndicator(), 75.0, 72.0).replace("70.1", "\"70.1\""))
                .statusCode(400)
                .body("errors.field", contains("baselineValue"));
        assertEquals(0, targetCount(goal));
    }

    @Test
    void shouldLetABoardEditorSetTargetsForItsOwnBoardsGoal() {
        UUID goal = GoalsStub.adoptedGoal("BUN");

        post(TestTokens.boardEditor("bun", "BUN"), body(goal, newIndicator(), 75.0, 72.0)).statusCode(201);
    }

    @Test
    void shouldForbidABoardEditorToSetATargetForAnotherBoardsGoal() {
        UUID goal = GoalsStub.adoptedGoal("SN");

        post(TestTokens.boardEditor("bun", "BUN"), body(goal, newIndicator(), 75.0, 72.0))
                .statusCode(403)
                .contentType("application/problem+json");
        assertEquals(0, targetCount(goal));
    }

    @Test
    void shouldForbidABoardEditorToChangeAnotherBoardsTarget() {
        UUID goal = GoalsStub.adoptedGoal("SN");
        String indicator = newIndicator();
        String id = post(TestTokens.strategist(), body(goal, indicator, 75.0, 72.0)).statusCode(201).extract().path("id");

        given().header("Authorization", TestTokens.boardEditor("bun", "BUN")).header("If-Match", "\"0\"")
                .contentType(ContentType.JSON).body(body(goal, indicator, 80.0, 72.0))
                .when().put("/indicators/v1/targets/" + id)
                .then().statusCode(403);
    }

    @Test
    void shouldRefuseAForbiddenRoleToSetTargets() {
        post(TestTokens.reader(), body(GoalsStub.adoptedGoal("KF"), newIndicator(), 75.0, 72.0)).statusCode(403);
    }

    @Test
    void shouldNameAcceptedValueWhenItLiesBeyondTheDesiredValue() {
        post(TestTokens.strategist(), body(GoalsStub.adoptedGoal("KF"), newIndicator(), 75.0, 78.0))
                .statusCode(422)
                .body("errors[0].field", equalTo("acceptedValue"));
    }

    @Test
    void shouldNameGoalIdWhenGoalsServiceHasNoSuchGoal() {
        post(TestTokens.strategist(), body(UUID.randomUUID(), newIndicator(), 75.0, 72.0))
                .statusCode(422)
                .body("errors[0].field", equalTo("goalId"));
    }

    @Test
    void shouldNameIndicatorIdWhenTheIndicatorIsUnknown() {
        post(TestTokens.strategist(), body(GoalsStub.adoptedGoal("KF"), UUID.randomUUID().toString(), 75.0, 72.0))
                .statusCode(422)
                .body("errors[0].field", equalTo("indicatorId"));
    }

    @Test
    void shouldAnswer503WithRetryAfterAndWriteNothingWhenGoalsServiceFails() {
        UUID goal = GoalsStub.failingGoal();

        post(TestTokens.strategist(), body(goal, newIndicator(), 75.0, 72.0))
                .statusCode(503)
                .header("Retry-After", notNullValue())
                .contentType("application/problem+json");
        assertEquals(0, targetCount(goal));
    }

    @Test
    void shouldRefuseASecondTargetForTheSameGoalIndicatorAndArea() {
        UUID goal = GoalsStub.adoptedGoal("KF");
        String indicator = newIndicator();
        post(TestTokens.strategist(), body(goal, indicator, 75.0, 72.0)).statusCode(201);

        post(TestTokens.strategist(), body(goal, indicator, 76.0, 72.0)).statusCode(409);
    }

    @Test
    void shouldKeepThePreviousVersionWhenATargetChanges() {
        UUID goal = GoalsStub.adoptedGoal("KF");
        String indicator = newIndicator();
        String id = post(TestTokens.strategist(), body(goal, indicator, 75.0, 72.0)).statusCode(201).extract().path("id");

        given().header("Authorization", TestTokens.strategist()).header("If-Match", "\"0\"")
                .contentType(ContentType.JSON).body(body(goal, indicator, 78.0, 74.0))
                .when().put("/indicators/v1/targets/" + id)
                .then().statusCode(200)
                .body("desiredValue", equalTo(78.0f))
                .body("version", equalTo(1));

        given().header("Authorization", TestTokens.reader()).when().get("/indicators/v1/targets/" + id + "/history")
                .then().statusCode(200)
                .body("items.version", contains(0))
                .body("items.desiredValue", contains(75.0f));
    }

    @Test
    void shouldRefuseAChangeMadeAgainstAStaleVersion() {
        UUID goal = GoalsStub.adoptedGoal("KF");
        String indicator = newIndicator();
        String id = post(TestTokens.strategist(), body(goal, indicator, 75.0, 72.0)).statusCode(201).extract().path("id");

        given().header("Authorization", TestTokens.strategist()).header("If-Match", "\"7\"")
                .contentType(ContentType.JSON).body(body(goal, indicator, 78.0, 74.0))
                .when().put("/indicators/v1/targets/" + id)
                .then().statusCode(412);
    }

    @Test
    void shouldRequireTheVersionToDeleteATarget() {
        UUID goal = GoalsStub.adoptedGoal("KF");
        String id = post(TestTokens.strategist(), body(goal, newIndicator(), 75.0, 72.0)).statusCode(201).extract().path("id");

        given().header("Authorization", TestTokens.strategist()).when().delete("/indicators/v1/targets/" + id)
                .then().statusCode(428);
        given().header("Authorization", TestTokens.strategist()).header("If-Match", "\"0\"")
                .when().delete("/indicators/v1/targets/" + id)
                .then().statusCode(204);
        assertEquals(0, targetCount(goal));
    }

    @Test
    void shouldAnswerARepeatedRequestWithTheSameIdempotencyKeyAsTheFirstTime() {
        UUID goal = GoalsStub.adoptedGoal("KF");
        String body = body(goal, newIndicator(), 75.0, 72.0);
        String key = UUID.randomUUID().toString();
        String first = given().header("Authorization", TestTokens.strategist()).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).when().post("/indicators/v1/targets")
                .then().statusCode(201).extract().path("id");

        given().header("Authorization", TestTokens.strategist()).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).when().post("/indicators/v1/targets")
                .then().statusCode(201)
                .body("id", equalTo(first));
        assertEquals(1, targetCount(goal));
    }

    @Test
    void shouldRefuseAnIdempotencyKeyReusedForAnotherRequest() {
        UUID goal = GoalsStub.adoptedGoal("KF");
        String key = UUID.randomUUID().toString();
        given().header("Authorization", TestTokens.strategist()).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body(goal, newIndicator(), 75.0, 72.0)).when().post("/indicators/v1/targets")
                .then().statusCode(201);

        given().header("Authorization", TestTokens.strategist()).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body(goal, newIndicator(), 75.0, 72.0)).when().post("/indicators/v1/targets")
                .then().statusCode(422)
                .body("errors[0].field", equalTo("Idempotency-Key"));
        assertEquals(1, targetCount(goal));
    }

    @Test
    void shouldRequireATokenToReadTargets() {
        given().when().get("/indicators/v1/targets").then().statusCode(401);
    }
}
