package se.malstyrning.followup.report;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import se.malstyrning.followup.OwnersStub;
import se.malstyrning.testsupport.TestTokens;

import java.util.List;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
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
                .body(containsString("### " + cycle.pendingBy() + ": Ej uppfyllt (inlämnad)"))
                .body(containsString("Beräknad måluppfyllelse i Vaggeryd "))
                .body(containsString(": Delvis uppfyllt\n"))
                .body(containsString("- N15428: Delvis uppfyllt, senast 76,4 (2024, Totalt), önskat värde 75 år 2022"))
                .body(not(containsString("0665")))
                .body(not(containsString("PARTLY_ACHIEVED")))
                .body(not(containsString("NOT_ACHIEVED")));
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

    private static String goalJson(UUID id, String code, String status) {
        return """
                {"id": "%s", "code": "%s", "title": "Vaggeryds kommun ska vara en plats %s", "level": "COUNCIL", "status": "%s",
                 "ownerOrgUnitCode": "KF", "contributesTo": []}""".formatted(id, code, code, status);
    }

    /** A cycle of a mandate period whose tree has two adopted council goals and a draft; only the first is assessed. */
    private static String cycleOfPeriod(int year, UUID assessed, UUID notAssessed, UUID draft) {
        UUID period = UUID.randomUUID();
        OwnersStub.server().stubFor(get(urlPathEqualTo("/goals/v1/mandate-periods/" + period + "/tree")).willReturn(okJson("""
                {"mandatePeriod": {"id": "%s"}, "areas": [{"area": {"id": "%s"}, "councilGoals": [
                  {"goal": %s, "children": []}, {"goal": %s, "children": []}, {"goal": %s, "children": []}]}], "internalGoals": []}
                """.formatted(period, UUID.randomUUID(), goalJson(assessed, "KF1", "ADOPTED"), goalJson(notAssessed, "KF2", "ADOPTED"),
                goalJson(draft, "KF9", "DRAFT")))));
        String cycleId = given().header("Authorization", TestTokens.strategist()).contentType("application/json")
                .body("""
                        {"kind": "ANNUAL", "year": %d, "mandatePeriodId": "%s", "title": "Årsredovisning %d", "deadline": "%d-02-15"}
                        """.formatted(year, period, year, year + 1))
                .when().post("/followup/v1/follow-up-cycles").then().statusCode(201).extract().path("id");
        String id = submit(TestTokens.strategist(), cycleId, body(assessed, OwnersStub.orgUnit(freshCode()), "PARTLY_ACHIEVED"))
                .statusCode(201).extract().path("id");
        review(cycleId, id, "approve", null).statusCode(200);
        return cycleId;
    }

    @Test
    void shouldCoverEveryAdoptedGoalOfThePeriodAssessedOrNot() {
        UUID assessed = measuredGoal("KF1");
        UUID notAssessed = measuredGoal("KF2");
        UUID draft = measuredGoal("KF9");
        String cycleId = cycleOfPeriod(freshYearForReport(), assessed, notAssessed, draft);

        given().queryParam("cycleId", cycleId).when().get(PATH)
                .then().statusCode(200)
                .body("goals.goalId", contains(assessed.toString(), notAssessed.toString()))
                .body("goals[0].assessed", equalTo(true))
                .body("goals[0].assessmentInWords", equalTo("Delvis uppfyllt"))
                .body("goals[1].assessed", equalTo(false))
                .body("goals[1].assessmentInWords", equalTo("Ej bedömt"))
                .body("goals[1].fulfilmentInWords", equalTo("Delvis uppfyllt"));
        given().queryParam("cycleId", cycleId).accept("text/markdown").when().get(PATH)
                .then().statusCode(200)
                .body(containsString("| Mål | Beräknad måluppfyllelse | Bedömning |"))
                .body(containsString("| KF2 Vaggeryds kommun ska vara en plats KF2 | Delvis uppfyllt | Ej bedömt |"))
                .body(containsString("## KF2 Vaggeryds kommun ska vara en plats KF2"))
                .body(containsString("Bedömning: Ej bedömt"))
                .body(not(containsString("KF9")));
    }

    @Test
    void shouldJudgeTheReportsFulfilmentAsOfTheCyclesYear() {
        UUID assessed = measuredGoal("KF1");
        UUID notAssessed = measuredGoal("KF2");
        int year = freshYearForReport();
        String cycleId = cycleOfPeriod(year, assessed, notAssessed, measuredGoal("KF9"));

        given().queryParam("cycleId", cycleId).when().get(PATH)
                .then().statusCode(200).body("fulfilmentYear", equalTo(year));
        OwnersStub.server().verify(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                        urlPathEqualTo("/indicators/v1/goals/" + notAssessed + "/fulfilment"))
                .withQueryParam("period", com.github.tomakehurst.wiremock.client.WireMock.equalTo(Integer.toString(year))));
        OwnersStub.server().verify(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                        urlPathEqualTo("/indicators/v1/goals/" + assessed + "/fulfilment"))
                .withQueryParam("period", com.github.tomakehurst.wiremock.client.WireMock.equalTo(Integer.toString(year))));
    }

    @Test
    void shouldOfferTheReportAsHtmlAndDocxForTheAnnualReport() throws Exception {
        Cycle cycle = assessedCycle();

        given().queryParam("cycleId", cycle.id()).accept("text/html").when().get(PATH)
                .then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<table>"))
                .body(containsString("<td>Delvis uppfyllt</td>"))
                .body(containsString("<h1>Måluppfyllelse: Årsredovisning"));
        given().queryParam("cycleId", cycle.id()).queryParam("format", "html").when().get(PATH)
                .then().statusCode(200).contentType(containsString("text/html"));

        for (var response : List.of(
                given().queryParam("cycleId", cycle.id()).accept(ReportFormats.DOCX).when().get(PATH),
                given().queryParam("cycleId", cycle.id()).queryParam("format", "docx").when().get(PATH))) {
            response.then().statusCode(200).contentType(ReportFormats.DOCX);
            try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(response.asInputStream());
                 var extractor = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(document)) {
                String text = extractor.getText();
                assertTrue(text.contains("Måluppfyllelse: Årsredovisning"), text);
                assertTrue(text.contains("Delvis uppfyllt"), text);
                assertFalse(text.contains("PARTLY_ACHIEVED"), text);
                assertTrue(document.getTables().getFirst().getRow(0).getCell(0).getText().equals("Mål"), text);
            }
        }
    }

    @Test
    void shouldRefuseAnUnknownReportFormat() {
        given().queryParam("cycleId", assessedCycle().id()).queryParam("format", "pdf").when().get(PATH)
                .then().statusCode(400).body("errors[0].field", equalTo("format"));
    }

    private static int freshYearForReport() {
        return se.malstyrning.followup.risks.RiskFixture.freshYear();
    }

    @Test
    void shouldAnswer404ForAnUnknownCycle() {
        given().queryParam("cycleId", UUID.randomUUID())
                .when().get(PATH)
                .then().statusCode(404);
    }
}
