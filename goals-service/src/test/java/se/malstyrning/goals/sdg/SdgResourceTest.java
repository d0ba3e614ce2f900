package se.malstyrning.goals.sdg;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import se.malstyrning.goals.GoalFixtures;
import se.malstyrning.goals.GoalFixtures.Period;
import se.malstyrning.testsupport.TestTokens;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class SdgResourceTest {

    @Test
    void shouldListTheSeventeenGoalsWithTheir169Targets() {
        given().when().get("/goals/v1/sdg/goals")
                .then().statusCode(200)
                .body("size()", equalTo(17))
                .body("find { it.number == 4 }.shortTitleSv", equalTo("God utbildning för alla"))
                .body("targets.flatten().size()", equalTo(169))
                .body("find { it.number == 1 }.targets.code", hasItem("1.a"));
    }

    @Test
    void shouldCountATargetOfAnAdoptedGoalAsCovered() {
        Period period = GoalFixtures.period();
        String goal = GoalFixtures.post(TestTokens.strategist(), "/goals/v1/goals", GoalFixtures.councilGoalJson(period,
                GoalFixtures.area(), GoalFixtures.board()[0], GoalFixtures.uniqueCode("KF")).replace("\"8.5\"", "\"14.7\""));
        String goalsOf147 = "goals.find { it.number == 14 }.coveredTargets.find { it.code == '14.7' }.goalIds";
        given().queryParam("mandatePeriodId", period.id()).get("/goals/v1/sdg/coverage")
                .then().body("uncoveredTargets", hasItem("14.7"));

        GoalFixtures.adopt(goal);

        given().queryParam("mandatePeriodId", period.id()).when().get("/goals/v1/sdg/coverage")
                .then().statusCode(200)
                .body("targetsTotal", equalTo(169))
                .body("uncoveredTargets", not(hasItem("14.7")))
                .body(goalsOf147, hasItem(goal));
    }
}
