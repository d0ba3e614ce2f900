package se.malstyrning.indicators.chart;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import se.malstyrning.indicators.GoalsStub;
import se.malstyrning.indicators.TestData;
import se.malstyrning.testsupport.TestTokens;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class ChartResourceTest {

    @Test
    void shouldDrawTheSeriesWithItsDesiredAndAcceptedLinesAsSvg() {
        String code = TestData.uniqueCode();
        String id = TestData.indicator(code);
        TestData.importCsv(code + ",0665,2019,T,70\n" + code + ",0665,2020,T,71\n" + code + ",0665,2021,T,73\n");
        given().header("Authorization", TestTokens.strategist()).contentType(ContentType.JSON)
                .body("""
                        {"goalId": "%s", "indicatorId": "%s", "area": "0665", "baselineValue": 70, "baselineYear": 2019,
                         "desiredValue": 75, "desiredYear": 2022, "acceptedValue": 72, "direction2030": "INCREASE"}
                        """.formatted(GoalsStub.adoptedGoal("KF"), id))
                .when().post("/indicators/v1/targets").then().statusCode(201);

        given().queryParam("area", "0665").when().get("/indicators/v1/indicators/" + id + "/chart.svg")
                .then().statusCode(200)
                .contentType(startsWith("image/svg+xml"))
                .body(containsString("<svg"))
                .body(containsString("Önskat värde 75"))
                .body(containsString("Accepterat värde 72"))
                .body(containsString(code));
    }

    @Test
    void shouldDrawNoTargetLinesOfAGoalThatIsNotPublishedForAnonymousCallers() {
        String code = TestData.uniqueCode();
        String id = TestData.indicator(code);
        TestData.importCsv(code + ",0665,2019,T,70\n" + code + ",0665,2020,T,71\n");
        UUID draft = GoalsStub.draftGoalHiddenFromAnonymous("KF");
        given().header("Authorization", TestTokens.strategist()).contentType(ContentType.JSON)
                .body("""
                        {"goalId": "%s", "indicatorId": "%s", "area": "0665", "baselineValue": 70, "baselineYear": 2019,
                         "desiredValue": 77, "desiredYear": 2022, "acceptedValue": 74, "direction2030": "INCREASE"}
                        """.formatted(draft, id))
                .when().post("/indicators/v1/targets").then().statusCode(201);

        for (String goalParameter : new String[]{null, draft.toString()}) {
            given().queryParam("area", "0665").queryParams(goalParameter == null ? java.util.Map.of() : java.util.Map.of("goalId", goalParameter))
                    .when().get("/indicators/v1/indicators/" + id + "/chart.svg")
                    .then().statusCode(200)
                    .body(containsString(code))
                    .body(not(containsString("Önskat värde")))
                    .body(not(containsString("Accepterat värde")));
        }
        given().header("Authorization", TestTokens.reader()).queryParam("area", "0665")
                .when().get("/indicators/v1/indicators/" + id + "/chart.svg")
                .then().statusCode(200)
                .body(containsString("Önskat värde 77"));
    }

    @Test
    void shouldDrawTheLinesOfAPublishedGoalsTargetWhenAnUnpublishedOneWasSetFirst() {
        String code = TestData.uniqueCode();
        String id = TestData.indicator(code);
        TestData.importCsv(code + ",0665,2019,T,70\n");
        setTarget(GoalsStub.draftGoalHiddenFromAnonymous("SN"), id, 80, 78);
        setTarget(GoalsStub.adoptedGoal("KF"), id, 75, 72);

        given().queryParam("area", "0665").when().get("/indicators/v1/indicators/" + id + "/chart.svg")
                .then().statusCode(200)
                .body(containsString("Accepterat värde 72"))
                .body(not(containsString("Accepterat värde 78")));
    }

    private static void setTarget(UUID goal, String indicator, int desired, int accepted) {
        given().header("Authorization", TestTokens.strategist()).contentType(ContentType.JSON)
                .body("""
                        {"goalId": "%s", "indicatorId": "%s", "area": "0665", "baselineValue": 70, "baselineYear": 2019,
                         "desiredValue": %d, "desiredYear": 2022, "acceptedValue": %d, "direction2030": "INCREASE"}
                        """.formatted(goal, indicator, desired, accepted))
                .when().post("/indicators/v1/targets").then().statusCode(201);
    }

    @Test
    void shouldDrawASeriesWithoutTargetLinesWhenThereIsNoTarget() {
        String code = TestData.uniqueCode();
        String id = TestData.indicator(code);
        TestData.importCsv(code + ",0665,2019,T,70\n" + code + ",0665,2020,T,71\n");

        given().queryParam("area", "0665").when().get("/indicators/v1/indicators/" + id + "/chart.svg")
                .then().statusCode(200)
                .body(not(containsString("Önskat värde")));
    }

    @Test
    void shouldNameTheMunicipalityAndTheGenderAsAPersonReadsThem() {
        String code = TestData.uniqueCode();
        String id = TestData.indicator(code);
        TestData.importCsv(code + ",0665,2019,K,70\n" + code + ",0665,2020,K,71\n");

        given().queryParam("area", "0665").queryParam("gender", "K").when().get("/indicators/v1/indicators/" + id + "/chart.svg")
                .then().statusCode(200)
                .body(containsString("Vaggeryd, Kvinnor"))
                .body(not(containsString("0665")));
    }

    @Test
    void shouldRequireAnArea() {
        given().when().get("/indicators/v1/indicators/" + UUID.randomUUID() + "/chart.svg")
                .then().statusCode(400);
    }

    @Test
    void shouldAnswer404ForAnUnknownIndicator() {
        given().queryParam("area", "0665").when().get("/indicators/v1/indicators/" + UUID.randomUUID() + "/chart.svg")
                .then().statusCode(404);
    }

    @Test
    void shouldWriteYearsWithoutThousandsSeparatorsAndDecimalsWithAComma() {
        String code = TestData.uniqueCode();
        String id = TestData.indicator(code);
        TestData.importCsv(code + ",0665,2019,T,70.5\n" + code + ",0665,2020,T,71.5\n" + code + ",0665,2021,T,73.5\n");
        given().header("Authorization", TestTokens.strategist()).contentType(ContentType.JSON)
                .body("""
                        {"goalId": "%s", "indicatorId": "%s", "area": "0665", "baselineValue": 70.5, "baselineYear": 2019,
                         "desiredValue": 75.5, "desiredYear": 2022, "acceptedValue": 72.25, "direction2030": "INCREASE"}
                        """.formatted(GoalsStub.adoptedGoal("KF"), id))
                .when().post("/indicators/v1/targets").then().statusCode(201);

        given().queryParam("area", "0665").when().get("/indicators/v1/indicators/" + id + "/chart.svg")
                .then().statusCode(200)
                .body(containsString(">2020<"))
                .body(not(containsString("2,020")))
                .body(not(containsString("2\u00a0020")))
                .body(not(containsString("2 020")))
                .body(containsString("Önskat värde 75,5"))
                .body(containsString("Accepterat värde 72,25"));
    }

    @Test
    void shouldNameTheMunicipalityTotaltAndTheSourceOfTheObservationsDrawn() {
        String code = TestData.uniqueCode();
        String id = TestData.indicator(code);
        given().header("Authorization", TestTokens.strategist()).contentType("text/csv; charset=UTF-8")
                .body("indicator,area,period,gender,value,status,source\n" + code + ",0665,2019,T,70,FINAL,Medborgarundersökning\n"
                        + code + ",0665,2020,T,71,FINAL,Medborgarundersökning\n")
                .when().post("/indicators/v1/imports").then().statusCode(200);

        given().queryParam("area", "0665").when().get("/indicators/v1/indicators/" + id + "/chart.svg")
                .then().statusCode(200)
                .body(containsString("Vaggeryd, Totalt · Källa: Medborgarundersökning"))
                .body(not(containsString("Kolada")));
    }

    @Test
    void shouldAnswerA404ProblemForAnAreaWithoutData() {
        String code = TestData.uniqueCode();
        String id = TestData.indicator(code);
        TestData.importCsv(code + ",0665,2019,T,70\n");

        given().queryParam("area", "0662").when().get("/indicators/v1/indicators/" + id + "/chart.svg")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.contains("area"));
    }
}
