package se.malstyrning.indicators.observation;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import se.malstyrning.indicators.TestData;
import se.malstyrning.runtime.paging.Page;
import se.malstyrning.testsupport.TestTokens;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class ObservationResourceTest {

    private final ObjectMapper mapper;

    ObservationResourceTest(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Test
    void shouldAnswerManyIndicatorsAreasYearsAndGendersInOneQuery() {
        String first = TestData.uniqueCode();
        String second = TestData.uniqueCode();
        TestData.indicator(first);
        TestData.indicator(second);
        TestData.importCsv(first + ",0665,2020,T,1\n" + first + ",0665,2021,K,2\n" + first + ",0680,2021,T,3\n"
                + second + ",0665,2021,T,4\n" + second + ",0665,2022,T,5\n");

        given().queryParam("indicator", first + "," + second).queryParam("area", "0665")
                .queryParam("year", "2021", "2022").queryParam("gender", "T")
                .when().get("/indicators/v1/observations")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.value", contains(4.0f, 5.0f));
    }

    @Test
    void shouldGiveTheNewestValuePerSeriesSkippingMissingYears() {
        String code = TestData.uniqueCode();
        TestData.indicator(code);
        TestData.importCsv(code + ",0665,2020,T,1\n" + code + ",0665,2021,T,2\n" + code + ",0665,2022,T,\n"
                + code + ",0680,2019,T,7\n");

        given().queryParam("indicator", code).queryParam("gender", "T")
                .when().get("/indicators/v1/observations/latest")
                .then().statusCode(200)
                .body("items.area", contains("0665", "0680"))
                .body("items.period", contains(2021, 2019));
    }

    @Test
    void shouldExportCsvThatImportsBackWithoutChanges() {
        String code = TestData.uniqueCode();
        TestData.indicator(code);
        TestData.importCsv(code + ",0665,2020,T,70.25\n" + code + ",0665,2021,T,\n");

        String csv = given().queryParam("indicator", code).when().get("/indicators/v1/observations/export")
                .then().statusCode(200).contentType(startsWith("text/csv"))
                .extract().asString();

        given().header("Authorization", TestTokens.strategist()).contentType("text/csv").body(csv)
                .when().post("/indicators/v1/imports")
                .then().statusCode(200)
                .body("rows", equalTo(2))
                .body("unchanged", equalTo(2));
    }

    @Test
    void shouldNeutraliseCellsThatASpreadsheetWouldRunAsAFormulaWhenExporting() {
        String code = TestData.uniqueCode();
        TestData.indicator(code);
        given().header("Authorization", TestTokens.strategist()).contentType("text/csv")
                .body("indicator,area,period,gender,value,status,source\n"
                        + code + ",0665,2020,T,70,FINAL,\"=HYPERLINK(\"\"http://evil.example\"\",\"\"Klicka\"\")\"\n"
                        + code + ",0665,2021,T,-3.5,FINAL,@SUM(A1)\n"
                        + code + ",-1,2021,T,1,FINAL,+46 SCB\n")
                .when().post("/indicators/v1/imports").then().statusCode(200).body("created", equalTo(3));

        String csv = given().queryParam("indicator", code).when().get("/indicators/v1/observations/export")
                .then().statusCode(200).extract().asString();

        assertTrue(csv.contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Klicka\"\")\"\n"), csv);
        assertTrue(csv.contains(",-3.5,FINAL,\"'@SUM(A1)\"\n"), csv);
        assertTrue(csv.contains(code + ",\"'-1\",2021,T,1,FINAL,\"'+46 SCB\"\n"), csv);
        for (String line : csv.split("\n")) {
            for (String cell : line.split(",")) {
                String unquoted = cell.startsWith("\"") ? cell.substring(1) : cell;
                assertFalse(!unquoted.isEmpty() && "=+@\t\r".indexOf(unquoted.charAt(0)) >= 0, "a formula cell in " + line);
            }
        }
        given().queryParam("indicator", code).queryParam("year", 2020).when().get("/indicators/v1/observations")
                .then().statusCode(200)
                .body("items[0].source", equalTo("=HYPERLINK(\"http://evil.example\",\"Klicka\")"));
    }

    @Test
    void shouldImportAnExportWithNeutralisedCellsBackWithoutChanges() {
        String code = TestData.uniqueCode();
        TestData.indicator(code);
        given().header("Authorization", TestTokens.strategist()).contentType("text/csv")
                .body("indicator,area,period,gender,value,status,source\n"
                        + code + ",0665,2020,T,70,FINAL,=1+1\n" + code + ",-0665,2021,T,-2,FINAL,-kommunens enkat\n")
                .when().post("/indicators/v1/imports").then().statusCode(200).body("created", equalTo(2));

        String csv = given().queryParam("indicator", code).when().get("/indicators/v1/observations/export")
                .then().statusCode(200).extract().asString();

        given().header("Authorization", TestTokens.strategist()).contentType("text/csv").body(csv)
                .when().post("/indicators/v1/imports")
                .then().statusCode(200)
                .body("rows", equalTo(2))
                .body("unchanged", equalTo(2));
    }

    @Test
    void shouldNameTheFieldOfAnUnknownGenderCode() {
        given().queryParam("indicator", "N15428").queryParam("gender", "X")
                .when().get("/indicators/v1/observations")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("gender"));
    }

    @Test
    void shouldFilterByPeriodAsTheObservationsNameIt() {
        String code = TestData.uniqueCode();
        TestData.indicator(code);
        TestData.importCsv(code + ",0665,2019,T,1\n" + code + ",0665,2020,T,2\n" + code + ",0665,2021,T,3\n");

        given().queryParam("indicator", code).queryParam("period", "2020")
                .when().get("/indicators/v1/observations")
                .then().statusCode(200)
                .body("items.period", contains(2020));
        given().queryParam("indicator", code).queryParam("fromPeriod", "2020").queryParam("toPeriod", "2021")
                .when().get("/indicators/v1/observations")
                .then().statusCode(200)
                .body("items.value", contains(2.0f, 3.0f));
    }

    @Test
    void shouldStillFilterByTheDeprecatedYear() {
        String code = TestData.uniqueCode();
        TestData.indicator(code);
        TestData.importCsv(code + ",0665,2019,T,1\n" + code + ",0665,2020,T,2\n");

        given().queryParam("indicator", code).queryParam("year", "2019")
                .when().get("/indicators/v1/observations")
                .then().statusCode(200)
                .body("items.value", contains(1.0f));
    }

    @Test
    void shouldRefuseAPeriodGivenByBothNames() {
        given().queryParam("indicator", "N15428").queryParam("period", "2020").queryParam("year", "2020")
                .when().get("/indicators/v1/observations")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
    }

    @Test
    void shouldNameTheFieldOfAPeriodOutOfRangeByTheNameGiven() {
        given().queryParam("indicator", "N15428").queryParam("fromPeriod", "99999")
                .when().get("/indicators/v1/observations")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("fromPeriod"));
    }

    @Test
    void shouldNameTheFieldOfAYearOutOfRange() {
        given().queryParam("indicator", "N15428").queryParam("fromYear", "99999")
                .when().get("/indicators/v1/observations")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("fromYear"));
    }

    @Test
    void shouldRequireAnIndicatorOrAnArea() {
        given().when().get("/indicators/v1/observations")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("indicator"));
    }

    @Test
    void shouldAnswer404ForAnUnknownObservation() {
        given().when().get("/indicators/v1/observations/" + UUID.randomUUID())
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void shouldPageInOrderCountingEveryMatch() {
        String code = TestData.uniqueCode();
        TestData.indicator(code);
        TestData.importCsv(code + ",0680,2020,T,5\n" + code + ",0665,2021,T,2\n" + code + ",0665,2020,T,1\n"
                + code + ",0680,2019,T,4\n" + code + ",0665,2022,T,3\n");

        given().queryParam("indicator", code).queryParam("limit", 2).queryParam("offset", 2)
                .when().get("/indicators/v1/observations")
                .then().statusCode(200)
                .body("total", equalTo(5))
                .body("items.value", contains(3.0f, 4.0f))
                .header("Link", containsString("offset=4"));
        given().queryParam("indicator", code).queryParam("offset", 10)
                .when().get("/indicators/v1/observations")
                .then().statusCode(200)
                .body("total", equalTo(5))
                .body("items", empty());
    }

    @Test
    void shouldAnswerANationalSeriesInOnePageButNoLargerPages() {
        String code = TestData.uniqueCode();
        TestData.indicator(code);
        TestData.importCsv(code + ",0665,2020,T,1\n");

        given().queryParam("indicator", code).queryParam("limit", ObservationPageRequest.MAX_LIMIT)
                .when().get("/indicators/v1/observations")
                .then().statusCode(200)
                .body("limit", equalTo(20_000));
        given().queryParam("indicator", code).queryParam("limit", ObservationPageRequest.MAX_LIMIT + 1)
                .when().get("/indicators/v1/observations")
                .then().statusCode(400)
                .body("errors[0].field", containsString("limit"));
    }

    @Test
    void shouldWriteThePageExactlyAsTheSerializedPage() throws Exception {
        String code = TestData.uniqueCode();
        TestData.indicator(code);
        given().header("Authorization", TestTokens.strategist()).contentType("text/csv")
                .body("indicator,area,period,gender,value,status,source\n"
                        + code + ",0665,2020,T,70.25,FINAL,\"Enkät \"\"Trygg\"\", 2020 – SCB\"\n"
                        + code + ",0665,2021,T,,MISSING,Kolada\n"
                        + code + ",0665,2022,K,0.0000001,PRELIMINARY,Kolada\n"
                        + code + ",0680,2022,M,-12345678.5,FINAL,Kolada\n")
                .when().post("/indicators/v1/imports")
                .then().statusCode(200);

        String body = given().queryParam("indicator", code).queryParam("limit", 3)
                .when().get("/indicators/v1/observations")
                .then().statusCode(200).contentType("application/json")
                .extract().asString();

        Page<ObservationView> page = mapper.readValue(body, new TypeReference<>() { });
        assertEquals(3, page.items().size());
        assertEquals(4, page.total());
        assertEquals(mapper.writeValueAsString(page), body);
    }

    @Test
    void shouldCountTotalWhenPageIsFull() {
        String code = observations(5);

        given().queryParam("indicator", code).queryParam("limit", 2)
                .when().get("/indicators/v1/observations")
                .then().statusCode(200)
                .body("items", hasSize(2))
                .body("total", equalTo(5))
                .header("Link", allOf(startsWith("<https://malstyrning.test/indicators/v1/observations?"), containsString("offset=2"), containsString("limit=2"),
                        endsWith(">; rel=\"next\"")));
    }

    @Test
    void shouldKnowTotalOfAPageShorterThanTheLimit() {
        String code = observations(3);

        given().queryParam("indicator", code).queryParam("limit", 5)
                .when().get("/indicators/v1/observations")
                .then().statusCode(200)
                .body("items", hasSize(3))
                .body("total", equalTo(3))
                .header("Link", nullValue());
    }

    @Test
    void shouldGiveNoNextLinkWhenPageEndsAtTheLastObservation() {
        String code = observations(4);

        given().queryParam("indicator", code).queryParam("limit", 4)
                .when().get("/indicators/v1/observations")
                .then().statusCode(200)
                .body("items", hasSize(4))
                .body("total", equalTo(4))
                .header("Link", nullValue());
        given().queryParam("indicator", code).queryParam("limit", 2).queryParam("offset", 2)
                .when().get("/indicators/v1/observations")
                .then().statusCode(200)
                .body("items.period", contains(2022, 2023))
                .body("total", equalTo(4))
                .header("Link", nullValue());
    }

    @Test
    void shouldAnswerAnEmptyPageWhenNothingMatches() {
        String code = TestData.uniqueCode();
        TestData.indicator(code);

        given().queryParam("indicator", code)
                .when().get("/indicators/v1/observations")
                .then().statusCode(200)
                .body(equalTo("{\"items\":[],\"total\":0,\"limit\":50,\"offset\":0}"))
                .header("Link", nullValue());
    }

    @Test
    void shouldCountTotalWhenOffsetIsPastTheEnd() {
        String code = observations(3);

        given().queryParam("indicator", code).queryParam("offset", 3)
                .when().get("/indicators/v1/observations")
                .then().statusCode(200)
                .body("items", empty())
                .body("total", equalTo(3))
                .body("offset", equalTo(3))
                .header("Link", nullValue());
    }

    @Test
    void shouldPageTheLatestObservationsCountingEverySeries() {
        String code = TestData.uniqueCode();
        TestData.indicator(code);
        TestData.importCsv(code + ",0665,2020,T,1\n" + code + ",0665,2021,T,2\n" + code + ",0680,2021,T,3\n"
                + code + ",0683,2019,T,4\n" + code + ",0683,2020,T,\n");

        given().queryParam("indicator", code).queryParam("limit", 2)
                .when().get("/indicators/v1/observations/latest")
                .then().statusCode(200)
                .body("items.value", contains(2.0f, 3.0f))
                .body("total", equalTo(3))
                .header("Link", containsString("offset=2"));
        given().queryParam("indicator", code).queryParam("limit", 2).queryParam("offset", 2)
                .when().get("/indicators/v1/observations/latest")
                .then().statusCode(200)
                .body("items.value", contains(4.0f))
                .body("total", equalTo(3))
                .header("Link", nullValue());
    }

    @Test
    void shouldNameTheFieldOfABadLimitOfTheLatestObservations() {
        given().queryParam("indicator", "N15428").queryParam("limit", 0)
                .when().get("/indicators/v1/observations/latest")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", containsString("limit"));
    }

    /** A new indicator with one observation a year from 2020 for 0665 (total), and its code. */
    private static String observations(int count) {
        String code = TestData.uniqueCode();
        TestData.indicator(code);
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < count; i++) {
            rows.append(code).append(",0665,").append(2020 + i).append(",T,").append(i).append('\n');
        }
        TestData.importCsv(rows.toString());
        return code;
    }
}
