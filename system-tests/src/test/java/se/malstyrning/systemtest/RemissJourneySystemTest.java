package se.malstyrning.systemtest;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * The seeds' story through the front door, with the real services: the office sends the definition
 * of goal fulfilment on remiss to the boards, two boards answer (neither for the other), the office
 * compiles the answers, and the council's decision adopts the goal at goals-service.
 */
@ExtendWith(RunningSuite.class)
class RemissJourneySystemTest {

    private static RequestSpecification as(String user) {
        return given().header("Authorization", Tokens.bearer(user)).contentType(ContentType.JSON);
    }

    private static String orgUnit(String code) {
        return given().queryParam("code", code).get("/goals/v1/org-units").then().statusCode(200).extract().path("items[0].id");
    }

    private static String draftCouncilGoal() {
        String period = given().queryParam("limit", 100).get("/goals/v1/mandate-periods")
                .then().extract().path("items.find { it.code == '2019-2022' }.id");
        String area = given().get("/goals/v1/goal-areas").then().extract().path("find { it.number == 4 }.id");
        return as("strateg").body("""
                        {"code": "ST-%s", "title": "Definition av måluppfyllelse (systemtest)", "level": "COUNCIL",
                         "mandatePeriodId": "%s", "goalAreaId": "%s", "ownerOrgUnitId": "%s", "horizon": "STRUCTURAL"}
                        """.formatted(UUID.randomUUID().toString().substring(0, 6), period, area, orgUnit("KF")))
                .post("/goals/v1/goals").then().statusCode(201).extract().path("id");
    }

    @Test
    void shouldCarryTheRemissFromSendingToTheDecisionThatAdoptsTheGoal() {
        String goal = draftCouncilGoal();
        String bun = orgUnit("BUN");
        String sn = orgUnit("SN");
        String caseId = as("strateg").body("""
                        {"body": "KS", "year": 2026, "title": "Definition av måluppfyllelse (systemtest)"}
                        """).post("/followup/v1/cases").then().statusCode(201).extract().path("id");
        String consultation = as("strateg").body("""
                        {"caseId": "%s", "subject": "Remiss: definition av måluppfyllelse", "goalIds": ["%s"],
                         "replyDate": "%s", "recipientOrgUnitIds": ["%s", "%s"]}
                        """.formatted(caseId, goal, LocalDate.now().plusDays(30), bun, sn))
                .post("/followup/v1/consultations").then().statusCode(201).extract().path("id");
        String responses = "/followup/v1/consultations/" + consultation + "/responses";

        as("strateg").post("/followup/v1/consultations/" + consultation + "/send").then().statusCode(200);
        as("bun").body("{\"orgUnitId\": \"%s\", \"position\": \"SUPPORTS\", \"text\": \"Nämnden tillstyrker.\"}".formatted(bun))
                .post(responses).then().statusCode(201);
        as("sn").body("{\"orgUnitId\": \"%s\", \"position\": \"SUPPORTS\", \"text\": \"Inte vår sak.\"}".formatted(bun))
                .post(responses).then().statusCode(403);
        as("sn").body("{\"orgUnitId\": \"%s\", \"position\": \"SUPPORTS_WITH_CHANGES\", \"text\": \"Med ändringar.\"}".formatted(sn))
                .post(responses).then().statusCode(201);
        as("strateg").post("/followup/v1/consultations/" + consultation + "/close").then().statusCode(200);
        as("strateg").post("/followup/v1/consultations/" + consultation + "/compile").then().statusCode(200);

        as("strateg").get("/followup/v1/consultations/" + consultation + "/compilation")
                .then().statusCode(200)
                .body("answered", equalTo(2))
                .body("byPosition.position", hasItem("SUPPORTS_WITH_CHANGES"));

        String decision = as("strateg").body("""
                        {"body": "KF", "date": "%s", "paragraph": "§ 7", "text": "Kommunfullmäktige godkänner definitionen.",
                         "sentTo": ["Nämnder och bolag"], "consultationId": "%s", "adoptedGoalIds": ["%s"]}
                        """.formatted(LocalDate.now(), consultation, goal))
                .post("/followup/v1/cases/" + caseId + "/decisions").then().statusCode(201)
                .body("adoptedGoalUrls", hasItem(RunningSuite.suite().gatewayUrl() + "/goals/v1/goals/" + goal))
                .extract().path("id");

        // The adopted goal links to the decision's record, which is a public record like the goal.
        String decisionUrl = given().when().get("/goals/v1/goals/" + goal)
                .then().statusCode(200)
                .body("status", equalTo("ADOPTED"))
                .body("decision.paragraph", equalTo("§ 7"))
                .extract().path("decisionUrl");
        org.junit.jupiter.api.Assertions.assertEquals(
                RunningSuite.suite().gatewayUrl() + "/followup/v1/cases/" + caseId + "/decisions/" + decision, decisionUrl);
        given().when().get(java.net.URI.create(decisionUrl).getPath())
                .then().statusCode(200)
                .body("adoptedGoalIds", hasItem(goal));
    }
}
