package se.malstyrning.followup.report;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import se.malstyrning.followup.OwnersStub;
import se.malstyrning.testsupport.TestTokens;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.malstyrning.followup.assessments.AssessmentFixture.body;
import static se.malstyrning.followup.assessments.AssessmentFixture.cycle;
import static se.malstyrning.followup.assessments.AssessmentFixture.measuredGoal;
import static se.malstyrning.followup.assessments.AssessmentFixture.review;
import static se.malstyrning.followup.assessments.AssessmentFixture.submit;
import static se.malstyrning.followup.consultations.ConsultationFixture.freshCode;

@QuarkusTest
class ReportResourceTest {

    private static final String PATH = "/followup/v1/reports/goal-fulfilment";

    private record Cycle(String id, UUID goal, String approvedBy, String pendingBy) {
    }

    /** One goal, assessed by two boards: one assessment approved, one still submitted. */
    private static Cycle assessedCycle() {
        String cycleId = cycle();
        UUID goal = measuredGoal("KF3");
        String approving = freshCode();
        String pending = freshCode();
        String approved = submit(TestTokens.strategist(), cycleId, body(goal, OwnersStub.orgUnit(approving), "ACHIEVED"))
                .statusCode(201).extract().path("id");
        review(cycleId, approved, "approve", null).statusCode(200);
        submit(TestTokens.strategist(), cycleId, body(goal, OwnersStub.orgUnit(pending), "NOT_ACHIEVED")).statusCode(201);
        return new Cycle(cycleId, goal, approving, pending);
    }

    @Test
    void shouldBringGoalComputedFulfilmentAndAssessmentsTogether() {
        Cycle cycle = assessedCycle();
        given().header("Authorization", TestTokens.reader()).queryParam("cycleId", cycle.id())
                .when().get(PATH)
                .then().statusCode(200)
                .body("includesUnapproved", equalTo(true))
                .body("goals[0].goal.code", equalTo("KF3"))
                .body("goals[0].fulfilment.status", equalTo("PARTLY_ACHIEVED"))
                .body("goals[0].assessments.size()", equalTo(2));
    }

    @Test
    void shouldShowOnlyApprovedAssessmentsWithoutAToken() {
        Cycle cycle = assessedCycle();
        given().queryParam("cycleId", cycle.id())
                .when().get(PATH)
                .then().statusCode(200)
                .body("includesUnapproved", equalTo(false))
                .body("goals[0].assessments.orgUnitCode", contains(cycle.approvedBy()));
    }

    @Test
    void shouldAnswer503RatherThanAReportWithGapsWhenIndicatorsServiceIsDown() {
        Cycle cycle = assessedCycle();
        OwnersStub.fulfilmentFails(cycle.goal());
        given().header("Authorization", TestTokens.reader()).queryParam("cycleId", cycle.id())
                .when().get(PATH)
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue());
    }

    @Test
    void shouldOfferTheReportAsAReadableDocument() {
        Cycle cycle = assessedCycle();
        given().header("Authorization", TestTokens.reader()).queryParam("cycleId", cycle.id()).accept("text/markdown")
                .when().get(PATH)
                .then().statusCode(200)
                .body(containsString("# Måluppfyllelse: Årsredovisning"))
                .body(containsString("### " + cycle.pendingBy() + ": NOT_ACHIEVED (SUBMITTED)"))
                .body(containsString("Beräknad måluppfyllelse i Vaggeryd: PARTLY_ACHIEVED"))
                .body(containsString("- N15428: PARTLY_ACHIEVED, senast 76.4 (2024, Totalt), önskat värde 75.0 år 2022"))
                .body(not(containsString("0665")));
    }

    @Test
    void shouldShowWrittenTextInTheReadableDocumentAsTextNotAsMarkupThatRuns() {
        String cycleId = cycle();
        UUID goal = measuredGoal("KF3");
        String analysis = "<script>alert(1)</script> [Klicka här](javascript:alert(2)) ![x](http://evil.example/x.png)";
        String id = submit(TestTokens.strategist(), cycleId, body(goal, OwnersStub.orgUnit(freshCode()), "ACHIEVED")
                .replace("Andelen behöriga lärare ökar men når inte önskat värde.", analysis))
                .statusCode(201).extract().path("id");
        review(cycleId, id, "approve", null).statusCode(200);

        String document = given().queryParam("cycleId", cycleId).accept("text/markdown")
                .when().get(PATH)
                .then().statusCode(200)
                .extract().asString();

        assertTrue(document.contains("\\<script\\>alert(1)\\</script\\> \\[Klicka här\\](javascript:alert(2))"
                + " \\!\\[x\\](http://evil.example/x.png)"), document);
        assertFalse(document.contains("<script>"), document);
        assertFalse(document.contains("[Klicka här]("), document);
    }

    @Test
    void shouldAnswer404ForAnUnknownCycle() {
        given().queryParam("cycleId", UUID.randomUUID())
                .when().get(PATH)
                .then().statusCode(404);
    }
}
