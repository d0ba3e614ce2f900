package se.malstyrning.goals.document;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import se.malstyrning.goals.GoalFixtures;
import se.malstyrning.testsupport.TestTokens;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class DocumentResourceTest {

    private static io.restassured.specification.RequestSpecification asStrategist() {
        return given().header("Authorization", TestTokens.strategist()).contentType(ContentType.JSON);
    }

    @Test
    void shouldMapADocumentOfAnOlderStructureToTheNewGoals() {
        String goal = GoalFixtures.councilGoal(GoalFixtures.period());
        String id = asStrategist().body("""
                        {"title": "Miljöpolicy", "kind": "POLICY", "adoptedOn": "2016-03-01", "registrationNumber": "KS 2016/044",
                         "goalIds": ["%s"], "sdgTargets": ["13.2"], "olderStructure": true,
                         "appendixNote": "Policyns mål följs upp genom KF-mål 1 från 2020."}
                        """.formatted(goal))
                .when().post("/goals/v1/steering-documents")
                .then().statusCode(201)
                .extract().path("id");

        given().header("Authorization", TestTokens.reader()).when().get("/goals/v1/steering-documents/" + id)
                .then().statusCode(200)
                .body("olderStructure", equalTo(true))
                .body("goalIds", hasItem(goal));
    }

    @Test
    void shouldLeaveLinksToDraftGoalsOutOfTheOpenRegisterAndItsHistory() {
        String draft = GoalFixtures.councilGoal(GoalFixtures.period());
        String adopted = GoalFixtures.councilGoal(GoalFixtures.period());
        GoalFixtures.adopt(adopted);
        String id = asStrategist().body("""
                        {"title": "Plan", "kind": "PLAN", "goalIds": ["%s", "%s"]}
                        """.formatted(draft, adopted))
                .when().post("/goals/v1/steering-documents")
                .then().statusCode(201)
                .extract().path("id");

        given().when().get("/goals/v1/steering-documents/" + id)
                .then().statusCode(200)
                .body("goalIds", contains(adopted));
        given().when().get("/goals/v1/steering-documents/" + id + "/history")
                .then().statusCode(200)
                .body("[0].state.goalIds", contains(adopted));
        given().when().get("/goals/v1/steering-documents?limit=500")
                .then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.goalIds", contains(adopted));
        given().header("Authorization", TestTokens.reader()).when().get("/goals/v1/steering-documents/" + id + "/history")
                .then().statusCode(200)
                .body("[0].state.goalIds", contains(draft, adopted));

        GoalFixtures.adopt(draft);
        given().when().get("/goals/v1/steering-documents/" + id)
                .then().statusCode(200)
                .body("goalIds", contains(draft, adopted));
    }

    @Test
    void shouldRequireAnAppendixForADocumentOfAnOlderStructure() {
        asStrategist().body("""
                        {"title": "Miljöpolicy", "kind": "POLICY", "olderStructure": true}
                        """)
                .when().post("/goals/v1/steering-documents")
                .then().statusCode(422)
                .body("errors.field", hasItem("appendixNote"));
    }

    @Test
    void shouldRefuseALinkToAnUnknownGoal() {
        asStrategist().body("""
                        {"title": "Plan", "kind": "PLAN", "goalIds": ["%s"]}
                        """.formatted(java.util.UUID.randomUUID()))
                .when().post("/goals/v1/steering-documents")
                .then().statusCode(422)
                .body("errors.field", hasItem("goalIds[0]"));
    }
}
