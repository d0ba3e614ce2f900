package se.malstyrning.indicators.catalogue;

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

/** A board links indicators to its own goals; the office links any goal. */
@QuarkusTest
class BoardLinkTest {

    private static ValidatableResponse linkGoal(String token, String indicatorId, UUID goalId) {
        return given().header("Authorization", token).contentType(ContentType.JSON)
                .body("{\"goalId\": \"" + goalId + "\"}")
                .when().post("/indicators/v1/indicators/" + indicatorId + "/links/goals").then();
    }

    @Test
    void shouldLetABoardLinkAnIndicatorToItsOwnGoal() {
        String id = TestData.indicator(TestData.uniqueCode());
        UUID goal = GoalsStub.goal("SN", "DRAFT");
        linkGoal(TestTokens.boardEditor("sn", "SN"), id, goal).statusCode(200)
                .body("goalIds", contains(goal.toString()));
        given().header("Authorization", TestTokens.boardEditor("sn", "SN"))
                .when().delete("/indicators/v1/indicators/" + id + "/links/goals/" + goal)
                .then().statusCode(204);
    }

    @Test
    void shouldRefuseABoardLinkingAnIndicatorToAnotherBoardsGoal() {
        String id = TestData.indicator(TestData.uniqueCode());
        UUID goal = GoalsStub.adoptedGoal("BUN");
        linkGoal(TestTokens.boardEditor("sn", "SN"), id, goal).statusCode(403).contentType("application/problem+json");
        linkGoal(TestTokens.strategist(), id, goal).statusCode(200);
        given().header("Authorization", TestTokens.boardEditor("sn", "SN"))
                .when().delete("/indicators/v1/indicators/" + id + "/links/goals/" + goal)
                .then().statusCode(403).contentType("application/problem+json");
    }
}
