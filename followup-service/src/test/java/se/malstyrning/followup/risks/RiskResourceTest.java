package se.malstyrning.followup.risks;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
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
class RiskResourceTest {

    @Test
    void shouldRecordABoardsRiskWithItsRiskValue() {
        String code = freshCode();
        record(TestTokens.boardEditor("bun", code), OwnersStub.orgUnit(code), 2020, 3, 4)
                .statusCode(201)
                .body("orgUnitCode", equalTo(code))
                .body("riskValue", equalTo(12))
                .body("level", equalTo("RED"));
    }

    @Test
    void shouldForbidABoardEditorToRecordARiskOfAnotherBoard() {
        record(TestTokens.boardEditor("bun", freshCode()), OwnersStub.orgUnit(freshCode()), 2020, 2, 2)
                .statusCode(403);
    }

    @Test
    void shouldRefuseAProbabilityAboveFour() {
        String code = freshCode();
        record(TestTokens.strategist(), OwnersStub.orgUnit(code), 2020, 5, 1)
                .statusCode(400)
                .body("errors.field", contains("probability"));
    }

    @Test
    void shouldRefuseAnOrgUnitGoalsServiceDoesNotKnow() {
        record(TestTokens.strategist(), UUID.randomUUID(), 2020, 1, 1)
                .statusCode(422)
                .body("errors.field", contains("orgUnitId"));
    }

    @Test
    void shouldReassessARiskAgainstItsVersion() {
        String code = freshCode();
        UUID unit = OwnersStub.orgUnit(code);
        String id = record(TestTokens.strategist(), unit, 2020, 1, 1).statusCode(201).extract().path("id");
        given().header("Authorization", TestTokens.boardEditor("bun", code)).header("If-Match", "\"0\"")
                .contentType(ContentType.JSON)
                .body("""
                        {"orgUnitId": "%s", "year": 2020, "title": "Omvärderad", "category": "LEGAL",
                         "probability": 4, "consequence": 4}
                        """.formatted(unit))
                .when().put("/followup/v1/risks/" + id)
                .then().statusCode(200)
                .body("riskValue", equalTo(16))
                .body("version", equalTo(1));
    }

    @Test
    void shouldListTheYearsRisksLargestFirst() {
        String code = freshCode();
        UUID unit = OwnersStub.orgUnit(code);
        int year = freshYear();
        record(TestTokens.strategist(), unit, year, 1, 2).statusCode(201);
        record(TestTokens.strategist(), unit, year, 4, 3).statusCode(201);
        given().header("Authorization", TestTokens.reader()).queryParam("year", year)
                .when().get("/followup/v1/risks")
                .then().statusCode(200)
                .body("items.riskValue", contains(12, 2));
    }

    @Test
    void shouldPlaceTheRisksInTheMatrix() {
        String code = freshCode();
        int year = freshYear();
        record(TestTokens.strategist(), OwnersStub.orgUnit(code), year, 4, 3).statusCode(201);
        given().header("Authorization", TestTokens.reader()).queryParam("year", year)
                .when().get("/followup/v1/risk-matrix")
                .then().statusCode(200)
                .body("cells.size()", equalTo(16))
                .body("cells.find { it.probability == 4 && it.consequence == 3 }.risks.orgUnitCode", contains(code))
                .body("cells.find { it.probability == 4 && it.consequence == 3 }.level", equalTo("RED"));
    }

    @Test
    void shouldRequireTheYearForTheMatrix() {
        given().header("Authorization", TestTokens.reader())
                .when().get("/followup/v1/risk-matrix")
                .then().statusCode(400)
                .body("errors.field", contains("year"));
    }
}
