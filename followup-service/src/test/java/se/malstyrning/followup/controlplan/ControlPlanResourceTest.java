package se.malstyrning.followup.controlplan;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import se.malstyrning.followup.OwnersStub;
import se.malstyrning.testsupport.TestTokens;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static se.malstyrning.followup.consultations.ConsultationFixture.freshCode;
import static se.malstyrning.followup.risks.RiskFixture.freshYear;
import static se.malstyrning.followup.risks.RiskFixture.record;

@QuarkusTest
class ControlPlanResourceTest {

    private static final String PATH = "/followup/v1/internal-control-plans";

    private static ValidatableResponse build(int year, int minRiskValue) {
        return given().header("Authorization", TestTokens.strategist()).contentType(ContentType.JSON)
                .body("{\"year\": %d, \"minRiskValue\": %d}".formatted(year, minRiskValue))
                .when().post(PATH).then();
    }

    private static ValidatableResponse updateControl(String token, String planId, String controlId, String status) {
        return given().header("Authorization", token).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body("""
                        {"what": "Andel legitimerade lärare", "method": "Stickprov", "responsibleRole": "Förvaltningschef",
                         "timing": "Halvårsvis", "followUpStatus": "%s"}
                        """.formatted(status))
                .when().put(PATH + "/" + planId + "/controls/" + controlId).then();
    }

    @Test
    void shouldBuildThePlanFromTheLargestRisksOfTheYear() {
        String code = freshCode();
        UUID unit = OwnersStub.orgUnit(code);
        int year = freshYear();
        record(TestTokens.strategist(), unit, year, 2, 2).statusCode(201);
        record(TestTokens.strategist(), unit, year, 3, 3).statusCode(201);
        record(TestTokens.strategist(), unit, year, 4, 4).statusCode(201);
        build(year, 9).statusCode(201)
                .body("controls.risk.riskValue", contains(16, 9))
                .body("controls.followUpStatus", contains("NOT_STARTED", "NOT_STARTED"));
    }

    @Test
    void shouldRefuseASecondPlanForTheYear() {
        int year = freshYear();
        build(year, 9).statusCode(201);
        build(year, 9).statusCode(409).body("errors.field", contains("year"));
    }

    @Test
    void shouldLetTheBoardDescribeAndFollowUpTheControlOfItsRisk() {
        String code = freshCode();
        int year = freshYear();
        record(TestTokens.strategist(), OwnersStub.orgUnit(code), year, 4, 4).statusCode(201);
        ValidatableResponse plan = build(year, 9).statusCode(201);
        String planId = plan.extract().path("id");
        String controlId = plan.extract().path("controls[0].id");
        updateControl(TestTokens.boardEditor("bun", code), planId, controlId, "DONE_WITH_DEVIATION")
                .statusCode(200)
                .body("responsibleRole", equalTo("Förvaltningschef"))
                .body("followUpStatus", equalTo("DONE_WITH_DEVIATION"));
    }

    @Test
    void shouldForbidAnotherBoardToFollowUpTheControl() {
        int year = freshYear();
        record(TestTokens.strategist(), OwnersStub.orgUnit(freshCode()), year, 4, 4).statusCode(201);
        ValidatableResponse plan = build(year, 9).statusCode(201);
        updateControl(TestTokens.boardEditor("sn", freshCode()), plan.extract().path("id"),
                plan.extract().path("controls[0].id"), "IN_PROGRESS")
                .statusCode(403);
    }

    @Test
    void shouldForbidABoardEditorToBuildThePlan() {
        given().header("Authorization", TestTokens.boardEditor("bun", "BUN")).contentType(ContentType.JSON)
                .body("{\"year\": 2020, \"minRiskValue\": 9}")
                .when().post(PATH)
                .then().statusCode(403);
    }
}
