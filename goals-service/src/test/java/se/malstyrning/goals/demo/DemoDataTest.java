package se.malstyrning.goals.demo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import se.malstyrning.goals.goal.GoalRepository;
import se.malstyrning.goals.orgunit.OrgUnitRepository;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class DemoDataTest {

    private final DemoData demoData;
    private final OrgUnitRepository orgUnits;
    private final GoalRepository goals;

    DemoDataTest(DemoData demoData, OrgUnitRepository orgUnits, GoalRepository goals) {
        this.demoData = demoData;
        this.orgUnits = orgUnits;
        this.goals = goals;
    }

    @Test
    void shouldLoadVaggerydsGoalStructureOnceHoweverOftenItRuns() {
        demoData.load();
        long unitsAfterFirst = orgUnits.count();
        long goalsAfterFirst = goals.count();
        demoData.load();

        assertEquals(unitsAfterFirst, orgUnits.count());
        assertEquals(goalsAfterFirst, goals.count());
        var board = orgUnits.findByCode("BUN").orElseThrow();
        assertEquals(orgUnits.findByCode("KF").orElseThrow().id, board.parentId);
        assertTrue(orgUnits.findByCode("KSAU").isPresent());
    }

    @Test
    void shouldPublishTheFourCouncilGoalsAndTheVisionTo2030() {
        demoData.load();
        String period = given().queryParam("limit", 100).get("/goals/v1/mandate-periods")
                .then().extract().path("items.find { it.code == '2019-2022' }.id");

        given().when().get("/goals/v1/mandate-periods/" + period + "/tree")
                .then().statusCode(200)
                .body("vision.validTo", equalTo("2030-12-31"))
                .body("areas.findAll { it.area.number <= 4 }.councilGoals.flatten().goal.code", hasItems("KF1", "KF2", "KF3", "KF4"))
                .body("areas.find { it.area.number == 2 }.councilGoals[0].children.goal.code", hasItem("BUN1"))
                .body("internalGoals.goal.code", hasItems("INT-EKO", "INT-HR", "INT-MILJO"));
    }
}
