package se.malstyrning.indicators.imports;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import se.malstyrning.indicators.TestData;
import se.malstyrning.testsupport.TestTokens;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/** A board imports its own survey results (observations for its own org unit) and nothing else. */
@QuarkusTest
class BoardImportTest {

    @Test
    void shouldLetABoardImportItsOwnSurveyResults() {
        String code = TestData.uniqueCode();
        TestData.indicator(code);
        given().header("Authorization", TestTokens.boardEditor("kfn", "KFN")).contentType("text/csv")
                .body("indicator,area,period,gender,value,status,source\n" + code + ",KFN,2023,T,82,FINAL,Besöksenkät KFN\n")
                .when().post("/indicators/v1/imports")
                .then().statusCode(200)
                .body("created", equalTo(1));
        given().queryParam("indicator", code).when().get("/indicators/v1/observations")
                .then().statusCode(200)
                .body("items.area", contains("KFN"));
    }

    @Test
    void shouldRefuseABoardImportingResultsOfAnotherOrgUnit() {
        String code = TestData.uniqueCode();
        TestData.indicator(code);
        given().header("Authorization", TestTokens.boardEditor("kfn", "KFN")).contentType("text/csv")
                .body("indicator,area,period,gender,value\n" + code + ",KFN,2023,T,82\n" + code + ",0665,2023,T,71.5\n")
                .when().post("/indicators/v1/imports")
                .then().statusCode(403).contentType("application/problem+json")
                .body("errors.field", contains("line[3].area"));
        given().queryParam("indicator", code).when().get("/indicators/v1/observations")
                .then().statusCode(200)
                .body("total", equalTo(0));
    }
}
