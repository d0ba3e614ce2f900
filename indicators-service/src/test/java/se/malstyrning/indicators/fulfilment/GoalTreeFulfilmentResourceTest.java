package se.malstyrning.indicators.fulfilment;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import se.malstyrning.indicators.GoalsStub;
import se.malstyrning.indicators.TestData;
import se.malstyrning.testsupport.TestTokens;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static se.malstyrning.indicators.GoalsStub.node;

@QuarkusTest
class GoalTreeFulfilmentResourceTest {

    /** A target from baseline 70 (2019) to desired 75 (2022), accepted 72. */
    private static void target(UUID goal, String indicatorId, String area) {
        given().header("Authorization", TestTokens.strategist()).contentType(ContentType.JSON)
                .body("""
                        {"goalId": "%s", "indicatorId": "%s", "area": "%s", "baselineValue": 70, "baselineYear": 2019,
                         "desiredValue": 75, "desiredYear": 2022, "acceptedValue": 72, "direction2030": "INCREASE"}
                        """.formatted(goal, indicatorId, area))
                .when().post("/indicators/v1/targets")
                .then().statusCode(201);
    }

    @Test
    void shouldShowEveryGoalOfTheTreeOnceWithItsFulfilment() {
        UUID council = GoalsStub.adoptedGoal("KF");
        UUID otherCouncil = GoalsStub.adoptedGoal("KF");
        UUID shared = GoalsStub.adoptedGoal("BUN");
        UUID board = GoalsStub.adoptedGoal("BUN");
        String achieved = TestData.uniqueCode();
        String notAchieved = TestData.uniqueCode();
        target(council, TestData.indicator(achieved), "0665");
        target(shared, TestData.indicator(notAchieved), "0665");
        TestData.importCsv(achieved + ",0665,2019,T,70\n" + achieved + ",0665,2023,T,76\n"
                + notAchieved + ",0665,2019,T,70\n" + notAchieved + ",0665,2023,T,69\n");
        String sharedNode = node(shared, "N1", "BOARD");
        UUID period = GoalsStub.periodWithTree(node(council, "KF1", "COUNCIL", sharedNode, node(board, "N2", "BOARD")),
                node(otherCouncil, "KF2", "COUNCIL", sharedNode));

        given().queryParam("area", "0665").when().get("/indicators/v1/mandate-periods/" + period + "/fulfilment")
                .then().statusCode(200)
                .body("mandatePeriodId", equalTo(period.toString()))
                .body("area", equalTo("0665"))
                .body("rule", notNullValue())
                .body("goals.goalId", contains(council.toString(), shared.toString(), board.toString(), otherCouncil.toString()))
                .body("goals.code", contains("KF1", "N1", "N2", "KF2"))
                .body("goals.level", contains("COUNCIL", "BOARD", "BOARD", "COUNCIL"))
                .body("goals.status", contains("ACHIEVED", "NOT_ACHIEVED", "NO_DATA", "NO_DATA"))
                .body("goals[0].targets[0].indicatorCode", equalTo(achieved))
                .body("goals[0].targets[0].latest.value", equalTo(76.0f))
                .body("goals[1].targets[0].trend.method", equalTo("OPEN_SDG_CAGR"))
                .body("goals[2].targets", empty());
    }

    @Test
    void shouldComputeTheTreeForTheNamedAreaOnly() {
        UUID council = GoalsStub.adoptedGoal("KF");
        String code = TestData.uniqueCode();
        String indicator = TestData.indicator(code);
        target(council, indicator, "0665");
        target(council, indicator, "0680");
        TestData.importCsv(code + ",0665,2023,T,76\n" + code + ",0680,2023,T,60\n");
        UUID period = GoalsStub.periodWithTree(node(council, "KF1", "COUNCIL"));

        given().queryParam("area", "0680").when().get("/indicators/v1/mandate-periods/" + period + "/fulfilment")
                .then().statusCode(200)
                .body("goals[0].status", equalTo("NOT_ACHIEVED"))
                .body("goals[0].targets.latest.value", contains(60.0f));
    }

    @Test
    void shouldShowTheTreeAsGoalsServiceShowsItToTheCaller() {
        UUID adopted = GoalsStub.adoptedGoal("KF");
        UUID draft = GoalsStub.goal("KF", "DRAFT");
        UUID period = GoalsStub.periodWithTree(new String[]{node(adopted, "KF1", "COUNCIL")},
                new String[]{node(draft, "KF2", "COUNCIL")});

        given().when().get("/indicators/v1/mandate-periods/" + period + "/fulfilment")
                .then().statusCode(200)
                .body("goals.goalId", contains(adopted.toString()));
        given().header("Authorization", TestTokens.reader()).when().get("/indicators/v1/mandate-periods/" + period + "/fulfilment")
                .then().statusCode(200)
                .body("goals.goalId", contains(adopted.toString(), draft.toString()));
    }

    @Test
    void shouldAnswer404ForAMandatePeriodGoalsServiceDoesNotKnow() {
        given().when().get("/indicators/v1/mandate-periods/" + UUID.randomUUID() + "/fulfilment")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void shouldAnswer503WithRetryAfterWhenGoalsServiceFailsOnTheTree() {
        given().when().get("/indicators/v1/mandate-periods/" + GoalsStub.failingPeriod() + "/fulfilment")
                .then().statusCode(503)
                .header("Retry-After", notNullValue());
    }
}
