package se.malstyrning.indicators.imports;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import se.malstyrning.indicators.TestData;
import se.malstyrning.testsupport.TestTokens;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class ImportResourceTest {

    private static ValidatableResponse importCsv(String csv) {
        return given().header("Authorization", TestTokens.strategist()).contentType("text/csv").body(csv)
                .when().post("/indicators/v1/imports").then();
    }

    private static ValidatableResponse importJson(String json) {
        return given().header("Authorization", TestTokens.strategist()).contentType(ContentType.JSON).body(json)
                .when().post("/indicators/v1/imports").then();
    }

    private static String koladaEnvelope(String kpi) {
        return """
                {"count": 2, "values": [
                  {"kpi": "%s", "municipality": "0665", "period": 2023,
                   "values": [{"gender": "T", "count": 1, "status": "", "value": 76.4, "isdeleted": false},
                              {"gender": "K", "count": 1, "status": "", "value": 80.1, "isdeleted": false}]},
                  {"kpi": "%s", "municipality": "0665", "period": 2024,
                   "values": [{"gender": "T", "count": 1, "status": "", "value": null, "isdeleted": false}]}
                 ], "next_url": null, "previous_url": null}
                """.formatted(kpi, kpi);
    }

    private static int observationCount(String code) {
        return given().queryParam("indicator", code).when().get("/indicators/v1/observations")
                .then().statusCode(200).extract().path("total");
    }

    @Test
    void shouldImportCsvRowsAsObservations() {
        String code = TestData.uniqueCode();
        TestData.indicator(code);

        importCsv("indicator,area,period,gender,value,status,source\n"
                + code + ",0665,2022,T,71.5,FINAL,SCB\n"
                + code + ",0665,2023,T,72.5,PRELIMINARY,\n")
                .statusCode(200)
                .body("format", equalTo("CSV"))
                .body("rows", equalTo(2))
                .body("created", equalTo(2));

        given().queryParam("indicator", code).when().get("/indicators/v1/observations")
                .then().statusCode(200)
                .body("items.value", contains(71.5f, 72.5f))
                .body("items.status", contains("FINAL", "PRELIMINARY"))
                .body("items.source", contains("SCB", "CSV import"));
    }

    @Test
    void shouldImportKoladaDataResponsesWithMissingValues() {
        String code = TestData.uniqueCode();
        TestData.indicator(code);

        importJson(koladaEnvelope(code)).statusCode(200).body("created", equalTo(3));

        given().queryParam("indicator", code).queryParam("year", "2024").when().get("/indicators/v1/observations")
                .then().statusCode(200)
                .body("items[0].status", equalTo("MISSING"))
                .body("items[0].source", equalTo("Kolada"));
    }

    @Test
    void shouldAddNothingWhenTheSameFileIsImportedTwice() {
        String code = TestData.uniqueCode();
        TestData.indicator(code);
        importJson(koladaEnvelope(code)).statusCode(200);

        importJson(koladaEnvelope(code)).statusCode(200)
                .body("created", equalTo(0))
                .body("revised", equalTo(0))
                .body("unchanged", equalTo(3));
        assertEquals(3, observationCount(code));
    }

    @Test
    void shouldKeepThePreviousValueInHistoryWhenAValueIsRevised() {
        String code = TestData.uniqueCode();
        TestData.indicator(code);
        importCsv("indicator,area,period,gender,value,status\n" + code + ",0665,2023,T,70.0,PRELIMINARY\n");

        importCsv("indicator,area,period,gender,value,status\n" + code + ",0665,2023,T,70.4,FINAL\n")
                .statusCode(200).body("revised", equalTo(1));

        String id = given().queryParam("indicator", code).when().get("/indicators/v1/observations")
                .then().body("items[0].value", equalTo(70.4f)).body("items[0].version", equalTo(1))
                .extract().path("items[0].id");
        given().when().get("/indicators/v1/observations/" + id + "/history")
                .then().statusCode(200)
                .body("items.value", contains(70.0f))
                .body("items.status", contains("PRELIMINARY"))
                .body("items.recordedBy", contains("strateg"));
    }

    /** A national-shaped file: the indicators × 290 areas × 10 years × 3 genders, value 50 except where {@code changed} says. */
    private static String largeFile(List<String> codes, String changedKey, String changedValue) {
        StringBuilder csv = new StringBuilder("indicator,area,period,gender,value\n");
        for (String code : codes) {
            for (int area = 1; area <= 290; area++) {
                for (int year = 2015; year < 2025; year++) {
                    for (String gender : List.of("T", "K", "M")) {
                        String key = code + ",A%04d,%d,%s".formatted(area, year, gender);
                        csv.append(key).append(',').append(key.equals(changedKey) ? changedValue : "50").append('\n');
                    }
                }
            }
        }
        return csv.toString();
    }

    @Test
    void shouldWriteNothingOfALargeFileOfManyIndicatorsWhenItsLastRowFails() {
        List<String> codes = List.of(TestData.uniqueCode(), TestData.uniqueCode(), TestData.uniqueCode());
        codes.forEach(TestData::indicator);
        String file = largeFile(codes, null, null);
        long lines = file.lines().count();

        importCsv(file + codes.getFirst() + ",0665,2024,T,femtio\n")
                .statusCode(422)
                .body("errors.field", contains("line[" + (lines + 1) + "].value"));

        codes.forEach(code -> assertEquals(0, observationCount(code)));
    }

    @Test
    void shouldKeepTheHistoryOfOneRevisionInALargeFileAndLeaveTheRestAlone() {
        List<String> codes = List.of(TestData.uniqueCode(), TestData.uniqueCode());
        codes.forEach(TestData::indicator);
        String revisedKey = codes.getLast() + ",A0200,2020,K";
        importCsv(largeFile(codes, null, null)).statusCode(200).body("created", equalTo(2 * 290 * 10 * 3));

        importCsv(largeFile(codes, revisedKey, "51.5")).statusCode(200)
                .body("created", equalTo(0)).body("revised", equalTo(1)).body("unchanged", equalTo(2 * 290 * 10 * 3 - 1));

        String id = given().queryParam("indicator", codes.getLast()).queryParam("area", "A0200").queryParam("year", 2020)
                .queryParam("gender", "K").when().get("/indicators/v1/observations")
                .then().body("items[0].value", equalTo(51.5f)).extract().path("items[0].id");
        given().when().get("/indicators/v1/observations/" + id + "/history")
                .then().statusCode(200)
                .body("items.value", contains(50.0f));
    }

    @Test
    void shouldWriteNothingAndNameLineAndFieldOfEveryInvalidRow() {
        String code = TestData.uniqueCode();
        TestData.indicator(code);

        importCsv("indicator,area,period,gender,value\n"
                + code + ",0665,2020,T,70\n"
                + code + ",0665,2021,X,70\n"
                + code + ",0665,1850,T,70\n"
                + code + ",0665,2022,T,sjuttio\n"
                + "N99999,0665,2022,T,70\n")
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("line[3].gender", "line[4].period", "line[5].value", "line[6].indicator"));

        assertEquals(0, observationCount(code));
    }

    @Test
    void shouldRefuseANulCharacterInACsvCellNamingItsLineAndField() {
        String code = TestData.uniqueCode();
        TestData.indicator(code);

        importCsv("indicator,area,period,gender,value,status,source\n"
                + code + ",0665,2020,T,70,FINAL,SCB\n"
                + code + ",0665,2021,T,71,FINAL,SC\u0000B\n")
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", contains("line[3].source"))
                .body("errors[0].message", equalTo("must not contain the NUL character"));
        assertEquals(0, observationCount(code));
    }

    @Test
    void shouldRejectTheSameObservationTwiceInOneFile() {
        String code = TestData.uniqueCode();
        TestData.indicator(code);

        importCsv("indicator,area,period,gender,value\n" + code + ",0665,2020,T,70\n" + code + ",0665,2020,T,71\n")
                .statusCode(422)
                .body("errors[0].field", equalTo("line[3].period"))
                .body("errors[0].message", containsString("line 2"));
        assertEquals(0, observationCount(code));
    }

    @Test
    void shouldRefuseWomenAndMenForAnIndicatorNotDividedByGender() {
        String code = TestData.uniqueCode();
        TestData.indicator(code, "HIGHER_IS_BETTER", "SHORT_TERM", false);

        importCsv("indicator,area,period,gender,value\n" + code + ",0665,2020,K,70\n")
                .statusCode(422)
                .body("errors.field", hasItem("line[2].gender"));
    }

    @Test
    void shouldAnswerMalformedJsonWithTheLine() {
        importJson("{\"values\": [\n{\"kpi\": \"N1\",\n \"period\": }\n]}")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("line[3]"));
    }

    @Test
    void shouldRefuseARowThatIsNotAnObject() {
        importJson("[\n42\n]")
                .statusCode(400)
                .body("errors[0].field", equalTo("line[2]"));
    }

    @Test
    void shouldNameAMissingCsvColumn() {
        importCsv("indicator,area,period,value\nN1,0665,2020,1\n")
                .statusCode(400)
                .body("detail", containsString("gender"));
    }

    @Test
    void shouldReadSemicolonSeparatedCsvWithDecimalCommas() {
        String code = TestData.uniqueCode();
        TestData.indicator(code);

        importCsv("indicator;area;period;gender;value\n" + code + ";0665;2020;T;70,5\n").statusCode(200);

        given().queryParam("indicator", code).when().get("/indicators/v1/observations")
                .then().body("items[0].value", equalTo(70.5f));
    }

    @Test
    void shouldLetAnAdminImport() {
        String code = TestData.uniqueCode();
        TestData.indicator(code);

        given().header("Authorization", TestTokens.admin()).contentType("text/csv")
                .body("indicator,area,period,gender,value\n" + code + ",0665,2020,T,1\n")
                .when().post("/indicators/v1/imports")
                .then().statusCode(200)
                .body("created", equalTo(1));
    }

    @Test
    void shouldForbidABoardEditorToImportForTheMunicipality() {
        String code = TestData.uniqueCode();
        TestData.indicator(code);
        given().header("Authorization", TestTokens.boardEditor("bun", "BUN")).contentType("text/csv")
                .body("indicator,area,period,gender,value\n" + code + ",0665,2023,T,71.5\n")
                .when().post("/indicators/v1/imports")
                .then().statusCode(403);
    }

    @Test
    void shouldRequireATokenToImport() {
        given().contentType("text/csv").body("indicator,area,period,gender,value\n")
                .when().post("/indicators/v1/imports")
                .then().statusCode(401);
    }
}
