package se.malstyrning.systemtest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static se.malstyrning.systemtest.Api.*;

/**
 * What a citizen or another municipal system reads through the gateway without a token: the
 * adopted goal structure, the indicators with their observations and the fulfilment of adopted
 * goals, and approved follow-up; and what stays behind a token: drafts and consultations.
 */
@ExtendWith(RunningSuite.class)
class OpenDataSystemTest {

    @Test
    void shouldServeAnAdoptedGoalWithoutAToken() {
        given().get("/goals/v1/goals/" + demoGoal("BUN1"))
                .then().statusCode(200)
                .body("status", equalTo("ADOPTED"))
                .body("code", equalTo("BUN1"));
    }

    @Test
    void shouldHideADraftGoalFromAnonymousCallers() {
        String draft = draftBoardGoal("BUN");

        given().get("/goals/v1/goals/" + draft).then().statusCode(404).contentType("application/problem+json");
        as("reader").get("/goals/v1/goals/" + draft).then().statusCode(200).body("status", equalTo("DRAFT"));
    }

    @Test
    void shouldListOnlyAdoptedGoalsWithoutAToken() {
        String draft = draftBoardGoal("BUN");

        given().queryParam("ownerOrgUnitId", orgUnit("BUN")).queryParam("limit", 200).get("/goals/v1/goals")
                .then().statusCode(200)
                .body("items.code", hasItem("BUN1"))
                .body("items.id", not(hasItem(draft)))
                .body("items.status", everyItem(equalTo("ADOPTED")));
    }

    @Test
    void shouldServeTheAdoptedGoalTreeWithoutItsDrafts() {
        String draft = draftBoardGoal("BUN");

        given().get("/goals/v1/mandate-periods/" + period() + "/tree")
                .then().statusCode(200)
                .body("areas.councilGoals.flatten().goal.code", hasItems("KF1", "KF2", "KF3", "KF4"))
                .body("areas.councilGoals.flatten().children.flatten().goal.code", hasItem("BUN1"))
                .body("areas.councilGoals.flatten().children.flatten().goal.id", not(hasItem(draft)));
    }

    @Test
    void shouldHideADraftGoalAreaFromAnonymousCallers() {
        String area = office().body("{\"number\": %d, \"name\": \"Utkast till målområde\"}".formatted(freshAreaNumber()))
                .post("/goals/v1/goal-areas").then().statusCode(201).extract().path("id");

        given().get("/goals/v1/goal-areas/" + area).then().statusCode(404);
        given().get("/goals/v1/goal-areas").then().statusCode(200).body("id", not(hasItem(area)));
    }

    @Test
    void shouldServeTheIndicatorCatalogueAndObservationsWithoutAToken() {
        given().queryParam("limit", 100).get("/indicators/v1/indicators")
                .then().statusCode(200)
                .body("items.code", hasItem("N15428"));
        given().queryParam("indicator", "N15428").queryParam("area", "0665").get("/indicators/v1/observations")
                .then().statusCode(200)
                .body("total", greaterThan(5))
                .body("items.area", everyItem(equalTo("0665")));
    }

    @Test
    void shouldServeTheFulfilmentOfAnAdoptedGoalWithoutAToken() {
        given().get("/indicators/v1/goals/" + demoGoal("KF2") + "/fulfilment")
                .then().statusCode(200)
                .body("goalId", equalTo(demoGoal("KF2")));
    }

    @Test
    void shouldHideTheFulfilmentOfADraftGoalFromAnonymousCallers() {
        String draft = draftBoardGoal("BUN");

        // goals-service does not tell anonymous callers that a draft exists, so neither does indicators-service
        given().get("/indicators/v1/goals/" + draft + "/fulfilment").then().statusCode(404);
        as("reader").get("/indicators/v1/goals/" + draft + "/fulfilment").then().statusCode(200);
    }

    @Test
    void shouldRefuseConsultationsWithoutAToken() {
        String unsent = draftConsultation("BUN");
        String sent = sentConsultation("BUN");

        given().get("/followup/v1/consultations/" + unsent).then().statusCode(401);
        given().get("/followup/v1/consultations/" + sent).then().statusCode(401);
        given().get("/followup/v1/consultations").then().statusCode(401);
    }

    @Test
    void shouldHideAnUnsentConsultationFromReaders() {
        String unsent = draftConsultation("BUN");

        as("reader").get("/followup/v1/consultations/" + unsent).then().statusCode(403);
        as("bun").get("/followup/v1/consultations/" + unsent).then().statusCode(403);
    }

    @Test
    void shouldPublishOnlyApprovedAssessmentsInTheFulfilmentReport() {
        String cycle = cycle();
        String assessments = "/followup/v1/follow-up-cycles/" + cycle + "/assessments";
        String approved = as("bun").body(assessmentBody(demoGoal("BUN1"), "BUN")).post(assessments)
                .then().statusCode(201).extract().path("id");
        as("sn").body(assessmentBody(demoGoal("SN1"), "SN")).post(assessments).then().statusCode(201);
        office().body("{}").post(assessments + "/" + approved + "/approve").then().statusCode(200);

        given().queryParam("cycleId", cycle).get("/followup/v1/reports/goal-fulfilment")
                .then().statusCode(200)
                .body("includesUnapproved", equalTo(false))
                .body("goals.assessments.flatten().orgUnitCode", contains("BUN"));
        as("reader").queryParam("cycleId", cycle).get("/followup/v1/reports/goal-fulfilment")
                .then().statusCode(200)
                .body("includesUnapproved", equalTo(true))
                .body("goals.assessments.flatten().orgUnitCode", hasItems("BUN", "SN"));
    }

    @Test
    void shouldListAPublishedCycleWithItsReportWithoutAToken() {
        String cycle = cycle();
        String assessments = "/followup/v1/follow-up-cycles/" + cycle + "/assessments";
        given().get("/followup/v1/follow-up-cycles/" + cycle).then().statusCode(404);
        String approved = as("bun").body(assessmentBody(demoGoal("BUN1"), "BUN")).post(assessments)
                .then().statusCode(201).extract().path("id");
        office().body("{}").post(assessments + "/" + approved + "/approve").then().statusCode(200);

        String report = given().queryParam("limit", 500).get("/followup/v1/follow-up-cycles")
                .then().statusCode(200)
                .body("items.id", hasItem(cycle))
                .extract().path("items.find { it.id == '%s' }.reportUrl".formatted(cycle));
        given().get(java.net.URI.create(report).getPath() + "?" + java.net.URI.create(report).getQuery())
                .then().statusCode(200)
                .body("goals.assessments.flatten().orgUnitCode", hasItem("BUN"));
    }

    @Test
    void shouldFindTheSeedsCaseByItsRegistrationNumberAsAPublicRecord() {
        String caseId = given().queryParam("registrationNumber", "KS 2019/160").get("/followup/v1/cases")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].createdBy", equalTo(null))
                .extract().path("items[0].id");
        given().get("/followup/v1/cases/" + caseId + "/decisions")
                .then().statusCode(200)
                .body("items.size()", greaterThan(0))
                .body("items.createdBy", everyItem(equalTo(null)));
        given().get("/followup/v1/cases/" + caseId + "/meetings").then().statusCode(200)
                .body("items.step", hasItems("AU", "KS"));
    }

    @Test
    void shouldRefuseAnUnknownQueryParameterAndAnUnknownStatusNamingThem() {
        given().queryParam("stauts", "ADOPTED").get("/goals/v1/goals")
                .then().statusCode(400).body("errors[0].field", equalTo("stauts"));
        given().queryParam("status", "FOO").get("/goals/v1/goals")
                .then().statusCode(400).body("errors[0].field", equalTo("status"));
    }

    @Test
    void shouldRefuseTheFollowUpRecordWithoutAToken() {
        given().get("/followup/v1/risks").then().statusCode(401);
        given().get("/indicators/v1/targets").then().statusCode(401);
        given().get("/followup/v1/activities").then().statusCode(401);
    }
}
