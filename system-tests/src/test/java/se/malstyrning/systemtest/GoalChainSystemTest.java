package se.malstyrning.systemtest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static se.malstyrning.systemtest.Api.*;

/** The goal chain across the real services (docs/goal-chain.md): a new version, its measurement, the tree. */
@ExtendWith(RunningSuite.class)
class GoalChainSystemTest {

    private static final String DECISION = """
            {"body": "KF", "date": "2026-06-15", "paragraph": "§ 50", "registrationNumber": "KS 2026/050"}""";

    @Test
    void shouldCarryTheMeasurementOverToANewVersionAndShowOnlyTheNewVersionInTheTree() {
        String goal = office().body(councilGoalBody()).post("/goals/v1/goals").then().statusCode(201).extract().path("id");
        office().body(DECISION).post("/goals/v1/goals/" + goal + "/adopt").then().statusCode(200);
        String indicator = indicator();
        String target = office().body(targetBody(goal, indicator)).post("/indicators/v1/targets")
                .then().statusCode(201).extract().path("id");

        String version = office().post("/goals/v1/goals/" + goal + "/versions")
                .then().statusCode(201).extract().path("id");
        office().post("/indicators/v1/goals/" + version + "/carry-over")
                .then().statusCode(200)
                .body("fromGoalId", equalTo(goal))
                .body("targets[0].carriedOverFromTargetId", equalTo(target));
        office().body(DECISION).post("/goals/v1/goals/" + version + "/adopt").then().statusCode(200);

        as(null).get("/goals/v1/mandate-periods/" + period() + "/tree")
                .then().statusCode(200)
                .body("areas.councilGoals.flatten().goal.id", hasItem(version))
                .body("areas.councilGoals.flatten().goal.id", not(hasItem(goal)));
        as(null).get("/indicators/v1/goals/" + version + "/fulfilment")
                .then().statusCode(200)
                .body("targets[0].indicatorId", equalTo(indicator));
    }

    @Test
    void shouldCarryTheMeasurementOverWhenADecisionAdoptsTheNewVersion() {
        String goal = office().body(councilGoalBody()).post("/goals/v1/goals").then().statusCode(201).extract().path("id");
        office().body(DECISION).post("/goals/v1/goals/" + goal + "/adopt").then().statusCode(200);
        String indicator = indicator();
        String target = office().body(targetBody(goal, indicator)).post("/indicators/v1/targets")
                .then().statusCode(201).extract().path("id");
        String version = office().post("/goals/v1/goals/" + goal + "/versions")
                .then().statusCode(201).extract().path("id");

        String adoption = """
                {"body": "KF", "date": "2026-06-15", "paragraph": "§ %s", "text": "Kommunfullmäktige antar målets nya version.",
                 "adoptsGoalIds": ["%s"]}
                """.formatted(unique(""), version);
        office().body(adoption)
                .post("/followup/v1/cases/" + newCase() + "/decisions")
                .then().statusCode(201)
                .body("adoptedGoalIds", hasItem(version))
                .body("measurementCarryOver[0].goalId", equalTo(version))
                .body("measurementCarryOver[0].outcome", equalTo("CARRIED_OVER"));

        office().queryParam("goalId", version).get("/indicators/v1/targets")
                .then().statusCode(200)
                .body("items[0].carriedOverFromTargetId", equalTo(target));
    }
}
