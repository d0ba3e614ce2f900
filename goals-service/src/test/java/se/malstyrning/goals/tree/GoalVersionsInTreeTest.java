package se.malstyrning.goals.tree;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import se.malstyrning.goals.GoalFixtures;
import se.malstyrning.goals.GoalFixtures.Period;
import se.malstyrning.testsupport.TestTokens;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static se.malstyrning.goals.GoalFixtures.adopt;
import static se.malstyrning.goals.GoalFixtures.board;
import static se.malstyrning.goals.GoalFixtures.councilGoalJson;
import static se.malstyrning.goals.GoalFixtures.decision;
import static se.malstyrning.goals.GoalFixtures.period;
import static se.malstyrning.goals.GoalFixtures.post;
import static se.malstyrning.goals.GoalFixtures.uniqueCode;

/** The rules of goal versions in the open lists and the goal tree (docs/goal-chain.md). */
@QuarkusTest
class GoalVersionsInTreeTest {

    private static String newVersionAdopted(String goalId) {
        String version = given().header("Authorization", TestTokens.strategist())
                .when().post("/goals/v1/goals/" + goalId + "/versions")
                .then().statusCode(201).extract().path("id");
        given().header("Authorization", TestTokens.strategist()).contentType("application/json").body(decision("KS 2026/001"))
                .when().post("/goals/v1/goals/" + version + "/adopt")
                .then().statusCode(200).body("status", equalTo("ADOPTED"));
        return version;
    }

    private static String tree(Period period) {
        return "/goals/v1/mandate-periods/" + period.id() + "/tree";
    }

    @Test
    void shouldLeaveSupersededVersionOutOfTheGoalTree() {
        Period period = period();
        String area = GoalFixtures.area();
        String code = uniqueCode("KF");
        String first = post(TestTokens.strategist(), "/goals/v1/goals", councilGoalJson(period, area, board()[0], code));
        adopt(first);
        String second = newVersionAdopted(first);

        for (String token : new String[] {null, TestTokens.reader()}) {
            var request = token == null ? given() : given().header("Authorization", token);
            request.when().get(tree(period))
                    .then().statusCode(200)
                    .body("areas.find { it.area.id == '%s' }.councilGoals.size()".formatted(area), equalTo(1))
                    .body("areas.find { it.area.id == '%s' }.councilGoals[0].goal.id".formatted(area), equalTo(second));
        }
        given().when().get("/goals/v1/goals/" + first).then().statusCode(200).body("status", equalTo("REPLACED"))
                .body("successorId", equalTo(second));
        given().queryParam("status", "REPLACED").when().get(tree(period))
                .then().statusCode(200)
                .body("areas.find { it.area.id == '%s' }.councilGoals[0].goal.id".formatted(area), equalTo(first));
    }

    @Test
    void shouldShowEachCouncilGoalOnceWhateverItsVersions() {
        Period period = period();
        String area = GoalFixtures.area();
        List<String> adopted = List.of(1, 2, 3, 4).stream().map(i -> {
            String id = post(TestTokens.strategist(), "/goals/v1/goals", councilGoalJson(period, area, board()[0], uniqueCode("KF")));
            adopt(id);
            return id;
        }).toList();
        newVersionAdopted(adopted.get(0));
        newVersionAdopted(adopted.get(1));
        adopted.subList(2, 4).forEach(id -> given().header("Authorization", TestTokens.strategist())
                .post("/goals/v1/goals/" + id + "/versions").then().statusCode(201));

        for (String token : new String[] {null, TestTokens.reader()}) {
            var request = token == null ? given() : given().header("Authorization", token);
            request.when().get(tree(period))
                    .then().statusCode(200)
                    .body("areas.find { it.area.id == '%s' }.councilGoals.size()".formatted(area), equalTo(4))
                    .body("areas.find { it.area.id == '%s' }.councilGoals.goal.status".formatted(area),
                            equalTo(List.of("ADOPTED", "ADOPTED", "ADOPTED", "ADOPTED")));
        }
    }

    @Test
    void shouldLeaveAnArchivedGoalOutOfTheOpenLists() {
        Period period = period();
        String area = GoalFixtures.area();
        String goal = post(TestTokens.strategist(), "/goals/v1/goals", councilGoalJson(period, area, board()[0], uniqueCode("KF")));
        adopt(goal);
        given().header("Authorization", TestTokens.strategist()).post("/goals/v1/goals/" + goal + "/archive")
                .then().statusCode(200).body("status", equalTo("ARCHIVED"));

        given().queryParam("mandatePeriodId", period.id()).when().get("/goals/v1/goals")
                .then().statusCode(200).body("items.id", not(hasItem(goal)));
        given().when().get(tree(period))
                .then().statusCode(200)
                .body("areas.find { it.area.id == '%s' }.councilGoals.size()".formatted(area), equalTo(0));
        given().queryParam("mandatePeriodId", period.id()).queryParam("status", "ARCHIVED").when().get("/goals/v1/goals")
                .then().statusCode(200).body("items.id", hasItem(goal));
        given().when().get("/goals/v1/goals/" + goal + "/history").then().statusCode(200);
    }

    @Test
    void shouldLeaveSupersededVersionOutOfTheOpenLists() {
        Period period = period();
        String area = GoalFixtures.area();
        String first = post(TestTokens.strategist(), "/goals/v1/goals", councilGoalJson(period, area, board()[0], uniqueCode("KF")));
        adopt(first);
        String second = newVersionAdopted(first);

        given().queryParam("mandatePeriodId", period.id()).when().get("/goals/v1/goals")
                .then().statusCode(200)
                .body("items.id", hasItem(second))
                .body("items.id", not(hasItem(first)));
    }
}
