package se.malstyrning.indicators.sync;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import se.malstyrning.indicators.KoladaStub;
import se.malstyrning.indicators.TestData;
import se.malstyrning.testsupport.TestTokens;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class KoladaSyncTest {

    private static void sync() {
        given().header("Authorization", TestTokens.strategist()).when().post("/indicators/v1/kolada-syncs")
                .then().statusCode(200);
    }

    @Test
    void shouldImportEveryPageFromAKoladaCompatibleServer() {
        String kpi = TestData.uniqueCode();
        TestData.indicator(kpi);
        KoladaStub.twoPagesOf(kpi);

        sync();

        given().queryParam("indicator", kpi).when().get("/indicators/v1/observations")
                .then().statusCode(200)
                .body("items.area", contains("0665", "0665", "0680"))
                .body("items.period", contains(2023, 2024, 2023))
                .body("items.value", contains(76.4f, 77.9f, 71.0f))
                .body("items[0].source", equalTo("Kolada"));
    }

    @Test
    void shouldChangeNothingWhenSyncingUnchangedDataAgain() {
        String kpi = TestData.uniqueCode();
        TestData.indicator(kpi);
        KoladaStub.twoPagesOf(kpi);
        sync();

        sync();

        given().queryParam("indicator", kpi).when().get("/indicators/v1/observations")
                .then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.version", contains(0, 0, 0));
    }

    @Test
    void shouldForbidABoardEditorToStartASync() {
        given().header("Authorization", TestTokens.boardEditor("bun", "BUN")).when().post("/indicators/v1/kolada-syncs")
                .then().statusCode(403);
    }

    @Test
    void shouldTellTheTimeAndResultOfTheLastSync() {
        String kpi = TestData.uniqueCode();
        TestData.indicator(kpi);
        KoladaStub.twoPagesOf(kpi);
        java.time.Instant before = java.time.Instant.now();

        sync();

        String startedAt = given().header("Authorization", TestTokens.reader()).when().get("/indicators/v1/kolada-syncs/last")
                .then().statusCode(200)
                .body("trigger", equalTo("MANUAL"))
                .body("outcome", equalTo("SUCCEEDED"))
                .body("result.pages", org.hamcrest.Matchers.greaterThanOrEqualTo(2))
                .body("error", org.hamcrest.Matchers.nullValue())
                .extract().path("startedAt");
        org.junit.jupiter.api.Assertions.assertFalse(java.time.Instant.parse(startedAt).isBefore(before.minusSeconds(1)));
    }
}
