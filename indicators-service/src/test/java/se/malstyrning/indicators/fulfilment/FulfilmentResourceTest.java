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
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class FulfilmentResourceTest {

    /** A target from baseline 70 (2019) to desired 75 (2022), accepted 72, for 0665. */
    private static void target(UUID goal, String indicatorId) {
        given().header("Authorization", TestTokens.strategist()).contentType(ContentType.JSON)
                .body("""
                        {"goalId": "%s", "indicatorId": "%s", "area": "0665", "baselineValue": 70, "baselineYear": 2019,
                         "desiredValue": 75, "desiredYear": 2022, "acceptedValue": 72, "direction2030": "INCREASE"}
                        """.formatted(goal, indicatorId))
                .when().post("/indicators/v1/targets")
                .then().statusCode(201);
    }

    @Test
    void shouldShowTheFulfilmentOfAnAdoptedGoalAsOpenDataWithEveryInput() {
        UUID goal = GoalsStub.adoptedGoal("KF");
        String achieved = TestData.uniqueCode();
        String partly = TestData.uniqueCode();
        target(goal, TestData.indicator(achieved));
        target(goal, TestData.indicator(partly));
        TestData.importCsv(achieved + ",0665,2019,T,70\n" + achieved + ",0665,2023,T,76\n"
                + partly + ",0665,2019,T,70\n" + partly + ",0665,2022,T,73\n" + partly + ",0665,2022,K,80\n");

        given().queryParam("area", "0665").when().get("/indicators/v1/goals/" + goal + "/fulfilment")
                .then().statusCode(200)
                .body("goalId", equalTo(goal.toString()))
                .body("status", equalTo("PARTLY_ACHIEVED"))
                .body("rule", containsString("PARTLY_ACHIEVED"))
                .body("computedAt", notNullValue())
                .body("targets.find { it.indicatorCode == '%s' }.status".formatted(achieved), equalTo("ACHIEVED"))
                .body("targets.find { it.indicatorCode == '%s' }.progressPercent".formatted(achieved), equalTo(120.0f))
                .body("targets.find { it.indicatorCode == '%s' }.trend.method".formatted(achieved), equalTo("OPEN_SDG_CAGR"))
                .body("targets.find { it.indicatorCode == '%s' }.trend.classification".formatted(achieved), equalTo("TARGET_ACHIEVED"))
                .body("targets.find { it.indicatorCode == '%s' }.latest.value".formatted(partly), equalTo(73.0f))
                .body("targets.find { it.indicatorCode == '%s' }.latest.gender".formatted(partly), equalTo("T"))
                .body("targets.find { it.indicatorCode == '%s' }.latest.genderLabel".formatted(partly), equalTo("Totalt"))
                .body("areaName", equalTo("Vaggeryd"))
                .body("targets.find { it.indicatorCode == '%s' }.baseline.year".formatted(partly), equalTo(2019))
                .body("targets.find { it.indicatorCode == '%s' }.acceptedValue".formatted(partly), equalTo(72.0f));
    }

    @Test
    void shouldJudgeAFollowUpOf2022OnTheDataOf2022() {
        UUID goal = GoalsStub.adoptedGoal("KF");
        String code = TestData.uniqueCode();
        target(goal, TestData.indicator(code));
        TestData.importCsv(code + ",0665,2019,T,70\n" + code + ",0665,2022,T,73\n" + code + ",0665,2024,T,76\n");

        given().queryParam("year", 2022).when().get("/indicators/v1/goals/" + goal + "/fulfilment")
                .then().statusCode(200)
                .body("asOfYear", equalTo(2022))
                .body("status", equalTo("PARTLY_ACHIEVED"))
                .body("targets[0].latest.period", equalTo(2022))
                .body("targets[0].latest.value", equalTo(73.0f));
        given().when().get("/indicators/v1/goals/" + goal + "/fulfilment")
                .then().statusCode(200)
                .body("status", equalTo("ACHIEVED"))
                .body("targets[0].latest.period", equalTo(2024));
    }

    @Test
    void shouldJudgeFulfilmentAgainstTheTargetAfterTheTargetsYear() {
        UUID goal = GoalsStub.adoptedGoal("KF");
        String code = TestData.uniqueCode();
        target(goal, TestData.indicator(code));
        TestData.importCsv(code + ",0665,2019,T,70\n" + code + ",0665,2021,T,71\n" + code + ",0665,2023,T,74\n");

        given().queryParam("year", 2021).when().get("/indicators/v1/goals/" + goal + "/fulfilment")
                .then().statusCode(200)
                .body("targets[0].targetYearReached", equalTo(false))
                .body("targets[0].status", equalTo("NOT_ACHIEVED"));
        given().queryParam("period", 2023).when().get("/indicators/v1/goals/" + goal + "/fulfilment")
                .then().statusCode(200)
                .body("asOfYear", equalTo(2023))
                .body("targets[0].targetYearReached", equalTo(true))
                .body("targets[0].desiredYear", equalTo(2022))
                .body("targets[0].status", equalTo("PARTLY_ACHIEVED"));
    }

    @Test
    void shouldRefuseBothPeriodAndTheDeprecatedYearNamingYear() {
        given().queryParam("period", 2022).queryParam("year", 2022)
                .when().get("/indicators/v1/goals/" + GoalsStub.adoptedGoal("KF") + "/fulfilment")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
    }

    @Test
    void shouldRefuseAnAsOfYearThatIsNoYear() {
        given().queryParam("year", "twenty").when().get("/indicators/v1/goals/" + GoalsStub.adoptedGoal("KF") + "/fulfilment")
                .then().statusCode(400).body("errors[0].field", equalTo("year"));
    }

    @Test
    void shouldShowTheCouncilGoalsOwnIndicatorsAndTheRollUpFromItsBoardGoalsAndSubGoals() {
        UUID period = UUID.randomUUID();
        UUID council = UUID.randomUUID();
        UUID board = UUID.randomUUID();
        UUID subGoal = UUID.randomUUID();
        String councilJson = """
                {"id": "%s", "code": "KF1", "level": "COUNCIL", "status": "ADOPTED", "ownerOrgUnitCode": "KF",
                 "mandatePeriodId": "%s", "contributesTo": []}""".formatted(council, period);
        String boardJson = """
                {"id": "%s", "code": "BUN1", "level": "BOARD", "status": "ADOPTED", "ownerOrgUnitCode": "BUN",
                 "mandatePeriodId": "%s", "contributesTo": ["%s"]}""".formatted(board, period, council);
        String subGoalJson = """
                {"id": "%s", "code": "BUN1.1", "level": "SUB_GOAL", "status": "ADOPTED", "ownerOrgUnitCode": "BUN",
                 "mandatePeriodId": "%s", "parentGoalId": "%s", "contributesTo": []}""".formatted(subGoal, period, board);
        GoalsStub.answer("/goals/v1/goals/" + council, councilJson);
        GoalsStub.answer("/goals/v1/goals/" + board, boardJson);
        GoalsStub.answer("/goals/v1/goals/" + subGoal, subGoalJson);
        GoalsStub.answer("/goals/v1/mandate-periods/" + period + "/tree", """
                {"mandatePeriod": {"id": "%s"}, "areas": [{"area": {"id": "%s"}, "councilGoals": [
                  {"goal": %s, "children": [{"goal": %s, "children": [{"goal": %s, "children": []}]}]}]}], "internalGoals": []}
                """.formatted(period, UUID.randomUUID(), councilJson, boardJson, subGoalJson));
        String own = TestData.uniqueCode();
        String ofBoard = TestData.uniqueCode();
        String ofSubGoal = TestData.uniqueCode();
        target(council, TestData.indicator(own));
        target(board, TestData.indicator(ofBoard));
        target(subGoal, TestData.indicator(ofSubGoal));
        TestData.importCsv(own + ",0665,2022,T,76\n" + ofBoard + ",0665,2022,T,60\n" + ofSubGoal + ",0665,2022,T,60\n");

        given().when().get("/indicators/v1/goals/" + council + "/fulfilment")
                .then().statusCode(200)
                .body("status", equalTo("ACHIEVED"))
                .body("targets.indicatorCode", contains(own))
                .body("rollUp.status", equalTo("NOT_ACHIEVED"))
                .body("rollUp.rule", containsString("contributing goal"))
                .body("rollUp.contributions.goalId", contains(board.toString()))
                .body("rollUp.contributions[0].code", equalTo("BUN1"))
                .body("rollUp.contributions[0].status", equalTo("NOT_ACHIEVED"));
        given().when().get("/indicators/v1/mandate-periods/" + period + "/fulfilment")
                .then().statusCode(200)
                .body("rollUpRule", containsString("contributing goal"))
                .body("goals.find { it.code == 'KF1' }.rollUpStatus", equalTo("NOT_ACHIEVED"))
                .body("goals.find { it.code == 'BUN1' }.rollUpStatus", equalTo("NOT_ACHIEVED"));
    }

    @Test
    void shouldLinkTheFulfilmentToItsGoalAndEachTargetToItsIndicator() {
        UUID goal = GoalsStub.adoptedGoal("KF");
        String code = TestData.uniqueCode();
        String indicator = TestData.indicator(code);
        target(goal, indicator);

        given().queryParam("area", "0665").when().get("/indicators/v1/goals/" + goal + "/fulfilment")
                .then().statusCode(200)
                .body("goalUrl", equalTo("https://malstyrning.test/goals/v1/goals/" + goal))
                .body("targets[0].indicatorUrl", equalTo("https://malstyrning.test/indicators/v1/indicators/" + indicator));
    }

    @Test
    void shouldAnswerNoDataForAGoalWithoutTargets() {
        UUID goal = GoalsStub.adoptedGoal("KF");

        given().when().get("/indicators/v1/goals/" + goal + "/fulfilment")
                .then().statusCode(200)
                .body("area", equalTo("0665"))
                .body("status", equalTo("NO_DATA"))
                .body("targets", empty());
    }

    @Test
    void shouldSeparateTheStructuralAndTheShortTermView() {
        UUID goal = GoalsStub.adoptedGoal("KF");
        String structural = TestData.uniqueCode();
        String shortTerm = TestData.uniqueCode();
        target(goal, TestData.indicator(structural, "HIGHER_IS_BETTER", "STRUCTURAL", true));
        target(goal, TestData.indicator(shortTerm, "HIGHER_IS_BETTER", "SHORT_TERM", true));

        given().queryParam("horizon", "SHORT_TERM").when().get("/indicators/v1/goals/" + goal + "/fulfilment")
                .then().statusCode(200)
                .body("horizon", equalTo("SHORT_TERM"))
                .body("targets.indicatorCode", contains(shortTerm));
    }

    @Test
    void shouldRequireATokenForAGoalThatIsNotAdopted() {
        UUID goal = GoalsStub.draftGoalHiddenFromAnonymous("KF");

        given().when().get("/indicators/v1/goals/" + goal + "/fulfilment").then().statusCode(401);
        given().header("Authorization", TestTokens.reader()).when().get("/indicators/v1/goals/" + goal + "/fulfilment")
                .then().statusCode(200);
    }

    @Test
    void shouldAnswer404ForAGoalGoalsServiceDoesNotKnow() {
        given().when().get("/indicators/v1/goals/" + UUID.randomUUID() + "/fulfilment")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void shouldAnswer503WithRetryAfterWhenGoalsServiceFails() {
        given().when().get("/indicators/v1/goals/" + GoalsStub.failingGoal() + "/fulfilment")
                .then().statusCode(503)
                .header("Retry-After", notNullValue());
    }

    @Test
    void shouldNameAnUnknownHorizon() {
        given().queryParam("horizon", "LONG").when().get("/indicators/v1/goals/" + GoalsStub.adoptedGoal("KF") + "/fulfilment")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("horizon"));
    }
}
