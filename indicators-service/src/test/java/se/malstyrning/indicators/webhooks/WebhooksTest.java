package se.malstyrning.indicators.webhooks;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import se.malstyrning.indicators.GoalsStub;
import se.malstyrning.indicators.TestData;
import se.malstyrning.testsupport.TestTokens;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class WebhooksTest {

    private static String subscribe(String orgUnit, String... eventTypes) {
        return given().header("Authorization", TestTokens.admin()).contentType(ContentType.JSON)
                .body("""
                        {"callbackUrl": "https://receiver.invalid/hooks", "eventTypes": ["%s"]%s}
                        """.formatted(String.join("\", \"", eventTypes), orgUnit == null ? "" : ", \"orgUnit\": \"" + orgUnit + "\""))
                .post("/indicators/v1/webhooks").then().statusCode(201).extract().path("id");
    }

    private static io.restassured.response.ValidatableResponse deliveries(String subscription) {
        return given().header("Authorization", TestTokens.admin()).get("/indicators/v1/webhooks/" + subscription + "/deliveries")
                .then().statusCode(200);
    }

    @Test
    void shouldTellWhenATargetBecomesAchievedAndWhenItNoLongerIs() {
        String owner = "W" + UUID.randomUUID().toString().substring(0, 8);
        String code = TestData.uniqueCode();
        String indicator = TestData.indicator(code);
        given().header("Authorization", TestTokens.strategist()).contentType(ContentType.JSON)
                .body("""
                        {"goalId": "%s", "indicatorId": "%s", "area": "0665", "baselineValue": 70.1, "baselineYear": 2019,
                         "desiredValue": 75.0, "desiredYear": 2022, "acceptedValue": 72.0, "direction2030": "INCREASE"}
                        """.formatted(GoalsStub.adoptedGoal(owner), indicator))
                .post("/indicators/v1/targets").then().statusCode(201);
        String subscription = subscribe(owner, "target.achieved", "target.no-longer-achieved");

        TestData.importCsv(code + ",0665,2021,T,76.0\n");
        deliveries(subscription).body("items.eventType", contains("target.achieved"));

        TestData.importCsv(code + ",0665,2022,T,71.0\n");
        deliveries(subscription).body("items.eventType", contains("target.no-longer-achieved", "target.achieved"));
    }

    @Test
    void shouldTellOfACommittedImportAndNotOfARefusedOne() {
        String subscription = subscribe(null, "observations.imported");
        String code = TestData.uniqueCode();
        TestData.indicator(code);

        TestData.importCsv(code + ",0665,2021,T,76.0\n");
        given().header("Authorization", TestTokens.strategist()).contentType("text/csv")
                .body("indicator,area,period,gender,value\n" + code + ",0665,2021,T,not-a-number\n")
                .post("/indicators/v1/imports").then().statusCode(422);

        deliveries(subscription).body("total", equalTo(1)).body("items[0].eventType", equalTo("observations.imported"));
    }
}
