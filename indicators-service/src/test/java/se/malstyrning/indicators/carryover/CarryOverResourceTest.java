package se.malstyrning.indicators.carryover;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import se.malstyrning.indicators.GoalsStub;
import se.malstyrning.indicators.TestData;
import se.malstyrning.testsupport.TestTokens;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Targets and indicator links follow a goal to its new version (docs/goal-chain.md). */
@QuarkusTest
class CarryOverResourceTest {

    private static String target(UUID goal, String indicatorId, String token) {
        return given().header("Authorization", token).contentType(ContentType.JSON)
                .body("""
                        {"goalId": "%s", "indicatorId": "%s", "area": "0665", "baselineValue": 70, "baselineYear": 2019,
                         "desiredValue": 75, "desiredYear": 2022, "acceptedValue": 72, "direction2030": "INCREASE"}
                        """.formatted(goal, indicatorId))
                .when().post("/indicators/v1/targets")
                .then().statusCode(201).extract().path("id");
    }

    private static void link(String indicatorId, UUID goal) {
        given().header("Authorization", TestTokens.strategist()).contentType(ContentType.JSON)
                .body("{\"goalId\": \"" + goal + "\"}")
                .when().post("/indicators/v1/indicators/" + indicatorId + "/links/goals")
                .then().statusCode(200);
    }

    @Test
    void shouldCarryTargetsAndIndicatorLinksOverToTheNewVersionVisiblyAndChangeably() {
        UUID adopted = GoalsStub.adoptedGoal("KF");
        String indicator = TestData.indicator(TestData.uniqueCode());
        String earlierTarget = target(adopted, indicator, TestTokens.strategist());
        link(indicator, adopted);
        UUID newVersion = GoalsStub.goalContinuing(adopted, "predecessorId", "KF", "DRAFT");

        String carried = given().header("Authorization", TestTokens.strategist())
                .when().post("/indicators/v1/goals/" + newVersion + "/carry-over")
                .then().statusCode(200)
                .body("fromGoalId", equalTo(adopted.toString()))
                .body("copied", equalTo(2))
                .body("targets[0].goalId", equalTo(newVersion.toString()))
                .body("targets[0].carriedOverFromTargetId", equalTo(earlierTarget))
                .body("targets[0].desiredValue", equalTo(75.0f))
                .body("linkedIndicatorIds", contains(indicator))
                .extract().path("targets[0].id");
        given().header("Authorization", TestTokens.reader()).queryParam("goalId", newVersion.toString())
                .when().get("/indicators/v1/targets")
                .then().statusCode(200).body("items[0].carriedOverFromTargetId", equalTo(earlierTarget));
        given().header("Authorization", TestTokens.reader()).when().get("/indicators/v1/indicators/" + indicator + "/links")
                .then().statusCode(200)
                .body("goalIds", hasItem(newVersion.toString()))
                .body("goalLinks.find { it.goalId == '%s' }.carriedOverFromGoalId".formatted(newVersion), equalTo(adopted.toString()));

        given().header("Authorization", TestTokens.strategist()).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body("""
                        {"goalId": "%s", "indicatorId": "%s", "area": "0665", "baselineValue": 70, "baselineYear": 2019,
                         "desiredValue": 78, "desiredYear": 2026, "acceptedValue": 74, "direction2030": "INCREASE"}
                        """.formatted(newVersion, indicator))
                .when().put("/indicators/v1/targets/" + carried)
                .then().statusCode(200).body("desiredValue", equalTo(78.0f));
        given().header("Authorization", TestTokens.reader()).when().get("/indicators/v1/targets/" + earlierTarget).then().statusCode(200).body("desiredValue", equalTo(75.0f));
        given().header("Authorization", TestTokens.strategist())
                .when().post("/indicators/v1/goals/" + newVersion + "/carry-over")
                .then().statusCode(200).body("copied", equalTo(0)).body("targets[0].desiredValue", equalTo(78.0f));
    }

    @Test
    void shouldCarryTargetsOverToAGoalCarriedIntoANewMandatePeriod() {
        UUID earlier = GoalsStub.adoptedGoal("BUN");
        String indicator = TestData.indicator(TestData.uniqueCode());
        target(earlier, indicator, TestTokens.strategist());
        UUID carriedGoal = GoalsStub.goalContinuing(earlier, "carriedOverFromId", "BUN", "DRAFT");

        given().header("Authorization", TestTokens.boardEditor("bun", "BUN"))
                .when().post("/indicators/v1/goals/" + carriedGoal + "/carry-over")
                .then().statusCode(200).body("copied", equalTo(1)).body("fromGoalId", equalTo(earlier.toString()));
    }

    @Test
    void shouldLetABoardEditorCarryOverOnlyToItsOwnGoals() {
        UUID earlier = GoalsStub.adoptedGoal("SN");
        UUID newVersion = GoalsStub.goalContinuing(earlier, "predecessorId", "SN", "DRAFT");

        given().header("Authorization", TestTokens.boardEditor("bun", "BUN"))
                .when().post("/indicators/v1/goals/" + newVersion + "/carry-over")
                .then().statusCode(403);
    }

    @Test
    void shouldLetFollowupServicesClientCarryOverWithItsNarrowRole() {
        UUID earlier = GoalsStub.adoptedGoal("SN");
        String indicator = TestData.indicator(TestData.uniqueCode());
        target(earlier, indicator, TestTokens.strategist());
        UUID newVersion = GoalsStub.goalContinuing(earlier, "predecessorId", "SN", "ADOPTED");

        given().header("Authorization", TestTokens.serviceClient("followup-service", "indicators-service", "carry-over-measurement"))
                .when().post("/indicators/v1/goals/" + newVersion + "/carry-over")
                .then().statusCode(200).body("copied", equalTo(1));
    }

    @Test
    void shouldRefuseACarryOverByAClientHoldingOnlyAnotherServicesRole() {
        UUID earlier = GoalsStub.adoptedGoal("SN");
        UUID newVersion = GoalsStub.goalContinuing(earlier, "predecessorId", "SN", "ADOPTED");

        given().header("Authorization", TestTokens.serviceClient("followup-service", "goals-service", "carry-over-measurement"))
                .when().post("/indicators/v1/goals/" + newVersion + "/carry-over")
                .then().statusCode(403);
    }

    @Test
    void shouldAnswer404WhenGoalsServiceKnowsNoSuchGoal() {
        given().header("Authorization", TestTokens.strategist())
                .when().post("/indicators/v1/goals/" + UUID.randomUUID() + "/carry-over")
                .then().statusCode(404);
    }

    @Test
    void shouldRefuseToCarryOverToAGoalThatContinuesNoOther() {
        given().header("Authorization", TestTokens.strategist())
                .when().post("/indicators/v1/goals/" + GoalsStub.adoptedGoal("KF") + "/carry-over")
                .then().statusCode(409);
    }

    @Test
    void shouldAnswer503WhenGoalsServiceIsDown() {
        given().header("Authorization", TestTokens.strategist())
                .when().post("/indicators/v1/goals/" + GoalsStub.failingGoal() + "/carry-over")
                .then().statusCode(503);
    }
}
