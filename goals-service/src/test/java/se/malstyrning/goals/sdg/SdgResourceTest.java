package se.malstyrning.goals.sdg;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import se.malstyrning.goals.GoalFixtures;
import se.malstyrning.goals.GoalFixtures.Period;

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
        String goal = GoalFixtures.councilGoal(period);
        given().queryParam("mandatePeriodId", period.id()).get("/goals/v1/sdg/coverage")
                .then().body("uncoveredTargets", hasItem("11.3"));

        GoalFixtures.adopt(goal);

        given().queryParam("mandatePeriodId", period.id()).when().get("/goals/v1/sdg/coverage")
                .then().statusCode(200)
                .body("targetsTotal", equalTo(169))
                .body("uncoveredTargets", not(hasItem("11.3")))
                .body("goals.find { it.number == 11 }.coveredTargets.find { it.code == '11.3' }.goalIds", hasItem(goal));
    }
}
