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
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class IndicatorLinkResourceTest {

    private static ValidatableResponse linkGoal(String indicatorId, UUID goalId) {
        return given().header("Authorization", TestTokens.strategist()).contentType(ContentType.JSON)
                .body("{\"goalId\": \"" + goalId + "\"}")
                .when().post("/indicators/v1/indicators/" + indicatorId + "/links/goals").then();
    }

    @Test
    void shouldLinkSdgTargetsAndShowThemAsOpenData() {
        String id = TestData.indicator(TestData.uniqueCode());

        given().header("Authorization", TestTokens.strategist()).contentType(ContentType.JSON)
                .body("{\"sdgTargets\": [\"8.5\", \"4.1\", \"11.a\"]}")
                .when().put("/indicators/v1/indicators/" + id + "/links/sdg-targets")
                .then().statusCode(200);

        given().when().get("/indicators/v1/indicators/" + id + "/links")
                .then().statusCode(200)
                .body("sdgTargets", contains("11.a", "4.1", "8.5"));
    }

    @Test
    void shouldNameAnSdgTargetThatDoesNotExist() {
        String id = TestData.indicator(TestData.uniqueCode());

        given().header("Authorization", TestTokens.strategist()).contentType(ContentType.JSON)
                .body("{\"sdgTargets\": [\"4.1\", \"18.1\"]}")
                .when().put("/indicators/v1/indicators/" + id + "/links/sdg-targets")
                .then().statusCode(400)
                .body("errors.field", hasItem(startsWith("sdgTargets")));
    }

    @Test
    void shouldLinkAGoalThatExistsOnceHoweverOftenItIsLinked() {
        String id = TestData.indicator(TestData.uniqueCode());
        UUID goal = GoalsStub.adoptedGoal("KF");

        linkGoal(id, goal).statusCode(200);
        linkGoal(id, goal).statusCode(200).body("goalIds", contains(goal.toString()));
    }

    @Test
    void shouldNameGoalIdWhenGoalsServiceDoesNotKnowTheGoal() {
        linkGoal(TestData.indicator(TestData.uniqueCode()), UUID.randomUUID())
                .statusCode(422)
                .body("errors[0].field", equalTo("goalId"));
    }

    @Test
    void shouldListTheIndicatorsThatMeasureAGoal() {
        String measuring = TestData.indicator(TestData.uniqueCode());
        TestData.indicator(TestData.uniqueCode());
        UUID goal = GoalsStub.adoptedGoal("KF");
        linkGoal(measuring, goal).statusCode(200);

        given().queryParam("goalId", goal).when().get("/indicators/v1/indicators")
                .then().statusCode(200)
                .body("items.id", contains(measuring));
    }

    @Test
    void shouldUnlinkAGoal() {
        String id = TestData.indicator(TestData.uniqueCode());
        UUID goal = GoalsStub.adoptedGoal("KF");
        linkGoal(id, goal).statusCode(200);

        given().header("Authorization", TestTokens.strategist())
                .when().delete("/indicators/v1/indicators/" + id + "/links/goals/" + goal)
                .then().statusCode(204);
        given().when().get("/indicators/v1/indicators/" + id + "/links").then().body("goalIds", empty());
    }

    @Test
    void shouldForbidABoardEditorToChangeLinksOfAnotherOrgUnitsGoal() {
        String id = TestData.indicator(TestData.uniqueCode());

        given().header("Authorization", TestTokens.boardEditor("bun", "BUN")).contentType(ContentType.JSON)
                .body("{\"goalId\": \"" + GoalsStub.adoptedGoal("KF") + "\"}")
                .when().post("/indicators/v1/indicators/" + id + "/links/goals")
                .then().statusCode(403);
    }
}
